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
 * @param attitude   the flying stack's truth attitude and thrust at each trajectory sample (empty unless
 *                   the trajectory was recorded)
 * @param tracks     each jettisoned body's flight to the ground, sampled at the output step, by name
 *                   order (empty unless the trajectory was recorded)
 * @param trn        terrain-relative navigation's record, or null when it did not fly
 */
public record Result(String scenario, Outcome outcome, String reason, Timeline timeline, Peaks peaks,
                     Touchdown touchdown, List<Impact> impacts, List<TrajectorySample> trajectory, Target target,
                     Recontact recontact, List<NavigationSample> navigation, List<AttitudeSample> attitude,
                     List<BodyTrack> tracks, TrnReport trn) {

    public Result {
        attitude = List.copyOf(attitude);
        tracks = List.copyOf(tracks);
    }

    /** The track of the jettisoned body {@code name} (e.g. {@code heat_shield}), or null. */
    public BodyTrack track(String name) {
        return tracks.stream().filter(t -> t.body().equals(name)).findFirst().orElse(null);
    }

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
