package org.skycrane.film.camera;

import static org.skycrane.flight.EdlEvent.BACKSHELL_SEPARATION;
import static org.skycrane.flight.EdlEvent.BRIDLE_CUT;
import static org.skycrane.flight.EdlEvent.HEAT_SHIELD_SEPARATION;
import static org.skycrane.flight.EdlEvent.PARACHUTE_DEPLOY;
import static org.skycrane.flight.EdlEvent.SKY_CRANE_START;
import static org.skycrane.flight.EdlEvent.TOUCHDOWN;

import java.util.List;
import java.util.Optional;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.skycrane.film.scene.Hardware;

/**
 * The seven EDL cameras of Mars 2020 (Maki et al. 2020, "The Mars 2020 Engineering Cameras and
 * Microphone on the Perseverance Rover: A Next-Generation Imaging System for Mars Exploration",
 * Space Sci. Rev. 216:137). Published: the set and where each camera is (three parachute up-look
 * cameras on the backshell's parachute support structure, one down-look camera on the descent stage,
 * one up-look and one down-look camera on the rover, and the Lander Vision System camera), that the
 * six documentation cameras are commercial colour CMOS cameras (five of 1.3 megapixels, one of 3.2),
 * that the up-look cameras started recording just before mortar fire, and LCAM's 90° field of view
 * and grayscale detector. ASSUMED (not found in the sources consulted): the pixel formats (the
 * sensors' native 1280 × 1024 and 2048 × 1536, the larger given to the rover down-look camera), 30
 * frames/s for the documentation cameras and 5 frames/s for LCAM, the other fields of view, the exact
 * mounting points and the end of each recording.
 */
public final class EdlCameras {

    /**
     * Exposure of the down-looking cameras relative to the up-looking ones (ASSUMED: a fixed exposure
     * that keeps the sunlit white rover below saturation, as the flown automatic exposure did).
     */
    static final double DOWN_EXPOSURE = 0.6;

    private static final Vector3D FORWARD = Vector3D.PLUS_I;
    private static final Vector3D AFT = Vector3D.MINUS_I;

    /** Every camera, in the order of the flight. */
    public static final List<EdlCamera> ALL = List.of(
            puc(1, 0), puc(2, 120), puc(3, 240),
            new EdlCamera("rdc", "Rover Downlook Camera (RDC)", Mount.ROVER,
                    new Vector3D(Hardware.ROVER_BELLY_X, 0.5, 0.9), FORWARD, Vector3D.PLUS_K, Math.toRadians(60),
                    2048, 1536, 30, false, HEAT_SHIELD_SEPARATION, -1, TOUCHDOWN, 3, DOWN_EXPOSURE),
            new EdlCamera("lcam", "Lander Vision System Camera (LCAM)", Mount.ROVER,
                    new Vector3D(Hardware.ROVER_BELLY_X, 0, 1.4), FORWARD, Vector3D.PLUS_K, Math.toRadians(90),
                    1024, 1024, 5, true, HEAT_SHIELD_SEPARATION, 0, BACKSHELL_SEPARATION, 0, DOWN_EXPOSURE),
            new EdlCamera("ddc", "Descent Stage Downlook Camera (DDC)", Mount.DESCENT_STAGE,
                    new Vector3D(Hardware.STAGE_BOTTOM_X, 0.35, -0.35), FORWARD, Vector3D.PLUS_K, Math.toRadians(60),
                    1280, 1024, 30, false, BACKSHELL_SEPARATION, 0, BRIDLE_CUT, 2, DOWN_EXPOSURE),
            new EdlCamera("ruc", "Rover Uplook Camera (RUC)", Mount.ROVER,
                    new Vector3D(Hardware.ROVER_DECK_X, -0.5, 0.6), AFT, Vector3D.PLUS_K, Math.toRadians(60),
                    1280, 1024, 30, false, SKY_CRANE_START, -3, BRIDLE_CUT, 8, 1.0));

    private EdlCameras() {
    }

    /**
     * A parachute up-look camera: on the support structure's top, 0.45 m off the axis at {@code azimuth}
     * (deg), looking straight up the axis at the canopy, from 1 s before mortar fire until the backshell
     * (and its cable to the recorder) separates.
     */
    private static EdlCamera puc(int n, double azimuth) {
        double a = Math.toRadians(azimuth);
        Vector3D position = new Vector3D(Hardware.SUPPORT_TOP_X - 0.02, 0.45 * Math.cos(a), 0.45 * Math.sin(a));
        Vector3D down = new Vector3D(0, Math.cos(a), Math.sin(a));
        return new EdlCamera("puc" + n, "Parachute Uplook Camera " + (char) ('A' + n - 1) + " (PUC)",
                Mount.BACKSHELL, position, AFT, down, Math.toRadians(50), 1280, 1024, 30, false,
                PARACHUTE_DEPLOY, -1, BACKSHELL_SEPARATION, 0, 1.0);
    }

    /** The camera called {@code name}, if there is one. */
    public static Optional<EdlCamera> byName(String name) {
        return ALL.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The names, for messages. */
    public static List<String> names() {
        return ALL.stream().map(EdlCamera::name).toList();
    }
}
