package org.skycrane.vehicle;

/**
 * A piece of hardware that leaves the stack and falls on its own.
 *
 * @param mass     kg
 * @param dragArea drag coefficient times reference area, C_D·A (m²)
 */
public record Body(double mass, double dragArea) {
}
