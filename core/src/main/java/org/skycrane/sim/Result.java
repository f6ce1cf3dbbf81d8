package org.skycrane.sim;

import java.util.List;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.mars.Geodesy;
import org.skycrane.scenario.Scenario;

/**
 * Everything a run produced, including a partial record when it ended early.
 *
 * @param scenario   scenario name
 * @param outcome    how it ended
 * @param reason     a sentence on why, for outcomes other than LANDED
 * @param timeline   events in order
 * @param peaks      largest values
 * @param touchdown  the rover's touchdown, or null
 * @param impacts    jettisoned bodies' impacts
 * @param trajectory samples at the output step (empty unless asked for)
 * @param target     the landing target
 * @param recontact  how close jettisoned hardware came back to the vehicle (NaN unless the trajectory
 *                   was recorded)
 * @param navigation the navigation filter at each flight-software tick (empty without a filter)
 * @param trn        terrain-relative navigation's record, or null when it did not fly
 */
public record Result(String scenario, Outcome outcome, String reason, Timeline timeline, Peaks peaks,
                     Touchdown touchdown, List<Impact> impacts, List<TrajectorySample> trajectory, Target target,
                     Recontact recontact, List<NavigationSample> navigation, TrnReport trn) {

    /**
     * The landing target.
     *
     * @param latitude  planetocentric (rad)
     * @param longitude east (rad)
     * @param elevation above the areoid (m)
     * @param radius    distance from the centre (m), the sphere on which ranges are measured
     */
    public record Target(double latitude, double longitude, double elevation, double radius) {

        /** The target a scenario names. */
        public static Target of(Scenario scenario) {
            var t = scenario.target();
            return new Target(Math.toRadians(t.latitudeDeg()), Math.toRadians(t.longitudeDeg()), t.elevation(),
                    scenario.site().areoidRadius() + t.elevation());
        }

        /** Position, Mars-fixed (m). */
        public Vector3D position() {
            return Geodesy.position(latitude, longitude, radius);
        }

        /** Ground distance from a position to the target (m). */
        public double distance(Vector3D from) {
            return Vector3D.angle(from, position()) * radius;
        }
    }
}
