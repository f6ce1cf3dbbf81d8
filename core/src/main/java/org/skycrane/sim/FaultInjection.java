package org.skycrane.sim;

import java.util.ArrayList;
import java.util.List;
import org.skycrane.scenario.FaultSpec;

/**
 * The faults of one flight and when each is due: at its time, or its delay after the first
 * occurrence of its event in the timeline. Truth side: it breaks the hardware and tells the flight
 * software nothing. Confined to the flight's thread.
 */
final class FaultInjection {

    private final List<FaultSpec> faults;
    private final boolean[] injected;

    FaultInjection(List<FaultSpec> faults) {
        this.faults = List.copyOf(faults);
        this.injected = new boolean[faults.size()];
    }

    /** The faults due at {@code t} with the events of {@code timeline} so far, each returned once. */
    List<FaultSpec> due(double t, Timeline timeline) {
        List<FaultSpec> due = new ArrayList<>(1);
        for (int i = 0; i < faults.size(); i++) {
            if (injected[i]) {
                continue;
            }
            FaultSpec f = faults.get(i);
            double eventTime = f.trigger() == null ? 0 : timeline.timeOf(f.trigger());
            if (t >= f.dueTime(eventTime) - 1e-9) {
                injected[i] = true;
                due.add(f);
            }
        }
        return due;
    }
}
