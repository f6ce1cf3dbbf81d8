package org.skycrane.film;

import static org.skycrane.flight.EdlEvent.BACKSHELL_SEPARATION;
import static org.skycrane.flight.EdlEvent.HEAT_SHIELD_SEPARATION;
import static org.skycrane.flight.EdlEvent.PARACHUTE_DEPLOY;
import static org.skycrane.flight.EdlEvent.SKY_CRANE_START;
import static org.skycrane.flight.EdlEvent.TOUCHDOWN;

import java.util.List;
import org.skycrane.film.camera.CameraRig;
import org.skycrane.film.camera.EdlCamera;
import org.skycrane.film.camera.EdlCameras;
import org.skycrane.film.flight.Footage;
import org.skycrane.flight.EdlEvent;

/**
 * Which view the composed film shows when, cut between the cameras in the style of the film NASA
 * released in February 2021: the parachute from above the backshell, the heat shield falling away
 * and the ground rising from the rover, the rover hanging from the descent stage, the stage flying
 * off from the rover. Before any camera records (entry), and whenever the scheduled camera is not
 * recording, a simulated chase view ({@code null} camera here) follows the vehicle.
 */
final class CutList {

    /** A shot: from {@code event} + {@code offset} (s), show {@code camera}. */
    private record Shot(EdlEvent event, double offset, String camera) {
    }

    private static final List<Shot> SHOTS = List.of(
            new Shot(PARACHUTE_DEPLOY, -1, "puc1"),
            new Shot(HEAT_SHIELD_SEPARATION, 0, "rdc"),
            new Shot(HEAT_SHIELD_SEPARATION, 25, "puc2"),
            new Shot(BACKSHELL_SEPARATION, -8, "puc3"),
            new Shot(BACKSHELL_SEPARATION, 0, "rdc"),
            new Shot(SKY_CRANE_START, 0, "ddc"),
            new Shot(TOUCHDOWN, 0, "ruc"));

    private final Footage footage;
    private final CameraRig rig;

    CutList(Footage footage, CameraRig rig) {
        this.footage = footage;
        this.rig = rig;
    }

    /** The camera shown at {@code t} (s since entry interface), or null for the chase view. */
    EdlCamera at(double t) {
        String chosen = null;
        for (Shot s : SHOTS) {
            double from = footage.time(s.event()) + s.offset();
            if (!Double.isNaN(from) && t >= from) {
                chosen = s.camera();
            }
        }
        if (chosen == null) {
            return null;
        }
        EdlCamera camera = EdlCameras.byName(chosen).orElseThrow();
        double[] window = rig.window(camera);
        return window != null && CameraRig.inWindow(window, t) ? camera : null;
    }
}
