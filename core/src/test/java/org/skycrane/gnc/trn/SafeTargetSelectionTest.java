package org.skycrane.gnc.trn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Safe Target Selection keeps only cells between the minimum and maximum divert of the predicted
 * touchdown (ALGORITHMS-style feasibility d_min ≤ |target − predicted| ≤ d_max), however safe a cell
 * beyond them is. The distances are exact by construction (cell centres on a 10 m grid).
 */
class SafeTargetSelectionTest {

    /** A 1 km square of 10 m cells, all unsafe but for the given cell centres (east, north pairs). */
    private static SafeTargetsMap map(double... safe) {
        int n = 100;
        float[] h = new float[n * n];
        Arrays.fill(h, 1f);
        SafeTargetsMap probe = new SafeTargetsMap(h, n, n, -500, 500, 10, 0.2);
        for (int k = 0; k < safe.length; k += 2) {
            int i = (int) Math.floor((safe[k] - probe.west()) / probe.cell());
            int j = (int) Math.floor((probe.north() - safe[k + 1]) / probe.cell());
            h[j * n + i] = 0.05f;
        }
        return new SafeTargetsMap(h, n, n, -500, 500, 10, 0.2);
    }

    @Test
    void aSaferCellBeyondTheMaximumDivertIsNotChosen() {
        // safe cells 245 m and 355 m east of the predicted touchdown at (5, 5)
        SafeTargetsMap m = map(250, 5, 360, 5);
        SafeTargetSelection.Target t = new SafeTargetSelection(m, 0, 300, 1e-4).select(5, 5);
        assertThat(t).isNotNull();
        assertThat(t.east()).isEqualTo(255, within(1e-9));
        assertThat(t.divert()).isEqualTo(250, within(1e-9));
        assertThat(new SafeTargetSelection(m, 0, 240, 1e-4).select(5, 5)).isNull();
    }

    @Test
    void amongEquallySafeCellsInReachTheOneNearestThePreferredAimIsChosen() {
        // safe cells 250 m east and 250 m west of the predicted touchdown; the aim lies to the west
        SafeTargetsMap m = map(250, 5, -250, 5);
        SafeTargetSelection.Target t = new SafeTargetSelection(m, 0, 300, 1e-4).select(5, 5, -1000, 5);
        assertThat(t.east()).isEqualTo(-245, within(1e-9));
        assertThat(t.divert()).isEqualTo(250, within(1e-9));
    }

    @Test
    void aCellCloserThanTheMinimumDivertIsNotChosen() {
        SafeTargetsMap m = map(15, 5, 150, 5);
        SafeTargetSelection.Target t = new SafeTargetSelection(m, 100, 300, 1e-4).select(5, 5);
        assertThat(t.divert()).isEqualTo(150, within(1e-9));
    }
}
