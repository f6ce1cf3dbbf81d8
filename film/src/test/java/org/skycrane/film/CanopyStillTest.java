package org.skycrane.film;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.skycrane.canopy.CanopyCode;
import org.skycrane.canopy.CanopyImageReader;
import org.skycrane.film.camera.CameraRig;
import org.skycrane.film.camera.EdlCamera;
import org.skycrane.film.camera.EdlCameras;
import org.skycrane.film.scene.FlightScene;
import org.skycrane.flight.EdlEvent;
import org.skycrane.render.gl.Renderer;

class CanopyStillTest {

    @Test
    @DisplayName("the PUC frame 3 s after Mars 2020's mortar fire, at the camera's own 1280 x 1024, reads DARE MIGHTY THINGS at JPL")
    void upLookStillDecodes() throws Exception {
        FlightScene scene = Flights.mars2020Scene();
        EdlCamera puc = EdlCameras.byName("puc1").orElseThrow();
        double t = scene.footage().time(EdlEvent.PARACHUTE_DEPLOY) + CameraReel.CANOPY_STILL_DELAY;
        BufferedImage still;
        try (Renderer renderer = new Renderer()) {
            still = CameraReel.still(renderer, scene, new CameraRig(scene), puc, t);
        }
        Path out = Path.of("target", "film-test");
        Files.createDirectories(out);
        ImageIO.write(still, "png", out.resolve("puc1-PARACHUTE_DEPLOY+3s.png").toFile());
        assertThat(still.getWidth()).isEqualTo(1280);
        CanopyCode code = CanopyImageReader.read(still);
        assertThat(code).isEqualTo(CanopyCode.MARS_2020);
    }
}
