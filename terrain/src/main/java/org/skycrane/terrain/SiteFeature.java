package org.skycrane.terrain;

import java.util.List;

/**
 * A named, parametric part of a site added to the statistical terrain: large landforms that make a
 * site recognisable (an escarpment, a mound), areas of higher rock abundance, and features planted
 * by tests (a rock, a crater, a tilted plane). Each is a plain record of values in SI units.
 */
public sealed interface SiteFeature permits SiteFeature.Escarpment, SiteFeature.Mound, SiteFeature.BoulderField,
        SiteFeature.PlantedRock, SiteFeature.PlantedCrater, SiteFeature.PlantedSlope {

    /** Height this feature adds at map point (east, north) (m). */
    default double height(double east, double north) {
        return 0;
    }

    /** Rock abundance at (east, north) (m) given the background abundance {@code k}. */
    default double rockAbundance(double east, double north, double k) {
        return k;
    }

    /** Rocks this feature places. */
    default List<Rock> rocks() {
        return List.of();
    }

    /**
     * A plateau ending in an escarpment, e.g. a delta front: height {@code height} behind a front line
     * through (east, north) (m) that faces {@code facingAzimuth} (rad from north, toward the low side),
     * {@code length} (m) along the front and {@code depth} (m) back from it; the front drops over
     * {@code width} (m, steepest slope 1.5·height/width), the back and the ends over 4·width.
     */
    record Escarpment(double east, double north, double facingAzimuth, double length, double depth, double height,
            double width) implements SiteFeature {

        public Escarpment {
            if (!(length > 0 && depth > 0 && width > 0)) {
                throw new IllegalArgumentException("escarpment length, depth and width must be positive (m)");
            }
        }

        @Override
        public double height(double e, double n) {
            double fe = Math.sin(facingAzimuth);
            double fn = Math.cos(facingAzimuth);
            double de = e - east;
            double dn = n - north;
            double s = de * fe + dn * fn;
            double t = de * fn - dn * fe;
            double front = 1 - Smooth.step(s / width + 0.5);
            double back = Smooth.step((s + depth) / (4 * width) + 0.5);
            double ends = 1 - Smooth.step((Math.abs(t) - length / 2) / (4 * width) + 0.5);
            return height * front * back * ends;
        }
    }

    /** A round mound of peak {@code height} (m) at (east, north) (m) falling to zero at {@code radius} (m). */
    record Mound(double east, double north, double radius, double height) implements SiteFeature {

        public Mound {
            if (!(radius > 0)) {
                throw new IllegalArgumentException("mound radius must be positive (m): " + radius);
            }
        }

        @Override
        public double height(double e, double n) {
            double r = Math.hypot(e - east, n - north);
            return height * (1 - Smooth.step(r / radius));
        }
    }

    /** A disc of radius {@code radius} (m) at (east, north) (m) where the rock abundance is at least {@code rockAbundance}. */
    record BoulderField(double east, double north, double radius, double rockAbundance) implements SiteFeature {

        public BoulderField {
            if (!(rockAbundance >= 0 && rockAbundance < 1) || !(radius > 0)) {
                throw new IllegalArgumentException("boulder field needs a radius > 0 m and abundance in [0, 1)");
            }
        }

        @Override
        public double rockAbundance(double e, double n, double k) {
            return Math.hypot(e - east, n - north) <= radius ? Math.max(k, rockAbundance) : k;
        }
    }

    /** One rock placed by hand. */
    record PlantedRock(Rock rock) implements SiteFeature {

        @Override
        public List<Rock> rocks() {
            return List.of(rock);
        }
    }

    /** One crater placed by hand. */
    record PlantedCrater(Crater crater) implements SiteFeature {

        @Override
        public double height(double e, double n) {
            return crater.profileAt(e, n);
        }
    }

    /**
     * A tilted plane: within the square of half-side {@code halfWidth} (m) centred on (east, north)
     * (m), height tan(slope)·s, s the distance (m) from the centre toward {@code uphillAzimuth} (rad
     * from north); outside the square the tilt fades to zero over another halfWidth.
     */
    record PlantedSlope(double east, double north, double halfWidth, double slope, double uphillAzimuth)
            implements SiteFeature {

        @Override
        public double height(double e, double n) {
            double ue = Math.sin(uphillAzimuth);
            double un = Math.cos(uphillAzimuth);
            double de = e - east;
            double dn = n - north;
            double s = de * ue + dn * un;
            double t = de * un - dn * ue;
            return Math.tan(slope) * s * fade(s) * fade(t);
        }

        private double fade(double x) {
            return 1 - Smooth.step((Math.abs(x) - halfWidth) / halfWidth);
        }
    }
}
