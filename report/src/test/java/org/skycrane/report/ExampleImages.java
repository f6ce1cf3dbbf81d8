package org.skycrane.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.random.Well19937c;
import org.skycrane.stats.EastNorth;
import org.skycrane.stats.LandingEllipse;
import org.skycrane.stats.TargetPlane;

/**
 * Renders one example of each plot for docs/images. Every input is a closed form or a seeded
 * synthetic sample, and each plot says so: none of these is a Skycrane simulation.
 */
final class ExampleImages {

    private ExampleImages() {
    }

    public static void main(String[] args) throws IOException {
        writeAll(Path.of(args.length > 0 ? args[0] : "docs/images"));
        if (args.length > 1) {
            groundTrack(Path.of(args[0]).resolve("ground-track-deg.png"), GroundTrackPlot.Axes.LONGITUDE_LATITUDE_DEG);
        }
    }

    static void writeAll(Path directory) throws IOException {
        altitudeSpeed(directory.resolve("line-altitude-speed.png"));
        bankAngle(directory.resolve("line-bank-angle.png"));
        landingScatter(directory.resolve("landing-scatter.png"));
        groundTrack(directory.resolve("ground-track.png"), GroundTrackPlot.Axes.EAST_NORTH_KM);
        deployBox(directory.resolve("deploy-box.png"));
        histogram(directory.resolve("histogram-touchdown-speed.png"));
    }

    /** Seeded synthetic deploy conditions: Mach ~ N(1.75, 0.12), q correlated with Mach plus N(0, 40 Pa). */
    static void deployBox(Path file) throws IOException {
        Well19937c random = new Well19937c(4L);
        int n = 2000;
        double[] mach = new double[n];
        double[] q = new double[n];
        for (int i = 0; i < n; i++) {
            mach[i] = 1.75 + 0.12 * random.nextGaussian();
            q[i] = 560 + 500 * (mach[i] - 1.75) + 40 * random.nextGaussian();
        }
        new DeployBoxPlot("Parachute deploy conditions (synthetic sample, not a Skycrane run)")
                .points(mach, q)
                .nominal(1.75, 560)
                .write(file);
    }

    /** Seeded synthetic touchdown speeds: N(0.75, 0.05) m/s, and a second set N(0.70, 0.04) m/s. */
    static void histogram(Path file) throws IOException {
        Well19937c random = new Well19937c(5L);
        double[] first = new double[5000];
        double[] second = new double[5000];
        for (int i = 0; i < first.length; i++) {
            first[i] = 0.75 + 0.05 * random.nextGaussian();
            second[i] = 0.70 + 0.04 * random.nextGaussian();
        }
        new HistogramPlot("Touchdown speed (synthetic samples, not a Skycrane run)", "Touchdown speed (m/s)")
                .bins(0.5, 0.95, 45)
                .values("Sample A", first)
                .values("Sample B", second)
                .event("Example limit 0.9 m/s", 0.9)
                .write(file);
    }

    /** Jezero-like target on the IAU mean sphere of Mars (3389.5 km); illustrative coordinates. */
    static final TargetPlane TARGET = TargetPlane.ofDegrees(18.44, 77.45, 3_389_500.0);

    /** A seeded synthetic sample: 2-D normal, σ 2.5 km x 1.0 km, major axis at 70°, centre (400 m E, 250 m S). */
    static List<EastNorth> syntheticLandings(long seed, int n) {
        Well19937c random = new Well19937c(seed);
        double azimuth = Math.toRadians(70);
        List<EastNorth> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double u = 2500 * random.nextGaussian();
            double v = 1000 * random.nextGaussian();
            points.add(new EastNorth(400 + u * Math.sin(azimuth) + v * Math.cos(azimuth),
                                     -250 + u * Math.cos(azimuth) - v * Math.sin(azimuth)));
        }
        return points;
    }

    static void landingScatter(Path file) throws IOException {
        List<EastNorth> points = syntheticLandings(20261121L, 3000);
        new LandingScatterPlot("Synthetic landings: seeded 2-D normal, not a Skycrane run")
                .points("Landing points", points)
                .ellipses(LandingEllipse.of(points))
                .write(file);
    }

    /** A synthetic approach: a quadratic Bézier from 150 km west-southwest to the target. */
    static List<EastNorth> syntheticTrack() {
        double[][] control = {{-150_000, -40_000}, {-60_000, 30_000}, {300, -200}};
        List<EastNorth> track = new ArrayList<>();
        for (int i = 0; i <= 200; i++) {
            double t = i / 200.0;
            double a = (1 - t) * (1 - t);
            double b = 2 * t * (1 - t);
            double c = t * t;
            track.add(new EastNorth(a * control[0][0] + b * control[1][0] + c * control[2][0],
                                    a * control[0][1] + b * control[1][1] + c * control[2][1]));
        }
        return track;
    }

    static void groundTrack(Path file, GroundTrackPlot.Axes axes) throws IOException {
        List<EastNorth> track = syntheticTrack();
        new GroundTrackPlot("Ground track (synthetic curve, not a Skycrane run)", TARGET, axes)
                .track("Ground track", track)
                .circle("10 km from target", 10_000)
                .circle("25 km from target", 25_000)
                .event("Parachute deploy", track.get(172))
                .event("Entry interface", track.get(0))
                .write(file);
    }

    /**
     * Allen &amp; Eggers (1958), NACA Report 1381: ballistic entry, exponential atmosphere, no
     * gravity, constant flight-path angle: V = V_E exp(−C e^(−h/H)), C = ρ₀H/(2β sin γ). Peak
     * deceleration at V = V_E e^(−1/2), h = H ln 2C; peak stagnation heating (q ∝ √ρ V³) at
     * V = V_E e^(−1/6), h = H ln 6C. Illustrative parameters, roughly Mars-like.
     */
    static void altitudeSpeed(Path file) throws IOException {
        double entrySpeed = 5.9;                   // km/s
        double gamma = Math.toRadians(15.5);       // below the horizontal
        double ballisticCoefficient = 130;         // kg/m²
        double scaleHeight = 11.1;                 // km
        double surfaceDensity = 0.020;             // kg/m³
        double c = surfaceDensity * scaleHeight * 1000 / (2 * ballisticCoefficient * Math.sin(gamma));
        int n = 400;
        double[] altitude = new double[n];
        double[] speed = new double[n];
        for (int i = 0; i < n; i++) {
            altitude[i] = 125.0 * (n - 1 - i) / (n - 1);
            speed[i] = entrySpeed * Math.exp(-c * Math.exp(-altitude[i] / scaleHeight));
        }
        new LinePlot("Ballistic entry, Allen-Eggers closed form (illustrative, not a Skycrane run)",
                     "Speed (km/s)", "Altitude (km)")
                .series("Allen-Eggers", speed, altitude)
                .event("Entry interface", speed[0], altitude[0])
                .event("Peak heating", entrySpeed * Math.exp(-1.0 / 6), scaleHeight * Math.log(6 * c))
                .event("Peak deceleration", entrySpeed * Math.exp(-0.5), scaleHeight * Math.log(2 * c))
                .yRange(0, 130)
                .write(file);
    }

    /** A synthetic bank profile: a rate-limited (20°/s) follower of a commanded ±magnitude with three reversals. */
    static void bankAngle(Path file) throws IOException {
        double[] reversals = {95, 160, 215};
        double step = 0.5;
        int n = (int) (300 / step) + 1;
        double[] time = new double[n];
        double[] commanded = new double[n];
        double[] actual = new double[n];
        double bank = 0;
        for (int i = 0; i < n; i++) {
            double t = i * step;
            double magnitude = t < 60 ? 0 : 70 - 0.12 * (t - 60);
            int sign = 1;
            for (double reversal : reversals) {
                if (t >= reversal) {
                    sign = -sign;
                }
            }
            time[i] = t;
            commanded[i] = sign * magnitude;
            double change = Math.max(-20 * step, Math.min(20 * step, commanded[i] - bank));
            bank += change;
            actual[i] = bank;
        }
        LinePlot plot = new LinePlot("Bank angle with reversals (synthetic profile)",
                                     "Time since entry interface (s)", "Bank angle (deg)")
                .series("Commanded", time, commanded)
                .series("Flown (rate limit 20 deg/s)", time, actual)
                .yRange(-90, 90);
        for (int r = 0; r < reversals.length; r++) {
            plot.event("Reversal " + (r + 1), reversals[r]);
        }
        plot.write(file);
    }
}
