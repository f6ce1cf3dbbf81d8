package org.skycrane.vehicle;

/**
 * The whole entry vehicle and its stages, as flown from entry interface. The cruise balance masses
 * are already gone at entry interface.
 *
 * @param capsule            aeroshell aerodynamics
 * @param balanceMassCount   number of entry balance masses
 * @param balanceMass        one entry balance mass and its drag area
 * @param heatShield         heat shield
 * @param backshell          backshell without the parachute; its drag area is used once it falls
 *                           with the parachute
 * @param parachute          the parachute
 * @param descentStage       descent stage and engines
 * @param roverMass          rover (kg)
 * @param bridles            sky crane bridles
 */
public record Vehicle(Capsule capsule, int balanceMassCount, Body balanceMass, Body heatShield, Body backshell,
                      Parachute parachute, DescentStage descentStage, double roverMass, Bridles bridles) {

    /** Mass at entry interface (kg). */
    public double entryMass() {
        return balanceMassCount * balanceMass.mass() + heatShield.mass() + backshell.mass() + parachute.mass()
                + descentStage.dryMass() + descentStage.propellant() + roverMass;
    }
}
