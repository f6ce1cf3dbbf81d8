/**
 * Earth's view of a landing: time scales (UTC, TAI, TT), approximate planet positions, one-way
 * light time, Mars time (Mars24), the orientation of Mars, direct-to-Earth and relay-orbiter
 * visibility, and the mission-control timeline that turns spacecraft event times (SCET) into
 * Earth-received times (ERT) with call-outs.
 *
 * <p>Pitfall: every {@link java.time.Instant} here is UTC, but the models run on TT seconds since
 * J2000 ({@link org.skycrane.earth.TimeScales#ttSinceJ2000(java.time.Instant)}). Add light time in TT
 * ({@link org.skycrane.earth.TimeScales#plusTt(java.time.Instant, double)}), never by
 * adding seconds to a UTC date across a leap second.
 */
package org.skycrane.earth;
