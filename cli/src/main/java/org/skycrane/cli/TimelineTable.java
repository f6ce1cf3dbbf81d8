package org.skycrane.cli;

import java.util.Locale;
import org.skycrane.dynamics.FlightConditions;
import org.skycrane.flight.EdlEvent;
import org.skycrane.io.SummaryWriter;
import org.skycrane.mars.Geodesy;
import org.skycrane.sim.EventRecord;
import org.skycrane.sim.Impact;
import org.skycrane.sim.NavigationSample;
import org.skycrane.sim.Result;
import org.skycrane.sim.Touchdown;

/** The event timeline of a run as a plain-text table. */
public final class TimelineTable {

    private TimelineTable() {
    }

    public static String render(Result r) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s: %s%s%n%n", r.scenario(), r.outcome(),
                r.reason() == null ? "" : " (" + r.reason() + ")"));
        boolean nav = !r.navigation().isEmpty();
        out.append(String.format(Locale.ROOT, "%-27s %9s %9s %9s %8s %6s %8s", "event", "t (s)",
                "alt (m)", "AGL (m)", "v (m/s)", "Mach", "q (Pa)"));
        if (nav) {
            // the navigation filter at the event: horizontal position error and its 1 sigma, height and velocity errors
            out.append(String.format(Locale.ROOT, " %8s %8s %7s %8s", "nav dr_h", "sigma_h", "dh_AGL", "|dv|"));
        }
        out.append(String.format(Locale.ROOT, "  %s%n", "trigger"));
        for (EventRecord e : r.timeline().records()) {
            FlightConditions c = e.conditions();
            out.append(String.format(Locale.ROOT, "%-27s %9.2f %9.0f %9.1f %8.2f %6.2f %8.1f",
                    e.event(), c.time(), c.altitude(), c.heightAboveGround(), c.speed(), c.mach(),
                    c.dynamicPressure()));
            if (nav) {
                NavigationSample n = NavigationSample.at(r.navigation(), e.time());
                double[] x = n.error();
                out.append(String.format(Locale.ROOT, " %8.1f %8.1f %7.2f %8.3f", Math.hypot(x[0], x[1]),
                        Math.hypot(n.sigma()[0], n.sigma()[1]), n.heightError(),
                        Math.sqrt(x[3] * x[3] + x[4] * x[4] + x[5] * x[5])));
            }
            out.append(String.format(Locale.ROOT, "  %s%n", e.trigger() == null ? "" : e.trigger()));
        }
        if (nav) {
            out.append(String.format(Locale.ROOT, "%nnavigation: errors are the filter's estimate minus the truth (m, m/s); "
                    + "sigma_h is its own horizontal 1-sigma%n"));
        }
        out.append(String.format(Locale.ROOT, "%npeaks: deceleration %.2f g, heat rate %.1f W/cm2, heat load %.0f J/cm2, "
                        + "dynamic pressure %.0f Pa, parachute load %.0f N, parachute inflation %.2f g%n",
                r.peaks().decelerationEarthG(), r.peaks().heatRate() / 1e4, r.peaks().heatLoad() / 1e4,
                r.peaks().dynamicPressure(), r.peaks().parachuteLoad(), r.peaks().parachuteInflationG()));
        double start = SummaryWriter.propellantAt(r, EdlEvent.POWERED_DESCENT_START);
        double cut = SummaryWriter.propellantAt(r, EdlEvent.BRIDLE_CUT);
        if (Double.isFinite(start)) {
            out.append(String.format(Locale.ROOT, "powered descent: propellant %.1f kg at its start, %.1f kg at the "
                    + "bridle cut, %.1f kg used%n", start, cut, start - cut));
        }
        if (Double.isFinite(r.recontact().backshell()) || Double.isFinite(r.recontact().heatShield())) {
            out.append(String.format(Locale.ROOT, "recontact: backshell closest %.0f m (margin %.0f m), heat shield "
                    + "closest %.0f m (margin %.0f m)%n", r.recontact().backshell(), r.recontact().backshellMargin(),
                    r.recontact().heatShield(), r.recontact().heatShieldMargin()));
        }
        Touchdown t = r.touchdown();
        if (t != null) {
            out.append(String.format(Locale.ROOT, "touchdown: t = %.2f s, vertical %.3f m/s, horizontal %.3f m/s, "
                            + "%s, propellant left %.1f kg, %.0f m from the target%n", t.time(),
                    t.verticalSpeed(), t.horizontalSpeed(),
                    Coordinates.of(Math.toDegrees(t.latitude()), Math.toDegrees(t.longitude())),
                    t.propellantRemaining(), r.target().distance(Geodesy.position(t.latitude(),
                            t.longitude(), r.target().radius()))));
        }
        for (Impact i : r.impacts()) {
            out.append(String.format(Locale.ROOT, "impact: %-15s t = %7.1f s  %s  %s%n", i.body(),
                    i.time(), Coordinates.of(Math.toDegrees(i.latitude()), Math.toDegrees(i.longitude())),
                    Double.isFinite(i.distanceFromRover()) ? String.format(Locale.ROOT, "%.0f m from the rover",
                            i.distanceFromRover()) : ""));
        }
        return out.toString();
    }
}
