package org.skycrane.sim;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import org.hipparchus.geometry.euclidean.threed.Rotation;
import org.hipparchus.geometry.euclidean.threed.RotationConvention;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.DiskCache;
import org.skycrane.dynamics.Actuation;
import org.skycrane.dynamics.BodyAttitude;
import org.skycrane.dynamics.EquationsOfMotion;
import org.skycrane.dynamics.FlightState;
import org.skycrane.dynamics.SuttonGraves;
import org.skycrane.gnc.nav.ImuErrors;
import org.skycrane.gnc.nav.MapProjection;
import org.skycrane.gnc.nav.NavigationFilter;
import org.skycrane.gnc.nav.OnboardMap;
import org.skycrane.gnc.nav.RadarGeometry;
import org.skycrane.mars.Environment;
import org.skycrane.mars.Geodesy;
import org.skycrane.scenario.FilterSpec;
import org.skycrane.sensors.Imu;
import org.skycrane.sensors.TerminalDescentSensor;
import org.skycrane.terrain.MapPoint;
import org.skycrane.terrain.SiteFrame;
import org.skycrane.terrain.Terrain;
import org.skycrane.vehicle.Stack;
import org.skycrane.vehicle.Vehicle;

/**
 * Builds one flight's avionics from the scenario's {@code navigation.filter} block: the sensors on
 * the truth side, the onboard map (made once per site and map specification, and shared; its posts
 * kept in the {@link DiskCache} between runs), and the filter started from the uplinked state.
 */
final class NavigationSetup {

    /**
     * Correlation length of the onboard map's own height error (m), ASSUMED: a stereo DEM's error is
     * mostly long-wavelength (its control to the global altimetry, and the camera's pointing jitter).
     */
    static final double MAP_ERROR_CORRELATION = 2000;

    /** Folder of the onboard maps' posts in the disk cache, and the version of what it holds. */
    static final String MAP_KIND = "onboard-map";
    private static final int MAP_FORMAT = 1;

    private static final Map<List<Object>, OnboardMap> MAPS = new ConcurrentHashMap<>();

    private NavigationSetup() {
    }

    /**
     * The terminal descent sensor's six beams (body x toward the ground): one along x, three 20° off it
     * at azimuths 0°, 120°, 240°, two 50° off at 90° and 270° (Pollard & Chen, "A radar terminal
     * descent sensor for the Mars Science Laboratory mission", IEEE Aerospace Conference 2009: six
     * beams, the nadir one and five slanted; the exact azimuths here are ASSUMED).
     */
    static List<Vector3D> beams() {
        double d20 = Math.toRadians(20);
        double d50 = Math.toRadians(50);
        return List.of(RadarGeometry.beam(0, 0), RadarGeometry.beam(d20, 0), RadarGeometry.beam(d20, 2 * Math.PI / 3),
                RadarGeometry.beam(d20, 4 * Math.PI / 3), RadarGeometry.beam(d50, Math.PI / 2),
                RadarGeometry.beam(d50, 3 * Math.PI / 2));
    }

    /** The true ground: the environment's terrain (the scenario's {@code terrain:} block). */
    static Terrain ground(Environment environment) {
        return environment.terrain();
    }

    /**
     * @param spec    the filter block
     * @param truth   this flight's truth
     * @param seed    the flight's sensor seed
     * @param nominal whether the sensors' constant errors and the knowledge error are zero
     */
    static Avionics create(FilterSpec spec, Truth truth, long seed, boolean nominal) {
        Environment environment = truth.environment();
        Terrain ground = ground(environment);
        ImuErrors imuErrors = spec.imu().equals("perfect") ? ImuErrors.perfect() : ImuErrors.ln200s();
        RadarGeometry geometry = new RadarGeometry(beams(), spec.rangeNoisePercent() / 100, 0.05,
                spec.velocityNoise(), spec.maxRange());
        OnboardMap map = MAPS.computeIfAbsent(key(spec, ground), k -> map(spec, ground))
                .withError(new MapErrorField(spec.mapVerticalError(), MAP_ERROR_CORRELATION, spec.mapHalfWidth(),
                        nominal ? spec.seed() : seed)).withUnresolvedRelief(spec.mapUnresolvedRelief());
        SplittableRandom random = new SplittableRandom(seed);
        SplittableRandom knowledge = random.split();
        Imu imu = new Imu(imuErrors, random.split(), nominal);
        TerminalDescentSensor radar = new TerminalDescentSensor(geometry, ground, random.split(), nominal);
        FlightState entry = truth.entry();
        Vehicle vehicle = truth.vehicle();
        var eom = new EquationsOfMotion(environment, EquationsOfMotion.forces(vehicle, Stack.atEntry(vehicle)),
                Actuation.NONE, new SuttonGraves(
                        SuttonGraves.K_MARS, vehicle.capsule().noseRadius()));
        Rotation attitude = BodyAttitude.of(entry, eom.air(entry), Stack.atEntry(vehicle),
                Actuation.NONE, null, environment.planet().gravity(entry.position()).getNorm());
        Vector3D ps = spec.entryPosition().vector();
        Vector3D vs = spec.entryVelocity().vector();
        double as = spec.entryAttitudeMrad() * 1e-3;
        double k = nominal ? 0 : 1;
        Vector3D r = entry.position();
        Vector3D dr = enu(r, k * ps.getX() * knowledge.nextGaussian(), k * ps.getY() * knowledge.nextGaussian(),
                k * ps.getZ() * knowledge.nextGaussian());
        Vector3D dv = enu(r, k * vs.getX() * knowledge.nextGaussian(), k * vs.getY() * knowledge.nextGaussian(),
                k * vs.getZ() * knowledge.nextGaussian());
        Vector3D dphi = new Vector3D(k * as * knowledge.nextGaussian(), k * as * knowledge.nextGaussian(),
                k * as * knowledge.nextGaussian());
        Rotation believed = dphi.getNorm() == 0 ? attitude
                : new Rotation(dphi, dphi.getNorm(), RotationConvention.VECTOR_OPERATOR).compose(attitude,
                        RotationConvention.VECTOR_OPERATOR);
        NavigationFilter.Initial initial = new NavigationFilter.Initial(entry.time(), r.add(dr),
                entry.velocity().add(dv), believed, ps, vs, as);
        NavigationFilter filter = new NavigationFilter(new NavigationFilter.Config(imuErrors, geometry,
                spec.gateSigma() * spec.gateSigma()), environment.planet(), map, initial);
        return new Avionics(environment.planet(), imu, radar, filter, attitude, entry);
    }

    /** The map's key: the ground (one shared instance per terrain block, or a flat record) and the map's specification. */
    private static List<Object> key(FilterSpec spec, Terrain ground) {
        return List.of(ground, spec.mapPosting(), spec.mapHalfWidth(), spec.mapVerticalError());
    }

    /**
     * The onboard map's posts: the ground averaged over each post's cell (as a stereo DEM of that
     * posting resolves it). The map's own height error, a smooth random field of the stated 1σ with
     * {@link #MAP_ERROR_CORRELATION} correlation ({@link MapErrorField}), is added per flight: the
     * nominal flight's from the filter seed (the mission's one map), a dispersed case's from its own
     * seed (the Monte Carlo disperses the map's error as it disperses the sensors').
     */
    static OnboardMap map(FilterSpec spec, Terrain ground) {
        double posting = spec.mapPosting();
        int half = (int) Math.round(spec.mapHalfWidth() / posting);
        int size = 2 * half + 1;
        String terrain = SafeTargets.terrainKey(ground);
        if (terrain == null) {
            return new OnboardMap(projection(ground.frame()), posting, size, heights(ground, posting, half),
                    spec.mapVerticalError(), MAP_ERROR_CORRELATION);
        }
        String key = "onboard map posts, format " + MAP_FORMAT + "\nposting " + posting + "\nhalf " + half + "\n"
                + terrain;
        float[] heights = DiskCache.shared().get(MAP_KIND, key, DiskCache.floats(size * size),
                () -> heights(ground, posting, half));
        // the posts' relief, a pass over every post per lag, kept beside them (start-up, docs/performance.md)
        double[] relief = DiskCache.shared().get(MAP_KIND, "relief of the " + key, DiskCache.doubles(1 + OnboardMap.LAGS),
                () -> {
                    OnboardMap.Relief r = OnboardMap.Relief.of(size, heights, posting);
                    double[] out = new double[1 + OnboardMap.LAGS];
                    out[0] = r.maxEdgeSlope();
                    System.arraycopy(r.structure(), 0, out, 1, OnboardMap.LAGS);
                    return out;
                });
        // and the steepest edge of each block of cells, the ray casts' local bound (75 ms in a cold JVM)
        float[] slopes = DiskCache.shared().get(MAP_KIND, "block slopes of the " + key,
                DiskCache.floats(OnboardMap.Relief.blockCount(size)), () -> OnboardMap.Relief.blockSlopes(size, heights, posting));
        return new OnboardMap(projection(ground.frame()), posting, size, heights, spec.mapVerticalError(),
                MAP_ERROR_CORRELATION, new OnboardMap.Relief(relief[0], Arrays.copyOfRange(relief, 1, relief.length),
                        slopes));
    }

    /** The posts of a map {@code 2 half + 1} posts a side, each the ground averaged over its cell. */
    private static float[] heights(Terrain ground, double posting, int half) {
        int size = 2 * half + 1;
        float[] heights = new float[size * size];
        for (int j = 0; j < size; j++) {
            for (int i = 0; i < size; i++) {
                double e = (i - half) * posting;
                double n = (j - half) * posting;
                double sum = 0;
                for (int a = -1; a <= 1; a++) {
                    for (int b = -1; b <= 1; b++) {
                        sum += ground.heightAtResolution(e + a * posting / 3, n + b * posting / 3, posting);
                    }
                }
                heights[j * size + i] = (float) (sum / 9);
            }
        }
        return heights;
    }

    /** The onboard map's coordinates: the site's azimuthal equidistant frame. */
    static MapProjection projection(SiteFrame frame) {
        return new MapProjection() {
            @Override
            public double[] toMap(Vector3D marsFixed) {
                MapPoint p = frame.toMap(marsFixed);
                return new double[] {p.east(), p.north(), p.height()};
            }

            @Override
            public Vector3D toMarsFixed(double east, double north, double height) {
                return frame.toMarsFixed(east, north, height);
            }

            @Override
            public Vector3D[] axes(double east, double north) {
                Vector3D up = frame.toMarsFixed(east, north, 0).normalize();
                return new Vector3D[] {Geodesy.east(up), Geodesy.north(up), up};
            }
        };
    }

    private static Vector3D enu(Vector3D r, double e, double n, double u) {
        return new Vector3D(e, Geodesy.east(r), n, Geodesy.north(r), u, Geodesy.up(r));
    }
}
