/**
 * The entry vehicle and its stages as data (capsule, parachute, engines, descent stage, bridles),
 * the actuator commands, and the attitude response to a bank command. Pitfall: Commands are what
 * flight software asks for; the engines and the attitude system deliver within their limits.
 */
package org.skycrane.vehicle;
