package org.skycrane.vision;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.skycrane.io.ScenarioReader;
import org.skycrane.scenario.Scenario;
import org.skycrane.scenario.SimulationSpec;
import org.skycrane.sim.FlightOptions;
import org.skycrane.sim.GuidanceDesign;
import org.skycrane.sim.NavigationSample;
import org.skycrane.sim.Result;
import org.skycrane.sim.Simulation;
import org.skycrane.sim.TrajectorySample;
import org.skycrane.sim.TrnReport;
import org.skycrane.sim.montecarlo.Case;

/**
 * Flight-level image-mode LVS solutions, the data model mode is fitted to: the dispersed cases of a
 * campaign (its own dispersions, IMU, radar and map errors, so the filter's attitude error and the
 * fusion of the fixes are in), each flown with {@code trn.mode: images} until its LVS solution or its
 * failure, and the navigated position's error against truth right after the solution written as CSV:
 *
 * <pre>java -cp ... org.skycrane.vision.LvsFlightCalibration SCENARIO SEED COUNT THREADS COMMIT OUT.csv</pre>
 *
 * <p>What a case measures cannot depend on what follows its solution, so each case is flown twice
 * with the scenario's {@code max_time_s} cut short, the nominal guidance design kept: first in model
 * mode to the end (cheap; its LVS start is the image-mode flight's, since nothing differs before it),
 * then in images mode to just after the image that completes a solution at the earliest
 * ({@code images}), and, when that flight has none yet, again to just after the last image
 * ({@code max_images}). Each case is one thread's, deterministic in the campaign seed and case id.
 */
public final class LvsFlightCalibration {

    /** After the last image's tick, before the next (s): well under the 0.1 s control period. */
    private static final double MARGIN = 0.01;

    private LvsFlightCalibration() {
    }

    /**
     * One case's solution.
     *
     * @param caseId   the case
     * @param start    LVS start (s since entry interface)
     * @param solution solution time (s; NaN without one)
     * @param height   true height above the ground at the solution (m; NaN without one)
     * @param prior    horizontal navigation error just before the LVS start (m)
     * @param east     navigated minus true position at the solution, east (m)
     * @param north    north (m)
     * @param error    the flight's own horizontal error at the solution (m; TrnReport)
     * @param sigmaEast  the filter's 1σ east then (m)
     * @param sigmaNorth its 1σ north (m)
     * @param attitude the filter's attitude error then (rad)
     * @param tiltNorth its north component φ_N (rad; a nadir line of sight moves by h·φ_E north, −h·φ_N east)
     * @param tiltEast  its east component φ_E (rad)
     * @param images   images taken
     * @param fused    fixes the filter accepted
     * @param failure  why there was no solution and why the LVS rejected its images, or null
     */
    record Row(long caseId, double start, double solution, double height, double prior, double east, double north,
               double error, double sigmaEast, double sigmaNorth, double attitude, double tiltNorth,
               double tiltEast, int images, int fused, String failure) {

        static final String HEADER = "case,lvs_start_t_s,solution_t_s,height_m,prior_error_m,error_east_m,"
                + "error_north_m,error_m,sigma_east_m,sigma_north_m,attitude_error_mrad,"
                + "attitude_error_north_mrad,attitude_error_east_mrad,images,fused,failure";

        String line() {
            return String.format(Locale.ROOT, "%d,%.2f,%.2f,%.1f,%.1f,%.3f,%.3f,%.3f,%.3f,%.3f,%.3f,%.4f,%.4f,%d,%d,%s",
                    caseId, start, solution, height, prior, east, north, error, sigmaEast, sigmaNorth, attitude * 1000,
                    tiltNorth * 1000, tiltEast * 1000, images, fused, failure == null ? "" : failure.replace(',', ' '));
        }
    }

    public static void main(String[] args) throws IOException, InterruptedException, ExecutionException {
        Scenario nominal = ScenarioReader.read(args[0]).withTrnMode("images");
        long seed = Long.parseLong(args[1]);
        int count = Integer.parseInt(args[2]);
        int threads = Integer.parseInt(args[3]);
        GuidanceDesign design = GuidanceDesign.of(nominal);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Row>> rows = new ArrayList<>();
        for (long k = 0; k < count; k++) {
            long id = k;
            rows.add(pool.submit(() -> fly(nominal, design, seed, id)));
        }
        List<String> lines = new ArrayList<>();
        lines.add("# flight-level image-mode LVS solutions: scenario " + args[0] + " (" + nominal.name()
                + ") with trn.mode images, campaign seed " + seed + ", cases 0-" + (count - 1) + ", code commit "
                + args[4]);
        lines.add("# made by, in vision/: java -cp target/test-classes:target/classes:$(cat target/cp.txt) "
                + "org.skycrane.vision.LvsFlightCalibration " + String.join(" ", args) + " (docs/trn.md)");
        lines.add(Row.HEADER);
        for (Future<Row> f : rows) {
            lines.add(f.get().line());
        }
        pool.shutdown();
        Files.write(Path.of(args[5]), lines);
    }

    /** Case {@code k} of campaign {@code seed}, flown until its LVS solution or failure. */
    static Row fly(Scenario nominal, GuidanceDesign design, long seed, long k) {
        Case c = Case.of(nominal, seed, k);
        FlightOptions asWritten = FlightOptions.asWritten(false);
        FlightOptions options = new FlightOptions(true, asWritten.recordNavigation(), asWritten.openLoop(), asWritten.deploySpeed(),
                asWritten.divert(), null, design);
        TrnReport model = new Simulation(nominal.withTrnMode("model"), c.truth(), asWritten).run().trn();
        if (model == null || Double.isNaN(model.startTime())) {
            return new Row(k, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, 0, "the LVS never started");
        }
        double start = model.startTime();
        double interval = nominal.trn().imageInterval();
        Result r = imageFlight(nominal, c, options, start + (nominal.trn().images() - 1) * interval + MARGIN);
        if (Double.isNaN(r.trn().solutionTime()) && r.trn().failure() != null
                && r.trn().failure().startsWith("the flight ended")) {
            r = imageFlight(nominal, c, options, start + (nominal.trn().maxImages() - 1) * interval + MARGIN);
        }
        TrnReport trn = r.trn();
        if (Math.abs(trn.startTime() - start) > 1e-9) {
            throw new IllegalStateException("case " + k + ": LVS start " + trn.startTime() + " s in images mode, "
                    + start + " s in model mode");
        }
        double prior = Double.NaN;
        for (NavigationSample s : r.navigation()) {
            if (s.time() < start - 1e-9) {
                prior = Math.hypot(s.error()[0], s.error()[1]);
            }
        }
        if (Double.isNaN(trn.solutionTime())) {
            return new Row(k, start, Double.NaN, Double.NaN, prior, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN, Double.NaN, Double.NaN, trn.images(), trn.fused(), trn.failure() + ": " + String.join("; ",
                    trn.frames().stream().map(f -> String.valueOf(f.rejected())).distinct().toList()));
        }
        NavigationSample at = NavigationSample.at(r.navigation(), trn.solutionTime());
        return new Row(k, start, trn.solutionTime(), TrajectorySample.heightAboveGroundAt(r.trajectory(), trn.solutionTime()), prior, at.error()[1],
                at.error()[0], trn.positionError(), at.sigma()[1], at.sigma()[0], at.attitudeError(),
                at.attitudeErrorNed()[0], at.attitudeErrorNed()[1], trn.images(),
                trn.fused(), null);
    }

    private static Result imageFlight(Scenario nominal, Case c, FlightOptions options, double until) {
        SimulationSpec sim = nominal.simulation();
        Scenario cut = new Scenario(nominal.name(), nominal.description(), nominal.planet(), nominal.site(),
                nominal.target(), nominal.atmosphere(), nominal.entry(), nominal.vehicle(), nominal.guidance(),
                nominal.navigation(), nominal.mission(), nominal.sequence(), new SimulationSpec(until, sim.relativeTolerance(),
                sim.outputStep(), sim.integrator()),
                nominal.dispersions(), nominal.faults(), nominal.faultRates(), nominal.terrain(), nominal.trn());
        return new Simulation(cut, c.truth(), options, new RenderedVision()).run();
    }
}
