/**
 * Verification against published check cases: NASA's NESC atmospheric check cases (a sphere dropped
 * from 30,000 ft, NASA/TM-2015-218675), their definitions converted to SI, a reader of NASA's time
 * histories, and the comparison of a Skycrane trajectory with the family of NASA tools (median,
 * spread, outliers with their reasons, pass or fail).
 *
 * <p>Pitfall: the family is not the same for every quantity. A tool counts only for the columns it
 * publishes, and a tool that demonstrably solved a different problem (another initial state, another
 * gravity, an atmosphere that is not the one the case specifies) is set aside, with the measured
 * reason, before the median is taken; see {@link org.skycrane.verification.Screening}.
 */
package org.skycrane.verification;
