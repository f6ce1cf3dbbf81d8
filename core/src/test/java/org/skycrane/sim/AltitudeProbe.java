package org.skycrane.sim;

import java.util.List;
import java.util.Locale;
import org.skycrane.flight.EdlEvent;
import org.skycrane.gnc.nav.MapProjection;
import org.skycrane.io.ScenarioReader;
import org.skycrane.scenario.Scenario;
import org.skycrane.sim.montecarlo.Case;

/**
 * Diagnostic driver: the filter's absolute altitude over dispersed cases with an LVS solution. At times
 * around the fix and at the later events it prints the RMS over cases of the down-position error and of
 * the filter's own 1σ (and their mean e²/σ²); at touchdown, the onboard map's own error under the
 * vehicle, rebuilt from each case's sensor seed as {@link NavigationSetup} draws it, against the
 * altitude error (docs/navigation.md, "The fix and the ground offset, again").
 *
 * <pre>
 * java -cp CORE_TEST_CLASSPATH org.skycrane.sim.AltitudeProbe mars2020 200 10
 * </pre>
 */
public final class AltitudeProbe {

    private AltitudeProbe() {
    }

    public static void main(String[] args) throws Exception {
        Scenario s = ScenarioReader.read(args.length > 0 ? args[0] : "mars2020");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 10;
        var spec = s.navigation().filter();
        MapProjection projection = NavigationSetup.projection(NavigationSetup.ground(s.environment()).frame());
        List<Result> flights = DispersedFlights.fly(s, n, seed, 2);
        String[] names = {"lock + 1 s", "fix - 1 s", "fix + 1 s", "backshell separation", "touchdown"};
        double[][] sums = new double[names.length][4]; // e²/σ², e², σ², count
        double mm = 0;
        double aa = 0;
        double ma = 0;
        int landed = 0;
        for (int k = 0; k < n; k++) {
            Result r = flights.get(k);
            var fix = r.timeline().first(EdlEvent.LVS_SOLUTION);
            var touchdown = r.timeline().first(EdlEvent.TOUCHDOWN);
            if (fix.isEmpty() || touchdown.isEmpty()) {
                continue;
            }
            double[] times = {r.timeline().first(EdlEvent.RADAR_LOCK).get().time() + 1, fix.get().time() - 1,
                fix.get().time() + 1, r.timeline().first(EdlEvent.BACKSHELL_SEPARATION).get().time(),
                touchdown.get().time() - 0.5};
            for (int i = 0; i < times.length; i++) {
                NavigationSample x = NavigationSample.at(r.navigation(), times[i]);
                double e = x.error()[2];
                double sigma = x.sigma()[2];
                sums[i][0] += e * e / (sigma * sigma);
                sums[i][1] += e * e;
                sums[i][2] += sigma * sigma;
                sums[i][3]++;
            }
            double[] under = projection.toMap(touchdown.get().conditions().position());
            double mapError = new MapErrorField(spec.mapVerticalError(), NavigationSetup.MAP_ERROR_CORRELATION,
                    spec.mapHalfWidth(), Case.of(s, seed, k).truth().sensorSeed()).at(under[0], under[1]);
            double altitudeError = -NavigationSample.at(r.navigation(), times[4]).error()[2];
            mm += mapError * mapError;
            aa += altitudeError * altitudeError;
            ma += mapError * altitudeError;
            landed++;
        }
        for (int i = 0; i < names.length; i++) {
            double c = sums[i][3];
            System.out.printf(Locale.ROOT, "%-22s e²/σ² %.2f  RMS down error %.2f m  RMS 1σ %.2f m  (%d cases)%n", names[i],
                    sums[i][0] / c, Math.sqrt(sums[i][1] / c), Math.sqrt(sums[i][2] / c), (int) c);
        }
        System.out.printf(Locale.ROOT, "at touchdown: RMS map error %.2f m, RMS altitude error %.2f m, correlation %.2f,"
                + " regression of altitude on map error %.2f (%d cases)%n", Math.sqrt(mm / landed), Math.sqrt(aa / landed),
                ma / Math.sqrt(mm * aa), ma / mm, landed);
    }
}
