package org.skycrane.verification;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.mars.Atmosphere;
import org.skycrane.mars.AtmosphereSample;
import org.skycrane.mars.Ellipsoid;
import org.skycrane.mars.GeodeticPoint;
import org.skycrane.mars.Planet;

/**
 * One NESC atmospheric check case, in SI: a sphere released at rest relative to the rotating planet
 * and flown for {@code duration} under gravity and drag only.
 *
 * @param number          NASA's case number
 * @param title           what the case verifies
 * @param folder          resource folder of NASA's time histories
 * @param tools           NASA tools that published this case, for example {@code sim_04}
 * @param shape           reference ellipsoid (or sphere) of geodetic latitude and altitude
 * @param planet          gravity (GM, J2 and its reference radius) and rotation rate
 * @param atmosphere      atmosphere keyed by geometric altitude above {@code shape}, with the case's
 *                        wind as a function of that altitude
 * @param start           initial geodetic position; the initial velocity relative to the planet is zero
 * @param duration        flight time (s)
 * @param mass            kg
 * @param dragCoefficient C_D on the reference area, constant
 * @param referenceArea   m²
 */
public record CheckCase(int number, String title, String folder, List<String> tools, Ellipsoid shape, Planet planet,
                        Atmosphere atmosphere, GeodeticPoint start, double duration, double mass,
                        double dragCoefficient, double referenceArea) {

    public CheckCase {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(folder, "folder");
        tools = List.copyOf(tools);
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(planet, "planet");
        Objects.requireNonNull(atmosphere, "atmosphere");
        Objects.requireNonNull(start, "start");
        if (!(duration > 0) || !(mass > 0) || !(dragCoefficient >= 0) || !(referenceArea > 0)) {
            throw new IllegalArgumentException("check case " + number
                    + " needs duration > 0 s, mass > 0 kg, C_D >= 0 and area > 0 m²");
        }
    }

    /** Whether the case has drag (C_D > 0), so that its trajectory depends on the atmosphere. */
    public boolean hasDrag() {
        return dragCoefficient > 0;
    }

    /** Initial planet-fixed position (m). */
    public Vector3D startPosition() {
        return shape.position(start);
    }

    /** Wind (m/s, planet-fixed) at a planet-fixed position, from the case's wind at its geodetic altitude. */
    public Vector3D wind(Vector3D position, GeodeticPoint point) {
        return atmosphere.wind(position, point.altitude());
    }

    /**
     * What Skycrane's trajectory is compared on, from a planet-fixed state: geodetic point, velocity
     * relative to the planet in local north-east-down axes, and the air data of the case's
     * atmosphere and wind (Mach and dynamic pressure on the air-relative speed).
     *
     * @param time     s
     * @param position planet-fixed (m)
     * @param velocity relative to the rotating planet (m/s)
     */
    public TrajectorySample sample(double time, Vector3D position, Vector3D velocity) {
        GeodeticPoint point = shape.geodetic(position);
        Vector3D ned = Ellipsoid.toNorthEastDown(velocity, point);
        AtmosphereSample air = atmosphere.at(point.altitude());
        double airspeed = velocity.subtract(wind(position, point)).getNorm();
        return new TrajectorySample(time, point.altitude(), point.latitude(), point.longitude(), ned.getX(),
                ned.getY(), ned.getZ(), air.density(), air.speedOfSound(), airspeed / air.speedOfSound(),
                0.5 * air.density() * airspeed * airspeed);
    }

    /** NASA's time histories of this case, one per tool, in SI, from the resources shipped with Skycrane. */
    public List<ToolHistory> histories() {
        List<ToolHistory> histories = new ArrayList<>();
        for (String tool : tools) {
            histories.add(history(tool));
        }
        return histories;
    }

    /** NASA's time history of {@code tool} for this case, in SI. */
    public ToolHistory history(String tool) {
        String file = String.format("Atmos_%02d_%s.csv", number, tool);
        String resource = "nesc/" + folder + "/" + file;
        InputStream in = CheckCase.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource + " beside " + CheckCase.class.getName());
        }
        return NasaCsv.read(folder + "/" + file, tool, new InputStreamReader(in, StandardCharsets.US_ASCII));
    }
}
