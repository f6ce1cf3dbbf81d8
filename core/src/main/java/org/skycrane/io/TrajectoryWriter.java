package org.skycrane.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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
            for (TrajectorySample s : samples) {
                out.write(String.format(Locale.ROOT, "%.3f,%s,%.7f,%.7f,%.3f,%.3f,%.4f,%.4f,%.4f,%.4f,%.4f,%.5f,%.5f,%.3f,%.3f,%.3f,%.2f%n",
                        s.time(), s.phase(), Math.toDegrees(s.latitude()), Math.toDegrees(s.longitude()), s.altitude(),
                        s.heightAboveGround(), s.speed(), s.verticalSpeed(), Math.toDegrees(s.flightPathAngle()),
                        s.mach(), s.dynamicPressure(), s.decelerationEarthG(), s.heatRate() / 1e4, s.mass(),
                        Math.toDegrees(s.bankCommand()), Math.toDegrees(s.bankAngle()), s.thrust()).trim());
                if (!navigation.isEmpty()) {
                    NavigationSample n = NavigationSample.at(navigation, s.time());
                    for (int i = 0; i < 12; i++) {
                        double v = n == null ? Double.NaN : i < 6 ? n.error()[i] : n.sigma()[i - 6];
                        out.write(String.format(Locale.ROOT, ",%.4f", v));
                    }
                    out.write(String.format(Locale.ROOT, ",%.4f", n == null ? Double.NaN : n.heightError()));
                }
                out.write('\n');
            }
        }
    }
}
