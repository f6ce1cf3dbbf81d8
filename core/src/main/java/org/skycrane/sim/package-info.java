/**
 * The simulator: builds the flight software and its sequence table from the nominal scenario,
 * flies the truth arc by arc between flight-software ticks with the armed rows as integrator events,
 * records the truth beside the onboard view, and designs the guidance it loads. Pitfall: Truth (the
 * dispersed world) and the nominal scenario (what flight software is loaded from) are separate on
 * purpose; a decision reads the onboard view, a physical event the truth.
 */
package org.skycrane.sim;
