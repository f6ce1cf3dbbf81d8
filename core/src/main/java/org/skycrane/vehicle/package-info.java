/**
 * The entry vehicle and its stages as data (capsule, parachute, engines, descent stage, bridles),
 * the stack of what is still attached and the effects events have on it, the actuator commands, and
 * the attitude response to a bank command. Pitfall: Commands are what flight software asks for; the
 * engines and the attitude system deliver within their limits.
 */
package org.skycrane.vehicle;
