package org.skycrane.vehicle;

/**
 * Where the descent engines sit, for the torque they exert (the dynamics are 3-DOF, so the torque is
 * a check of the thrust allocation, not a force on the flight). Engines come in pairs spaced evenly
 * round the thrust axis, each pair's two engines {@code pairSpacing} apart in azimuth, engine 1 first
 * and the rest counter-clockwise seen from above; with an odd count they are spaced evenly one by
 * one. Each engine's axis is canted outward in its radial plane by the cluster's cant, so its force
 * on the stage points up and inward.
 *
 * @param radius      distance of each engine from the thrust axis (m)
 * @param pairSpacing azimuth between the two engines of a pair (rad)
 * @param height      height of the engines' plane above the stack's centre of mass, along the thrust axis (m)
 */
public record EngineLayout(double radius, double pairSpacing, double height) {

    /** Azimuth of engine {@code k} (0-based) of {@code count} about the thrust axis (rad). */
    public double azimuth(int k, int count) {
        if (count % 2 == 1) {
            return 2 * Math.PI * k / count;
        }
        int pairs = count / 2;
        double centre = 2 * Math.PI * (k / 2 + 0.5) / pairs;
        return centre + (k % 2 == 0 ? -0.5 : 0.5) * pairSpacing;
    }

    /**
     * Pitch and yaw torque (N·m) about the centre of mass, body x and y (z along the thrust axis), of
     * one engine at full thrust {@code thrust} (N) and cant {@code cant} (rad): the lever arm
     * R cos(cant) + h sin(cant) times the thrust, about the axis perpendicular to the engine's radius.
     */
    public double[] torquePerEngine(int k, int count, double thrust, double cant) {
        double phi = azimuth(k, count);
        double lever = radius * Math.cos(cant) + height * Math.sin(cant);
        return new double[] {thrust * lever * Math.sin(phi), -thrust * lever * Math.cos(phi)};
    }

    /** The lever arm of every engine's thrust about the centre of mass (m), for cant {@code cant} (rad). */
    public double lever(double cant) {
        return radius * Math.cos(cant) + height * Math.sin(cant);
    }
}
