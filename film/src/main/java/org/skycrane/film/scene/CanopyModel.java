package org.skycrane.film.scene;

import java.awt.image.BufferedImage;
import org.skycrane.canopy.CanopyPattern;
import org.skycrane.render.scene.Material;
import org.skycrane.render.scene.Mesh;
import org.skycrane.render.scene.Texture;

/**
 * The inflated Disk-Gap-Band canopy as simple surfaces of revolution about its axis (+Z, from the
 * skirt toward the crown, skirt at z = 0), painted with a {@link CanopyPattern}: the disk's three
 * rings and the band, 80 gores each, red = 1 and white = 0.
 *
 * <p>Proportions of the flat canopy (fractions of the nominal diameter D₀) are those commonly quoted
 * for the Viking-type DGB that the Mars Science Laboratory and Mars 2020 parachutes derive from: disk
 * 0.726 D₀ across, gap 0.042 D₀, band 0.121 D₀ tall (ASSUMED: no primary source was retrieved for
 * the Mars 2020 canopy's own proportions). The inflated shape is ASSUMED too: the disk bulges to a spherical cap of height 0.3 of its radius, its rim
 * drawn in to 0.72 of the flat disk's radius, and the band flares from 1.02 to 1.2 of that rim radius
 * at the skirt (the flare that makes the band and the gap visible from below in the flown up-look
 * images). The vent is 0.06 of the disk radius.
 */
public final class CanopyModel {

    /** Flat disk diameter over D₀ (Viking DGB). */
    static final double DISK = 0.726;
    /** Gap height over D₀. */
    static final double GAP = 0.042;
    /** Band height over D₀. */
    static final double BAND = 0.121;
    /** Inflated rim radius over the flat disk radius, ASSUMED. */
    static final double RIM_DRAW_IN = 0.72;
    /** Cap height over the rim radius, ASSUMED. */
    static final double CAP_HEIGHT = 0.3;
    /** Vent radius over the rim radius, ASSUMED. */
    static final double VENT = 0.06;

    private static final int GORE_PIXELS = 16;
    private static final int RING_PIXELS = 32;

    private final Mesh disk;
    private final Mesh band;
    private final Material material;
    private final double rim;
    private final double crown;

    /**
     * @param nominalDiameter D₀ (m)
     * @param pattern         the canopy's colours
     */
    public CanopyModel(double nominalDiameter, CanopyPattern pattern) {
        rim = RIM_DRAW_IN * DISK * nominalDiameter / 2;
        double bandHeight = BAND * nominalDiameter;
        double gap = GAP * nominalDiameter;
        double base = bandHeight + gap;
        int steps = 12;
        double[] r = new double[steps + 1];
        double[] z = new double[steps + 1];
        double[] v = new double[steps + 1];
        // the cap: a sphere through the rim (radius rim at z = base) and the crown (z = base + h)
        double h = CAP_HEIGHT * rim;
        double sphere = (rim * rim + h * h) / (2 * h);
        double maxAngle = Math.asin(rim / sphere);
        double minAngle = Math.asin(VENT * rim / sphere);
        for (int i = 0; i <= steps; i++) {
            double f = i / (double) steps;              // 0 at the vent, 1 at the rim
            double polar = minAngle + f * (maxAngle - minAngle);
            r[i] = sphere * Math.sin(polar);
            z[i] = base + h - sphere * (1 - Math.cos(polar));
            v[i] = 0.75 * f;                             // rings 1 to 3 of the texture
        }
        disk = Revolution.of(r, z, v, 160);
        band = Revolution.of(new double[] {1.02 * rim, 1.2 * rim}, new double[] {bandHeight, 0},
                new double[] {0.75, 1.0}, 160);
        crown = base + h;
        material = Material.textured(texture(pattern)).withTranslucency(0.55);
    }

    /** The disk (vent to rim), in canopy coordinates. */
    public Mesh disk() {
        return disk;
    }

    /** The band (gap edge to skirt). */
    public Mesh band() {
        return band;
    }

    /** The painted fabric. */
    public Material material() {
        return material;
    }

    /** Radius of the skirt, the band's widest edge (m). */
    public double skirtRadius() {
        return 1.2 * rim;
    }

    /** Height of the crown above the skirt (m). */
    public double crownHeight() {
        return crown;
    }

    /**
     * The texture: 80 gores across (u), rings 1, 2, 3 and the band down (v = 0 to 1 in quarters),
     * international orange and white nylon.
     */
    static Texture texture(CanopyPattern pattern) {
        int width = CanopyPattern.SEGMENTS * GORE_PIXELS;
        int height = CanopyPattern.RINGS * RING_PIXELS;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < height; y++) {
            int ring = y / RING_PIXELS;
            for (int x = 0; x < width; x++) {
                int segment = x / GORE_PIXELS;
                boolean seam = x % GORE_PIXELS == 0;
                int rgb = pattern.isRed(ring, segment) ? 0xE8501C : 0xF2F0EA;
                if (seam) {
                    rgb = (rgb >> 1 & 0x7F7F7F) + (rgb >> 2 & 0x3F3F3F);   // the radial tape, a little darker
                }
                image.setRGB(x, y, 0xFF000000 | rgb);
            }
        }
        return new Texture(image);
    }
}
