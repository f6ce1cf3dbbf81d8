package org.skycrane.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * Navigation: either a navigation filter fusing the IMU and the radar ({@code filter}, see
 * {@link FilterSpec}), or, without one, a constant knowledge error: the navigated state is truth plus
 * these offsets in the local east-north-up frame (zero: perfect knowledge). The offsets add to the
 * filter's solution when both are given.
 */
public record NavigationSpec(@JsonProperty("position_error_m") Enu positionError,
                             @JsonProperty("velocity_error_mps") Enu velocityError,
                             @JsonProperty("filter") FilterSpec filter) {

    /** Largest horizontal knowledge error (m) per axis. */
    public static final double MAX_HORIZONTAL = 10_000;
    /** Largest vertical knowledge error (m). */
    public static final double MAX_VERTICAL = 1_000;
    /** Largest velocity knowledge error (m/s) per axis. */
    public static final double MAX_VELOCITY = 50;

    public NavigationSpec {
        Check.required("position_error_m", positionError);
        Check.required("velocity_error_mps", velocityError);
        String why = "beyond this the flight software cannot absorb it: ";
        Check.range("position_error_m.east", positionError.east(), -MAX_HORIZONTAL, MAX_HORIZONTAL, "m",
                why + "entry guidance and the 600 m divert steer to a point km away");
        Check.range("position_error_m.north", positionError.north(), -MAX_HORIZONTAL, MAX_HORIZONTAL, "m",
                why + "entry guidance and the 600 m divert steer to a point km away");
        Check.range("position_error_m.up", positionError.up(), -MAX_VERTICAL, MAX_VERTICAL, "m",
                why + "the height triggers, such as backshell separation at 2,100 m, fire on the wrong side of the ground");
        for (String axis : new String[] {"east", "north", "up"}) {
            double v = axis.equals("east") ? velocityError.east() : axis.equals("north") ? velocityError.north()
                    : velocityError.up();
            Check.range("velocity_error_mps." + axis, v, -MAX_VELOCITY, MAX_VELOCITY, "m/s",
                    why + "powered descent nulls the velocity to within 1 m/s and the parachute phase lasts about 100 s");
        }
    }

    /** East, north, up components. */
    public record Enu(@JsonProperty("east") Double east, @JsonProperty("north") Double north,
                      @JsonProperty("up") Double up) {
        public Enu {
            Check.finite("east", east);
            Check.finite("north", north);
            Check.finite("up", up);
        }

        public Vector3D vector() {
            return new Vector3D(east, north, up);
        }

        public boolean isZero() {
            return east == 0 && north == 0 && up == 0;
        }
    }
}
