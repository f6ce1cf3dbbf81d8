package org.skycrane.sim;

import java.util.List;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.dynamics.FlightState;
import org.skycrane.mars.Environment;
import org.skycrane.mars.Geodesy;
import org.skycrane.scenario.EntrySpec;
import org.skycrane.scenario.FaultSpec;
import org.skycrane.scenario.Scenario;
import org.skycrane.sensors.KnowledgeErrorNavigation;
import org.skycrane.sensors.NavigationModel;
import org.skycrane.sensors.PerfectNavigation;
import org.skycrane.vehicle.Vehicle;

/**
 * The world as it really is for one flight: atmosphere, vehicle, entry state and how the navigation
 * solution errs. The flight software is loaded from the nominal scenario and never sees this
 * directly; a dispersed case differs from the nominal only here.
 *
 * @param environment planet, atmosphere and datums
 * @param vehicle     vehicle
 * @param entry       state at entry interface
 * @param navigator   how the navigation solution differs from truth, or null for the scenario's own
 * @param sensorSeed  seed of this flight's sensor and knowledge errors, all drawn; null for a nominal
 *                    flight (only the sensors' white noise, from the scenario's navigation seed)
 * @param faults      the faults this flight suffers, or null for the scenario's own {@code faults:}
 */
public record Truth(Environment environment, Vehicle vehicle, FlightState entry, NavigationModel navigator,
                    Long sensorSeed, List<FaultSpec> faults) {

    public Truth {
        faults = faults == null ? null : List.copyOf(faults);
    }

    /** A truth with its own navigation model and sensor seed, and the scenario's faults. */
    public Truth(Environment environment, Vehicle vehicle, FlightState entry, NavigationModel navigator,
                 Long sensorSeed) {
        this(environment, vehicle, entry, navigator, sensorSeed, null);
    }

    /** A truth with the scenario's own navigation error. */
    public Truth(Environment environment, Vehicle vehicle, FlightState entry) {
        this(environment, vehicle, entry, null, null, null);
    }

    /** A truth with its own navigation model and nominal sensors. */
    public Truth(Environment environment, Vehicle vehicle, FlightState entry, NavigationModel navigator) {
        this(environment, vehicle, entry, navigator, null, null);
    }

    /** The truth a scenario describes. */
    public static Truth of(Scenario scenario) {
        Environment environment = scenario.environment();
        Vehicle vehicle = scenario.vehicle().vehicle();
        return new Truth(environment, vehicle, entryState(scenario.entry(), vehicle.entryMass(), environment));
    }

    /** The avionics of this flight when the scenario flies a navigation filter, else null. */
    Avionics avionics(Scenario scenario) {
        var filter = scenario.navigation().filter();
        if (filter == null) {
            return null;
        }
        return NavigationSetup.create(filter, this, sensorSeed != null ? sensorSeed : filter.seed(), sensorSeed == null);
    }

    /** The faults of this flight: its own, or the scenario's. */
    public List<FaultSpec> faults(Scenario scenario) {
        return faults != null ? faults : scenario.faults();
    }

    /** The navigation model of this truth: its own, or the scenario's knowledge error (perfect when zero). */
    NavigationModel navigation(Scenario scenario) {
        if (navigator != null) {
            return navigator;
        }
        var n = scenario.navigation();
        if (n.positionError().isZero() && n.velocityError().isZero()) {
            return new PerfectNavigation();
        }
        return new KnowledgeErrorNavigation(n.positionError().vector(), n.velocityError().vector());
    }

    /**
     * The state at entry interface, planet-relative, from an entry block. An inertial speed and
     * flight-path angle have the frame rotation ω × r removed.
     */
    public static FlightState entryState(EntrySpec e, double mass, Environment environment) {
        Vector3D r = Geodesy.position(Math.toRadians(e.latitudeDeg()), Math.toRadians(e.longitudeDeg()), e.radius());
        double gamma = Math.toRadians(e.flightPathAngleDeg());
        double psi = Math.toRadians(e.headingDeg());
        Vector3D horizontal = Geodesy.east(r).scalarMultiply(Math.sin(psi)).add(Geodesy.north(r).scalarMultiply(Math.cos(psi)));
        Vector3D v = horizontal.scalarMultiply(e.speed() * Math.cos(gamma))
                .add(Geodesy.up(r).scalarMultiply(e.speed() * Math.sin(gamma)));
        if (e.speedFrame() == EntrySpec.Frame.INERTIAL) {
            v = v.subtract(Vector3D.crossProduct(environment.planet().spin(), r));
        }
        return new FlightState(0.0, r, v, mass, 0.0);
    }
}
