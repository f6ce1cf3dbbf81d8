package org.skycrane.render.scene;

import java.util.Objects;

/**
 * A cloud of round, soft-edged puffs (dust blown by engine plumes, for example), drawn as
 * camera-facing sprites that fade out to their rim and blend over what lies behind them, far ones
 * first. Each puff is lit as a diffuse scatterer by the ambient sky light plus half the Sun
 * (a sphere's average exposure). A puff smaller than a pixel keeps its share of the pixel's area;
 * one larger than 255 pixels on the image is drawn 255 pixels wide (the point-size limit of
 * llvmpipe), so split a cloud that close to the camera into smaller puffs. Puffs neither cast nor
 * receive shadows. Immutable: the arrays are copied.
 *
 * @param positions x, y, z of each puff centre in the local frame (m), 3 values per puff
 * @param diameters apparent diameter of each puff (m)
 * @param opacities opacity at each puff's centre, in [0, 1]
 * @param albedo    linear albedo of the dust
 */
public record Particles(double[] positions, double[] diameters, double[] opacities, Rgb albedo) {

    public Particles {
        Objects.requireNonNull(albedo, "albedo");
        if (positions.length != 3 * diameters.length || opacities.length != diameters.length) {
            throw new IllegalArgumentException("particles need 3 coordinates, a diameter and an opacity each: "
                    + positions.length + ", " + diameters.length + ", " + opacities.length);
        }
        positions = positions.clone();
        diameters = diameters.clone();
        opacities = opacities.clone();
        for (int i = 0; i < diameters.length; i++) {
            if (!(diameters[i] > 0) || !(opacities[i] >= 0 && opacities[i] <= 1)) {
                throw new IllegalArgumentException("particle " + i + ": diameter must be > 0 m and opacity in [0, 1]");
            }
        }
    }

    /** Number of puffs. */
    public int count() {
        return diameters.length;
    }

    @Override
    public double[] positions() {
        return positions.clone();
    }

    @Override
    public double[] diameters() {
        return diameters.clone();
    }

    @Override
    public double[] opacities() {
        return opacities.clone();
    }
}
