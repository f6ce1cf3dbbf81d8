package org.skycrane.terrain;

/**
 * One rock on the surface, a rounded block: height {@code h} at its centre falling to zero at its edge
 * as h·cos²(π r / D).
 *
 * @param east     map east of its centre (m)
 * @param north    map north of its centre (m)
 * @param diameter across (m)
 * @param height   above the surrounding ground (m)
 */
public record Rock(double east, double north, double diameter, double height) {

    /** Height of the rock's surface above the ground under it at distance {@code r} (m) from its centre (m). */
    public double profile(double r) {
        double half = diameter / 2;
        if (r >= half) {
            return 0;
        }
        double c = Math.cos(Math.PI * r / diameter);
        return height * c * c;
    }
}
