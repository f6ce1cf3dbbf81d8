package org.skycrane.cli.archfixture;

import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/** Breaks "core uses no ImageIO": reads a picture. */
public final class ReadsImages {

    private ReadsImages() {
    }

    public static int width(File file) throws IOException {
        return ImageIO.read(file).getWidth();
    }
}
