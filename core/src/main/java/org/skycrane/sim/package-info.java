/**
 * The simulator: flies a scenario arc by arc between flight-software ticks, with the next transition
 * as an integrator event, and designs the guidance it loads. Pitfall: Truth (the dispersed world) and
 * the nominal scenario (what flight software is loaded from) are separate on purpose.
 */
package org.skycrane.sim;
