package org.skycrane.sim.montecarlo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.mars.Environment;
import org.skycrane.scenario.AtmosphereSpec;
import org.skycrane.scenario.DispersionSpec;
import org.skycrane.scenario.EntrySpec;
import org.skycrane.scenario.FaultSpec;
import org.skycrane.scenario.Scenario;
import org.skycrane.sensors.KnowledgeErrorNavigation;
import org.skycrane.sim.Simulation;
import org.skycrane.sim.Truth;
import org.skycrane.vehicle.Capsule;
import org.skycrane.vehicle.DescentStage;
import org.skycrane.vehicle.Engines;
import org.skycrane.vehicle.Parachute;
import org.skycrane.vehicle.Vehicle;

/**
 * One dispersed case: the values drawn for case {@code k} of campaign seed {@code s}, and the truth
 * they make. A pure function of (scenario, s, k). The flight software is still loaded from the
 * nominal scenario by {@link Simulation}; only the truth is dispersed.
 *
 * @param caseId  k
 * @param seed    s, the campaign seed
 * @param drawn   drawn values, in the order of {@link #columns()}
 * @param profile Mars-GRAM profile drawn (0–199), or −1 when the scenario's own profile is flown
 * @param truth   the world of this case
 */
public record Case(long caseId, long seed, double[] drawn, int profile, Truth truth) {

    /** Column names of the drawn values, in order. */
    public static List<String> columns() {
        return Draw.ALL.stream().map(Draw::column).toList();
    }

    /** Case {@code k} of the campaign with seed {@code s} over {@code nominal}. */
    public static Case of(Scenario nominal, long seed, long k) {
        DispersionSpec spec = nominal.dispersions();
        double[] d = new double[Draw.ALL.size()];
        int profile = -1;
        if (spec != null) {
            for (int i = 0; i < d.length; i++) {
                var entry = Draw.ALL.get(i).spec().apply(spec);
                if (entry != null) {
                    d[i] = Dispersion.of(entry).sample(CaseSeed.stream(seed, k, i));
                }
            }
            if (spec.drawsAtmosphereProfile() && nominal.atmosphere().model() == AtmosphereSpec.Model.TABLE) {
                profile = CaseSeed.stream(seed, k, Draw.PROFILE_SLOT).nextInt(200);
            }
        }
        long sensors = CaseSeed.stream(seed, k, Draw.SENSOR_SLOT).nextLong();
        return new Case(k, seed, d, profile, truth(nominal, d, profile, sensors, faults(nominal, seed, k)));
    }

    /**
     * The faults case {@code k} suffers: the scenario's own, and each {@code fault_rates} entry drawn
     * with its probability from its own stream (an engine_out without an engine fails one drawn
     * uniformly). Null when the scenario gives no rates, so the truth flies the scenario's faults.
     */
    static List<FaultSpec> faults(Scenario nominal, long seed, long k) {
        List<FaultSpec> rates = nominal.faultRates();
        if (rates.isEmpty()) {
            return null;
        }
        List<FaultSpec> out = new ArrayList<>(nominal.faults());
        int engines = nominal.vehicle().vehicle().descentStage().engines().count();
        for (int i = 0; i < rates.size(); i++) {
            FaultSpec f = rates.get(i);
            SplittableRandom random = CaseSeed.stream(seed, k, Draw.FAULT_SLOT + i);
            boolean happens = random.nextDouble() < f.probability();
            int engine = 1 + random.nextInt(engines);
            if (happens && !(f.kind().equals("engine_out") && out.stream().anyMatch(o -> o.kind().equals("engine_out")))) {
                out.add(f.drawn(f.kind().equals("engine_out") ? engine : null));
            }
        }
        return out;
    }

    private static Truth truth(Scenario nominal, double[] d, int profile, long sensors, List<FaultSpec> faults) {
        Environment base = nominal.environment();
        var spec = nominal.dispersions();
        var wind = spec != null && spec.windProfile() != null ? spec.windProfile() : nominal.atmosphere().wind();
        Environment environment = base.withAtmosphere(nominal.atmosphere().atmosphere(profile,
                1 + d[Draw.DENSITY] / 100, wind, 1 + d[Draw.WIND_SPEED] / 100, Math.toRadians(d[Draw.WIND_DIRECTION])));
        Vehicle v = nominal.vehicle().vehicle();
        Capsule c = v.capsule();
        Capsule capsule = c.scaled(1 + d[Draw.CAPSULE_CD] / 100, 1 + d[Draw.CAPSULE_LD] / 100);
        Parachute parachute = v.parachute().scaled(1 + d[Draw.PARACHUTE_CD] / 100);
        DescentStage s = v.descentStage();
        Engines engines = s.engines().scaled(1 + d[Draw.THRUST] / 100, 1 + d[Draw.ISP] / 100);
        DescentStage stage = new DescentStage(s.dryMass() + d[Draw.MASS], s.propellant(), engines, s.dragArea());
        Vehicle vehicle = new Vehicle(capsule, v.balanceMassCount(), v.balanceMass(), v.heatShield(), v.backshell(),
                parachute, stage, v.roverMass(), v.bridles());

        EntrySpec en = nominal.entry();
        double lat = Math.toRadians(en.latitudeDeg());
        EntrySpec entry = new EntrySpec(en.radius(),
                en.latitudeDeg() + Math.toDegrees(d[Draw.NORTH] / en.radius()),
                en.longitudeDeg() + Math.toDegrees(d[Draw.EAST] / (en.radius() * Math.cos(lat))),
                en.speed() + d[Draw.SPEED], en.speedFrame(),
                en.flightPathAngleDeg() + d[Draw.FPA], en.headingDeg() + d[Draw.HEADING]);

        var nav = nominal.navigation();
        Vector3D position = nav.positionError().vector().add(new Vector3D(d[Draw.NAV_POSITION], d[Draw.NAV_POSITION + 1],
                d[Draw.NAV_POSITION + 2]));
        Vector3D velocity = nav.velocityError().vector().add(new Vector3D(d[Draw.NAV_VELOCITY], d[Draw.NAV_VELOCITY + 1],
                d[Draw.NAV_VELOCITY + 2]));
        boolean perfect = position.equals(Vector3D.ZERO) && velocity.equals(Vector3D.ZERO);
        return new Truth(environment, vehicle, Truth.entryState(entry, vehicle.entryMass(), environment),
                perfect ? null : new KnowledgeErrorNavigation(position, velocity),
                nominal.navigation().filter() != null ? sensors : null, faults);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Case c && c.caseId == caseId && c.seed == seed && Arrays.equals(c.drawn, drawn)
                && c.profile == profile;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(caseId) * 31 + Arrays.hashCode(drawn);
    }
}
