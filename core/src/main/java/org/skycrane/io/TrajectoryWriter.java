package org.skycrane.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.skycrane.SafeFiles;
import org.skycrane.sim.NavigationSample;
import org.skycrane.sim.TrajectorySample;

/** Writes {@code trajectory.csv}: one row per output step, units in the column names. */
public final class TrajectoryWriter {

    /** Column names, in order. */
    public static final String HEADER = "t_s,phase,lat_deg,lon_deg,altitude_m,height_above_ground_m,speed_mps,"
            + "vertical_speed_mps,flight_path_angle_deg,mach,dynamic_pressure_pa,deceleration_g,heat_rate_w_per_cm2,"
            + "mass_kg,bank_command_deg,bank_deg,thrust_n";

    /** Columns added when the flight flew a navigation filter: its error and 1σ, north-east-down, at the last tick. */
    public static final String NAVIGATION_HEADER = ",nav_error_north_m,nav_error_east_m,nav_error_down_m,"
            + "nav_error_north_mps,nav_error_east_mps,nav_error_down_mps,nav_sigma_north_m,nav_sigma_east_m,"
            + "nav_sigma_down_m,nav_sigma_north_mps,nav_sigma_east_mps,nav_sigma_down_mps,nav_height_error_m";

    private TrajectoryWriter() {
    }

    /** A comma and {@code value} with {@code digits} decimals, as {@code %.Nf} writes it. */
    private static void column(StringBuilder row, double value, int digits) {
        FixedPoint.append(row.append(','), value, digits);
    }

    /** Writes the rows to {@code file} (opened through {@link SafeFiles}; give it a temporary name to replace a file whole). */
    public static void write(List<TrajectorySample> samples, Path file) throws IOException {
        write(samples, List.of(), file);
    }

    /** As {@link #write(List, Path)}, with the navigation columns when {@code navigation} is not empty. */
    public static void write(List<TrajectorySample> samples, List<NavigationSample> navigation, Path file)
            throws IOException {
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(SafeFiles.newOutputStream(file),
                StandardCharsets.UTF_8))) {
            out.write(HEADER);
            if (!navigation.isEmpty()) {
                out.write(NAVIGATION_HEADER);
            }
            out.write('\n');
            StringBuilder row = new StringBuilder(256);
            for (TrajectorySample s : samples) {
                row.setLength(0);
                FixedPoint.append(row, s.time(), 3).append(',').append(s.phase());
                column(row, Math.toDegrees(s.latitude()), 7);
                column(row, Math.toDegrees(s.longitude()), 7);
                column(row, s.altitude(), 3);
                column(row, s.heightAboveGround(), 3);
                column(row, s.speed(), 4);
                column(row, s.verticalSpeed(), 4);
                column(row, Math.toDegrees(s.flightPathAngle()), 4);
                column(row, s.mach(), 4);
                column(row, s.dynamicPressure(), 4);
                column(row, s.decelerationEarthG(), 5);
                column(row, s.heatRate() / 1e4, 5);
                column(row, s.mass(), 3);
                column(row, Math.toDegrees(s.bankCommand()), 3);
                column(row, Math.toDegrees(s.bankAngle()), 3);
                column(row, s.thrust(), 2);
                if (!navigation.isEmpty()) {
                    NavigationSample n = NavigationSample.at(navigation, s.time());
                    for (int i = 0; i < 12; i++) {
                        column(row, n == null ? Double.NaN : i < 6 ? n.error()[i] : n.sigma()[i - 6], 4);
                    }
                    column(row, n == null ? Double.NaN : n.heightError(), 4);
                }
                out.append(row).write('\n');
            }
        }
    }
}
