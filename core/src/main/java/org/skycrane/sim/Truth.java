package org.skycrane.sim;

import org.skycrane.dynamics.FlightState;
import org.skycrane.gnc.nav.Navigator;
import org.skycrane.mars.Environment;
import org.skycrane.scenario.Scenario;
import org.skycrane.vehicle.Vehicle;

/**
 * The world as it really is for one flight: atmosphere, vehicle and entry state. The flight software
 * is loaded from the nominal scenario and never sees this directly; a dispersed case differs from
 * the nominal only here.
 *
 * @param environment planet, atmosphere and datums
 * @param vehicle     vehicle
 * @param entry       state at entry interface
 * @param navigator   how the navigated state differs from truth (the knowledge error), or null for
 *                    the scenario's own
 */
public record Truth(Environment environment, Vehicle vehicle, FlightState entry, Navigator navigator) {

    /** A truth with the scenario's own navigation error. */
    public Truth(Environment environment, Vehicle vehicle, FlightState entry) {
        this(environment, vehicle, entry, null);
    }

    /** The truth a scenario describes. */
    public static Truth of(Scenario scenario) {
        Environment environment = scenario.environment();
        Vehicle vehicle = scenario.vehicle().vehicle();
        return new Truth(environment, vehicle, Simulation.entryState(scenario, vehicle.entryMass(), environment));
    }
}
