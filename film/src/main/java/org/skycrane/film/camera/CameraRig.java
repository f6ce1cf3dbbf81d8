package org.skycrane.film.camera;

import org.hipparchus.geometry.euclidean.threed.RotationConvention;
import org.skycrane.film.flight.Footage;
import org.skycrane.film.flight.StackState;
import org.skycrane.film.scene.FlightScene;
import org.skycrane.render.camera.PinholeCamera;
import org.skycrane.render.scene.Pose;

/** Where each camera is and looks at any instant of a flight, and when it records. */
public final class CameraRig {

    private final FlightScene scene;

    public CameraRig(FlightScene scene) {
        this.scene = scene;
    }

    /** The flight this rig films. */
    public FlightScene scene() {
        return scene;
    }

    /** The pose of the part {@code mount} at {@code t}. */
    public Pose mountPose(Mount mount, double t) {
        Footage footage = scene.footage();
        StackState stack = footage.at(t);
        Pose stackPose = new Pose(stack.position(), stack.attitude());
        return switch (mount) {
            case DESCENT_STAGE -> stackPose;
            case ROVER -> scene.roverPose(t);
            case BACKSHELL -> {
                Pose p = scene.backshellPose(t, stack, stackPose);
                yield p == null ? stackPose : p;
            }
        };
    }

    /** The pinhole camera of {@code camera} at {@code t}. */
    public PinholeCamera at(EdlCamera camera, double t) {
        Pose mount = mountPose(camera.mount(), t);
        return new PinholeCamera(camera.width(), camera.height(), camera.horizontalFov(),
                mount.position().add(mount.attitude().applyTo(camera.position())),
                mount.attitude().compose(camera.cameraToBody(), RotationConvention.VECTOR_OPERATOR),
                PinholeCamera.DEFAULT_NEAR, camera.exposure());
    }

    /**
     * The recording window of {@code camera} in this flight (s since entry interface):
     * {start, stop}, or null when its start event did not happen. A stop event that did not happen
     * ends the window with the record.
     */
    public double[] window(EdlCamera camera) {
        Footage footage = scene.footage();
        double start = footage.time(camera.start());
        if (Double.isNaN(start)) {
            return null;
        }
        double stop = footage.time(camera.stop());
        double end = Double.isNaN(stop) ? footage.end() : Math.min(footage.end(), stop + camera.stopOffset());
        double from = Math.max(footage.start(), start + camera.startOffset());
        return end > from ? new double[] {from, end} : null;
    }

    /** Number of frames of {@code camera} in {@code window}: from its start at the camera's frame rate. */
    public static int frameCount(EdlCamera camera, double[] window) {
        return (int) Math.floor((window[1] - window[0]) * camera.frameRate() + 1e-9) + 1;
    }

    /** Whether {@code t} lies in {@code window}. */
    public static boolean inWindow(double[] window, double t) {
        return t >= window[0] - 1e-9 && t <= window[1] + 1e-9;
    }
}
