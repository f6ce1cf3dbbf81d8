package org.skycrane.cli.archfixture;

import java.awt.Color;

/** Breaks "core uses no AWT": a colour, as a plot in core would need. */
public final class DrawsWithAwt {

    private DrawsWithAwt() {
    }

    public static int red() {
        return Color.RED.getRGB();
    }
}
