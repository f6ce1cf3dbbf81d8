package org.skycrane.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.DiskCache;
import org.skycrane.dynamics.FlightConditions;
import org.skycrane.dynamics.FlightState;
import org.skycrane.dynamics.NumericalFailure;
import org.skycrane.flight.EdlEvent;
import org.skycrane.flight.Phase;
import org.skycrane.gnc.guidance.ReferenceTrajectory;
import org.skycrane.mars.Environment;
import org.skycrane.mars.Geodesy;
import org.skycrane.math.Curve;
import org.skycrane.scenario.Scenario;
import org.skycrane.scenario.SequenceSpec;
import org.skycrane.vehicle.Vehicle;

/**
 * What the flight software is loaded with before entry, computed by the program from the nominal
 * scenario (as a mission's ground software would) and cached per scenario so Monte Carlo cases
 * reuse it (in memory, and in the {@link DiskCache} for later runs: {@link GuidanceDesignStore}):
 * <ul>
 * <li>the entry reference: the full model flown open loop with the bank schedule (lift up below the
 *     heading-alignment speed), tabulated against speed down to the end of range control, with range
 *     to go measured to the reference's own touchdown point, so the parachute and powered descent
 *     are inside it; the influence coefficients come from a planar model of the same flight;</li>
 * <li>for the range trigger, the distance flown from parachute deploy to touchdown against deploy
 *     speed, from open-loop nominal runs deployed at a ladder of speeds.</li>
 * </ul>
 *
 * @param reference        entry reference trajectory
 * @param referenceBank    its bank magnitude against speed (rad)
 * @param chuteDistance    deploy to touchdown (m) against deploy speed (m/s); null unless RANGE
 */
public record GuidanceDesign(ReferenceTrajectory reference, Curve referenceBank, Curve chuteDistance) {

    private static final Map<Scenario, GuidanceDesign> CACHE = new ConcurrentHashMap<>();

    /** The scenario cannot be guided as set up: its reference flight does not land. */
    public static final class DesignException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DesignException(String message) {
            super(message);
        }
    }

    /** The design for a scenario, computed once. */
    public static GuidanceDesign of(Scenario scenario) {
        return CACHE.computeIfAbsent(scenario, s -> {
            try {
                return GuidanceDesignStore.get(DiskCache.shared(), s, () -> compute(s));
            } catch (NumericalFailure | MathIllegalStateException e) {
                throw new DesignException("the guidance design failed: " + e.getMessage());
            }
        });
    }

    /** The design computed, without the caches. */
    static GuidanceDesign compute(Scenario scenario) {
        Environment environment = scenario.environment();
        Vehicle vehicle = scenario.vehicle().vehicle();
        SequenceSpec seq = scenario.sequence();
        double endSpeed = seq.straightenUp().speed();
        double haSpeed = scenario.guidance().headingAlignmentSpeed();
        Curve schedule = seq.bankSchedule();
        double[] v = new double[81];
        double[] bank = new double[81];
        double top = Math.max(scenario.entry().speed() * 1.2, 8000);
        for (int i = 0; i < v.length; i++) {
            v[i] = top * i / (v.length - 1);
            double magnitude = Math.abs(schedule.value(v[i]));
            // Heading alignment nulls the crossrange within seconds and then flies lift nearly up, so
            // the reference flies lift up below its speed: that is what the vehicle will do.
            bank[i] = v[i] < haSpeed ? 0.0 : magnitude;
        }
        Curve referenceBank = Curve.of(v, bank);
        FlightState entry = Truth.entryState(scenario.entry(), vehicle.entryMass(), environment);
        double speed = entry.velocity().getNorm();
        double radius = entry.position().getNorm();
        double gamma = Math.asin(Vector3D.dotProduct(entry.velocity(), entry.position()) / (speed * radius));
        var capsule = vehicle.capsule();
        double omega = environment.planet().rotationRate();
        double latitude = Geodesy.latitude(entry.position());
        double heading = Math.atan2(Vector3D.dotProduct(entry.velocity(), Geodesy.east(entry.position())),
                Vector3D.dotProduct(entry.velocity(), Geodesy.north(entry.position())));
        ReferenceTrajectory.Model model = new ReferenceTrajectory.Model(environment.atmosphere(),
                environment.site().areoidRadius(), environment.planet().gm(), vehicle.entryMass(),
                capsule.referenceArea(), capsule.dragCoefficient(), capsule.liftToDrag(), referenceBank,
                2 * omega * Math.cos(latitude) * Math.sin(heading), omega * omega * Math.cos(latitude) * Math.cos(latitude),
                Math.max(haSpeed, endSpeed), endSpeed);
        double guidedEnd = Math.max(haSpeed, endSpeed);
        var deploy = seq.parachuteDeploy();
        // The deploy the design is centred on: the velocity trigger's speed, or for the range trigger its
        // nominal speed (speed_mps) if given, so the range trigger corrects about it.
        double nominalDeploy = deploy.speed() != null ? deploy.speed()
                : deploy.onRange() ? 0.5 * (deploy.backupSpeed() + endSpeed)
                : 0.9 * endSpeed;
        // Influence coefficients follow a perturbation all the way to deploy, since range to go runs to
        // touchdown; past that the parachute phase hardly depends on the entry state.
        ReferenceTrajectory planar = ReferenceTrajectory.compute(model, speed, gamma,
                radius - environment.site().areoidRadius(), Math.min(nominalDeploy, endSpeed), 60);
        // The reference flown in the full model, open loop: range to go is the distance to its own
        // touchdown, so parachute, powered descent and the rotating planet are all in it.
        Result flown = openLoop(scenario, environment, vehicle, nominalDeploy, referenceBank, true);
        if (flown.touchdown() == null) {
            throw new DesignException("the guidance reference flight did not land (" + flown.outcome() + ": "
                    + flown.reason() + "); the scenario cannot be guided as set up");
        }
        Vector3D landing = Geodesy.position(flown.touchdown().latitude(),
                flown.touchdown().longitude(), 1);
        List<double[]> rows = new ArrayList<>();
        double previous = Double.POSITIVE_INFINITY;
        boolean slowing = false;
        for (TrajectorySample sample : flown.trajectory()) {
            if (sample.phase() != Phase.ENTRY) {
                break;
            }
            slowing |= sample.decelerationEarthG() * FlightConditions.EARTH_G > scenario.guidance().rangeControlDrag() / 2;
            if (!slowing || sample.speed() >= previous) {
                continue;
            }
            previous = sample.speed();
            rows.add(new double[] {sample.speed(),
                Vector3D.angle(sample.position(), landing) * environment.site().surfaceRadius(),
                sample.decelerationEarthG() * FlightConditions.EARTH_G, sample.verticalSpeed()});
            if (sample.speed() < guidedEnd) {
                break;
            }
        }
        Collections.reverse(rows);
        int n = rows.size();
        double[] tv = new double[n];
        double[] tr = new double[n];
        double[] td = new double[n];
        double[] trdot = new double[n];
        for (int i = 0; i < n; i++) {
            tv[i] = rows.get(i)[0];
            tr[i] = rows.get(i)[1];
            td[i] = rows.get(i)[2];
            trdot[i] = rows.get(i)[3];
        }
        ReferenceTrajectory reference = planar.withFlownTables(tv, tr, td, trdot);

        Curve chute = null;
        if (deploy.onRange()) {
            int k = 6;
            double[] speeds = new double[k];
            double[] distances = new double[k];
            for (int i = 0; i < k; i++) {
                speeds[i] = deploy.backupSpeed() + (endSpeed - 1 - deploy.backupSpeed()) * i / (k - 1);
                Result run = openLoop(scenario, environment, vehicle, speeds[i], referenceBank, false);
                distances[i] = groundDistance(environment, run,
                        run.timeline().first(EdlEvent.PARACHUTE_DEPLOY).orElseThrow().conditions().position());
            }
            chute = Curve.of(speeds, distances);
        }
        return new GuidanceDesign(reference, referenceBank, chute);
    }

    private static Result openLoop(Scenario scenario, Environment environment, Vehicle vehicle, double deploySpeed,
                                   Curve bank, boolean record) {
        FlightOptions options = new FlightOptions(record, record, true, deploySpeed, false, bank, null);
        return new Simulation(scenario, new Truth(environment, vehicle,
                Truth.entryState(scenario.entry(), vehicle.entryMass(), environment)), options).run();
    }

    private static double groundDistance(Environment environment, Result run, Vector3D start) {
        if (run.touchdown() == null) {
            throw new DesignException("a range-trigger design run did not land (" + run.outcome() + ": "
                    + run.reason() + "); the scenario cannot be guided as set up");
        }
        Vector3D end = Geodesy.position(run.touchdown().latitude(), run.touchdown().longitude(), 1);
        return Vector3D.angle(start, end) * environment.site().surfaceRadius();
    }
}
