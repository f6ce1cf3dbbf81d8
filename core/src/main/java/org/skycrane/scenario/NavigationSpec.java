package org.skycrane.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * Navigation knowledge error: the navigated state is truth plus these offsets in the local
 * east-north-up frame.
 */
public record NavigationSpec(@JsonProperty("position_error_m") Enu positionError,
                             @JsonProperty("velocity_error_mps") Enu velocityError) {

    public NavigationSpec {
        Check.required("position_error_m", positionError);
        Check.required("velocity_error_mps", velocityError);
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
