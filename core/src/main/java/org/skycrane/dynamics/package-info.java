/**
 * 3-DOF translational dynamics in the Mars-fixed rotating frame: state, forces, derived flight
 * conditions. EquationsOfMotion is the only class that sees the integrator arrays. Pitfall: velocity
 * is planet-relative; an inertial entry speed must have the frame rotation removed first.
 */
package org.skycrane.dynamics;
