package org.skycrane.verification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.mars.AtmosphereSample;
import org.skycrane.mars.Ellipsoid;

/**
 * Finds, in NASA's own numbers, the tools that did not solve the problem the case defines, so that
 * they are set aside with a stated reason instead of widening the family's spread. Three checks:
 * <ol>
 *   <li><b>Initial state.</b> At t = 0 the tool must be at the case's altitude within 1 cm and at
 *       rest relative to the planet within 1 mm/s (the comparison floors).</li>
 *   <li><b>Initial gravity.</b> The tool's mean downward acceleration over its first step (the down
 *       velocity at its first sample after 0 over that time) must match the case's gravity plus the
 *       centrifugal term at the initial position within {@value #GRAVITY_TOLERANCE} relative. Over the
 *       first 0.1 s the vertical drag averages below 3 × 10⁻⁵ of g, even in the 21 m/s wind of case 8,
 *       and gravity changes with height by 10⁻⁸.</li>
 *   <li><b>Atmosphere.</b> The tool's published density and speed of sound, at its own published
 *       altitude, must match the case's atmosphere within {@value #ATMOSPHERE_TOLERANCE} relative
 *       at every sample: 0.1 %, the tolerance to which the model itself is held against the
 *       standard's tables. A tool outside it is set aside from the air data, and, when the case has
 *       drag, from everything, because its drag, hence its trajectory, belongs to another
 *       atmosphere.</li>
 *   <li><b>Air data at release.</b> At t = 0 the sphere is at rest relative to the planet, so its
 *       air-relative speed is the wind there: Mach = |w| / a and q = ½ ρ |w|², with the tool's own
 *       density and speed of sound. A tool whose published Mach or dynamic pressure at t = 0 differs
 *       from that by more than 0.1 % and more than the quantity's floor has not evaluated its air
 *       data at release; that one sample of those two quantities is set aside.</li>
 * </ol>
 */
public final class Screening {

    /** Relative tolerance on the initial downward acceleration. */
    public static final double GRAVITY_TOLERANCE = 1e-4;
    /** Relative tolerance on the published density and speed of sound against the case's atmosphere. */
    public static final double ATMOSPHERE_TOLERANCE = 1e-3;

    private Screening() {
    }

    /** The exclusions among {@code histories} of {@code checkCase}; a tool may have more than one. */
    public static List<Exclusion> screen(CheckCase checkCase, List<ToolHistory> histories) {
        List<Exclusion> exclusions = new ArrayList<>();
        for (ToolHistory history : histories) {
            initialState(checkCase, history, exclusions);
            initialGravity(checkCase, history, exclusions);
            atmosphere(checkCase, history, "airDensity", "density", exclusions);
            atmosphere(checkCase, history, "speedOfSound", "speed of sound", exclusions);
            if (exclusions.stream().noneMatch(e -> e.tool().equals(history.tool()) && e.coversAlways(Quantity.MACH))) {
                releaseAirData(checkCase, history, exclusions);
            }
        }
        return List.copyOf(exclusions);
    }

    private static void initialState(CheckCase checkCase, ToolHistory history, List<Exclusion> out) {
        int i = history.indexOf(0);
        if (i < 0) {
            out.add(Exclusion.always(history.tool(), Exclusion.ALL, "publishes no sample at t = 0 s"));
            return;
        }
        if (history.has("altitudeMsl")) {
            double offset = history.value("altitudeMsl", i) - checkCase.start().altitude();
            if (Math.abs(offset) > Quantity.ALTITUDE_FLOOR) {
                out.add(Exclusion.always(history.tool(), Exclusion.ALL, format(
                        "starts %.4f m from the case's initial altitude (limit %.2f m)", offset, Quantity.ALTITUDE_FLOOR)));
            }
        }
        if (history.has("feVelocity_X") && history.has("feVelocity_Y") && history.has("feVelocity_Z")) {
            Vector3D v = new Vector3D(history.value("feVelocity_X", i), history.value("feVelocity_Y", i),
                    history.value("feVelocity_Z", i));
            if (v.getNorm() > Quantity.VELOCITY_FLOOR) {
                out.add(Exclusion.always(history.tool(), Exclusion.ALL, format(
                        "starts at (%.4g, %.4g, %.4g) m/s north, east, down where the case starts at rest"
                                + " (limit %.3f m/s)", v.getX(), v.getY(), v.getZ(), Quantity.VELOCITY_FLOOR)));
            }
        }
    }

    private static void initialGravity(CheckCase checkCase, ToolHistory history, List<Exclusion> out) {
        int first = history.indexOf(0);
        if (first < 0 || !history.has("feVelocity_Z") || first + 1 >= history.size()) {
            return;
        }
        double dt = history.time(first + 1) - history.time(first);
        double measured = (history.value("feVelocity_Z", first + 1) - history.value("feVelocity_Z", first)) / dt;
        Vector3D r = checkCase.startPosition();
        Vector3D g = checkCase.planet().gravity(r).add(checkCase.planet().frameAcceleration(r, Vector3D.ZERO));
        double model = Vector3D.dotProduct(g, Ellipsoid.down(checkCase.start()));
        double relative = measured / model - 1;
        if (Math.abs(relative) > GRAVITY_TOLERANCE) {
            out.add(Exclusion.always(history.tool(), Exclusion.ALL, format(
                    "falls at %.5f m/s² over its first %.2f s where the case's gravity gives %.5f m/s² (%+.3f %%,"
                            + " limit %.3f %%)", measured, dt, model, 100 * relative, 100 * GRAVITY_TOLERANCE)));
        }
    }

    private static void atmosphere(CheckCase checkCase, ToolHistory history, String column, String words,
                                   List<Exclusion> out) {
        if (!history.has(column) || !history.has("altitudeMsl")) {
            return;
        }
        double worst = 0;
        double when = 0;
        for (int i = 0; i < history.size(); i++) {
            if (history.time(i) > checkCase.duration() + 1e-6) {
                continue;
            }
            AtmosphereSample model = checkCase.atmosphere().at(history.value("altitudeMsl", i));
            double expected = column.equals("airDensity") ? model.density() : model.speedOfSound();
            double relative = history.value(column, i) / expected - 1;
            if (Math.abs(relative) > Math.abs(worst)) {
                worst = relative;
                when = history.time(i);
            }
        }
        if (Math.abs(worst) > ATMOSPHERE_TOLERANCE) {
            Set<Quantity> scope = checkCase.hasDrag() ? Exclusion.ALL : Exclusion.AIR_DATA;
            out.add(Exclusion.always(history.tool(), scope, format(
                    "its %s departs from the case's atmosphere at its own altitude by %+.3f %% (t = %.1f s;"
                            + " limit %.1f %%)%s", words, 100 * worst, when, 100 * ATMOSPHERE_TOLERANCE,
                    checkCase.hasDrag() ? ", so its drag and trajectory belong to another atmosphere" : "")));
        }
    }

    private static void releaseAirData(CheckCase checkCase, ToolHistory history, List<Exclusion> out) {
        int i = history.indexOf(0);
        if (i < 0 || !history.has("altitudeMsl")) {
            return;
        }
        Vector3D r = checkCase.startPosition();
        double wind = checkCase.wind(r, checkCase.start()).getNorm();
        AtmosphereSample model = checkCase.atmosphere().at(history.value("altitudeMsl", i));
        double a = history.has("speedOfSound") ? history.value("speedOfSound", i) : model.speedOfSound();
        double rho = history.has("airDensity") ? history.value("airDensity", i) : model.density();
        double mach = wind / a;
        double q = 0.5 * rho * wind * wind;
        TrajectorySample release = new TrajectorySample(0, checkCase.start().altitude(), checkCase.start().latitude(),
                checkCase.start().longitude(), 0, 0, 0, rho, a, mach, q);
        StringBuilder found = new StringBuilder();
        Set<Quantity> off = new TreeSet<>();
        for (Quantity quantity : List.of(Quantity.MACH, Quantity.DYNAMIC_PRESSURE)) {
            if (!history.has(quantity.column())) {
                continue;
            }
            double published = history.value(quantity.column(), i);
            double expected = quantity.of(release);
            double difference = Math.abs(published - expected);
            if (difference > ATMOSPHERE_TOLERANCE * expected && difference > quantity.floor(release, checkCase)) {
                off.add(quantity);
                found.append(found.length() == 0 ? "" : "; ").append(format("%s %s where a sphere at rest in the"
                        + " case's wind of %.3f m/s has %.5g", quantity.label(),
                        format("%.5g %s", published, quantity.unit()).trim(), wind, expected));
            }
        }
        if (!off.isEmpty()) {
            out.add(new Exclusion(history.tool(), off, 0, "at release (t = 0 s) it publishes " + found));
        }
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
