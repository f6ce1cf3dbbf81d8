package org.skycrane.vision;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes image-mode LVS solutions as CSV, the data the model mode is fitted to:
 * {@code java -cp ... org.skycrane.vision.LvsCalibration COUNT SEED OUT.csv} (see docs/trn.md).
 */
public final class LvsCalibration {

    private LvsCalibration() {
    }

    public static void main(String[] args) throws IOException {
        int count = Integer.parseInt(args[0]);
        long seed = Long.parseLong(args[1]);
        List<String> lines = new ArrayList<>();
        lines.add("height_m,prior_error_m,error_east_m,error_north_m,sigma_m,rejected");
        for (Poses.Solution s : Poses.solve(count, seed)) {
            lines.add(String.format(Locale.ROOT, "%.1f,%.1f,%.3f,%.3f,%.3f,%s", s.height(), s.prior(), s.east(),
                    s.north(), s.sigma(), s.rejected() == null ? "" : s.rejected()));
        }
        Files.write(Path.of(args[2]), lines);
    }
}
