package org.skycrane.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.skycrane.SafeFiles;
import org.skycrane.flight.EdlEvent;
import org.skycrane.flight.Phase;
import org.skycrane.report.GroundTrackPlot;
import org.skycrane.report.LinePlot;
import org.skycrane.sim.EventRecord;
import org.skycrane.sim.NavigationSample;
import org.skycrane.sim.Result;
import org.skycrane.sim.TrajectorySample;
import org.skycrane.stats.EastNorth;
import org.skycrane.stats.TargetPlane;

/**
 * The plots of one run (PNG): altitude against speed with the events marked, bank angle against
 * time with the reversals, the ground track to the target, and deceleration and heat rate against
 * time.
 */
final class RunPlots {

    /** Every plot a run may write, to remove stale ones from an earlier run. */
    static final List<String> FILES = List.of("altitude-vs-speed.png", "bank-angle.png", "ground-track.png",
            "ground-track-final.png", "deceleration.png", "heat-rate.png", "navigation-position.png",
            "navigation-velocity.png");

    private RunPlots() {
    }

    /**
     * The navigation filter's errors (estimate minus truth) against its own 3σ, horizontal and down, on a
     * logarithmic axis: a consistent filter keeps each error under its 3σ curve almost always.
     */
    private static LinePlot navigation(Result r, int from, String what, String unit) {
        List<NavigationSample> n = r.navigation();
        double[] t = n.stream().mapToDouble(NavigationSample::time).toArray();
        LinePlot plot = new LinePlot(r.scenario() + ": navigation " + what + " error and 3-sigma",
                "time since entry interface (s)", what + " error (" + unit + ")");
        plot.series("|horizontal error|", t, n.stream().mapToDouble(x -> floor(Math.hypot(x.error()[from],
                x.error()[from + 1]))).toArray());
        plot.series("3-sigma horizontal", t, n.stream().mapToDouble(x -> floor(3 * Math.hypot(x.sigma()[from],
                x.sigma()[from + 1]))).toArray());
        plot.series("|down error|", t, n.stream().mapToDouble(x -> floor(Math.abs(x.error()[from + 2]))).toArray());
        plot.series("3-sigma down", t, n.stream().mapToDouble(x -> floor(3 * x.sigma()[from + 2])).toArray());
        for (EventRecord e : r.timeline().records()) {
            if (e.event() == EdlEvent.HEAT_SHIELD_SEPARATION || e.event() == EdlEvent.BACKSHELL_SEPARATION) {
                plot.event(label(e.event()), e.time());
            }
        }
        return plot.yLogarithmic();
    }

    /** Keeps a logarithmic axis finite: values below 1e-4 are drawn at 1e-4. */
    private static double floor(double v) {
        return Math.max(v, 1e-4);
    }

    /** Writes the plots into {@code dir} as part of {@code batch}; returns the files written. */
    static List<Path> write(Result r, Path dir, SafeFiles.Batch batch) throws IOException {
        List<TrajectorySample> t = r.trajectory().stream().filter(RunPlots::finite).toList();
        List<Path> files = new ArrayList<>();

        LinePlot altitude = new LinePlot(r.scenario() + ": altitude against speed", "planet-relative speed (m/s)",
                "altitude above the areoid (km)");
        altitude.series("trajectory", t.stream().mapToDouble(TrajectorySample::speed).toArray(),
                t.stream().mapToDouble(s -> s.altitude() / 1000).toArray());
        for (EventRecord e : r.timeline().records()) {
            if (EnumSet.of(EdlEvent.ENTRY_INTERFACE, EdlEvent.PEAK_HEATING, EdlEvent.PEAK_DECELERATION,
                    EdlEvent.PARACHUTE_DEPLOY, EdlEvent.HEAT_SHIELD_SEPARATION, EdlEvent.BACKSHELL_SEPARATION,
                    EdlEvent.SKY_CRANE_START).contains(e.event())) {
                altitude.event(label(e.event()), e.conditions().speed(), e.conditions().altitude() / 1000);
            }
        }
        files.add(save(batch, altitude::write, dir.resolve("altitude-vs-speed.png")));

        List<TrajectorySample> entry = t.stream().filter(s -> s.phase() == Phase.ENTRY).toList();
        LinePlot bank = new LinePlot(r.scenario() + ": bank angle", "time since entry interface (s)", "bank angle (deg)");
        bank.series("commanded", entry.stream().mapToDouble(TrajectorySample::time).toArray(),
                entry.stream().mapToDouble(s -> Math.toDegrees(s.bankCommand())).toArray());
        bank.series("flown", entry.stream().mapToDouble(TrajectorySample::time).toArray(),
                entry.stream().mapToDouble(s -> Math.toDegrees(s.bankAngle())).toArray());
        int reversal = 0;
        for (EventRecord e : r.timeline().records()) {
            if (e.event() == EdlEvent.BANK_REVERSAL) {
                bank.event("reversal " + (++reversal), e.time());
            }
        }
        files.add(save(batch, bank::write, dir.resolve("bank-angle.png")));

        if (!r.navigation().isEmpty()) {
            files.add(save(batch, navigation(r, 0, "position", "m")::write, dir.resolve("navigation-position.png")));
            files.add(save(batch, navigation(r, 3, "velocity", "m/s")::write, dir.resolve("navigation-velocity.png")));
        }

        TargetPlane plane = new TargetPlane(r.target().latitude(), r.target().longitude(), r.target().radius());
        List<EastNorth> track = new ArrayList<>();
        for (TrajectorySample s : t) {
            if (s.phase() != Phase.FLYAWAY) {
                track.add(plane.eastNorthOf(s.latitude(), s.longitude()));
            }
        }
        GroundTrackPlot ground = new GroundTrackPlot(r.scenario() + ": ground track", plane,
                GroundTrackPlot.Axes.EAST_NORTH_KM).track("vehicle", track).targetLabel("target");
        for (EventRecord e : r.timeline().records()) {
            if (e.event() == EdlEvent.PARACHUTE_DEPLOY || e.event() == EdlEvent.ENTRY_INTERFACE
                    || e.event() == EdlEvent.PEAK_DECELERATION) {
                ground.event(label(e.event()), plane.eastNorthOf(e.conditions().latitude(), e.conditions().longitude()));
            }
        }
        files.add(save(batch, ground::write, dir.resolve("ground-track.png")));
        List<EastNorth> near = track.stream().filter(p -> p.distance() < 30e3).toList();
        if (near.size() > 1) {
            GroundTrackPlot zoom = new GroundTrackPlot(r.scenario() + ": last 30 km", plane,
                    GroundTrackPlot.Axes.EAST_NORTH_KM).track("vehicle", near).targetLabel("target");
            for (EventRecord e : r.timeline().records()) {
                if (e.event() == EdlEvent.PARACHUTE_DEPLOY || e.event() == EdlEvent.BACKSHELL_SEPARATION
                        || e.event() == EdlEvent.TOUCHDOWN) {
                    EastNorth p = plane.eastNorthOf(e.conditions().latitude(), e.conditions().longitude());
                    if (p.distance() < 30e3) {
                        zoom.event(label(e.event()), p);
                    }
                }
            }
            files.add(save(batch, zoom::write, dir.resolve("ground-track-final.png")));
        }

        List<TrajectorySample> early = t.stream().filter(s -> s.phase().ordinal() <= Phase.PARACHUTE_DESCENT.ordinal())
                .toList();
        double[] time = early.stream().mapToDouble(TrajectorySample::time).toArray();
        LinePlot decel = new LinePlot(r.scenario() + ": deceleration", "time since entry interface (s)",
                "sensed deceleration (Earth g)");
        decel.series("deceleration", time, early.stream().mapToDouble(TrajectorySample::decelerationEarthG).toArray());
        r.timeline().first(EdlEvent.PEAK_DECELERATION).ifPresent(e -> decel.event("peak", e.time()));
        r.timeline().first(EdlEvent.PARACHUTE_DEPLOY).ifPresent(e -> decel.event("parachute", e.time()));
        files.add(save(batch, decel::write, dir.resolve("deceleration.png")));

        LinePlot heat = new LinePlot(r.scenario() + ": stagnation heat rate (Sutton-Graves)",
                "time since entry interface (s)", "heat rate (W/cm2)");
        heat.series("heat rate", time, early.stream().mapToDouble(s -> s.heatRate() / 1e4).toArray());
        r.timeline().first(EdlEvent.PEAK_HEATING).ifPresent(e -> heat.event("peak", e.time()));
        files.add(save(batch, heat::write, dir.resolve("heat-rate.png")));
        return files;
    }

    private static boolean finite(TrajectorySample s) {
        return Double.isFinite(s.altitude()) && Double.isFinite(s.speed()) && Double.isFinite(s.decelerationEarthG())
                && Double.isFinite(s.heatRate()) && Double.isFinite(s.bankAngle()) && Double.isFinite(s.latitude())
                && Double.isFinite(s.longitude());
    }

    private static Path save(SafeFiles.Batch batch, SafeFiles.PathWriter writer, Path file) throws IOException {
        batch.write(file, writer);
        return file;
    }

    private static String label(EdlEvent event) {
        return event.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
