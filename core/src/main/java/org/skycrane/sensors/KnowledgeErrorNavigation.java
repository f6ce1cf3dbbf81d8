package org.skycrane.sensors;

import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.gnc.nav.NavState;
import org.skycrane.mars.Geodesy;

/**
 * Truth plus a constant knowledge error, expressed in the local east-north-up frame of the
 * vehicle: the initial-state error of the last navigation update before entry, carried unchanged
 * (an IMU-only dead reckoning that neither grows nor corrects it).
 *
 * @param positionError east, north, up (m)
 * @param velocityError east, north, up (m/s)
 */
public record KnowledgeErrorNavigation(Vector3D positionError, Vector3D velocityError) implements NavigationModel {

    @Override
    public NavState navigate(double time, Vector3D position, Vector3D velocity, Vector3D sensedAcceleration) {
        Vector3D east = Geodesy.east(position);
        Vector3D north = Geodesy.north(position);
        Vector3D up = Geodesy.up(position);
        Vector3D dr = east.scalarMultiply(positionError.getX()).add(north.scalarMultiply(positionError.getY()))
                .add(up.scalarMultiply(positionError.getZ()));
        Vector3D dv = east.scalarMultiply(velocityError.getX()).add(north.scalarMultiply(velocityError.getY()))
                .add(up.scalarMultiply(velocityError.getZ()));
        return new NavState(time, position.add(dr), velocity.add(dv), sensedAcceleration);
    }
}
