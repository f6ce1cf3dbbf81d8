package org.skycrane.vehicle;

/**
 * The powered descent vehicle's descent stage.
 *
 * @param dryMass    without propellant (kg)
 * @param propellant loaded at entry (kg)
 * @param engines    the Mars Lander Engines
 * @param dragArea   C_D·A of descent stage with rover in powered flight (m²)
 */
public record DescentStage(double dryMass, double propellant, Engines engines, double dragArea) {
}
