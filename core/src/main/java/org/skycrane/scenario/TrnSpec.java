package org.skycrane.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The scenario's {@code trn:} block, terrain-relative navigation (Mars 2020's Lander Vision System and
 * Safe Target Selection). {@code none} flies without it (MSL); {@code images} renders the descent
 * camera's images of the true terrain and matches them to the onboard maps (needs the renderer:
 * {@code run}, tests and films); {@code model} replaces the image processing by its position error
 * drawn from a statistical model fitted to image-mode solutions, so that a Monte Carlo needs no
 * renderer. Absent: none. See {@code docs/trn.md} for every value's source. The descent images are lit by
 * the Sun of the landing's time and place (the earth module's ephemeris), so the block states only the
 * orbital imagery's Sun, which differs from it on purpose.
 *
 * @param mode                    none, model or images
 * @param startHeight             navigated height above the onboard map at which the LVS starts imaging (m)
 * @param imageInterval           time between images (s)
 * @param images                  images fused into the LVS solution once the coarse match has succeeded
 * @param maxImages               images taken before the LVS gives up (no solution: no divert)
 * @param cameraPixels            side of the rendered descent image (px; LCAM is 1024)
 * @param minDivert               Safe Target Selection's smallest divert (m)
 * @param maxDivert               its largest divert (m)
 * @param hazardRadius            radius over which the safe-targets map spreads each unsafe cell (m)
 * @param hazardThreshold         hazard value at or above which a cell is never a target
 * @param divertWeight            cost of each metre of divert against hazard, per metre
 * @param orbitalSunElevationDeg  Sun elevation of the orbital imagery the maps are made from (deg)
 * @param orbitalSunAzimuthDeg    its azimuth, clockwise from north (deg)
 * @param modelSigma              model mode: the 1σ per horizontal axis the LVS solution states to the filter beyond
 *                                the pointing term, which the filter adds from its attitude covariance (m)
 * @param modelBiasEast           model mode: mean east error of the solution beyond its pointing term (m)
 * @param modelBiasNorth          its mean north error beyond the pointing term (m)
 * @param modelScatterEast        model mode: 1σ east of the matching scatter about bias and pointing term (m)
 * @param modelScatterNorth       its 1σ north (m)
 * @param modelFailureProbability model mode: probability that a flight's LVS finds no solution (no divert)
 */
public record TrnSpec(@JsonProperty("mode") String mode,
                      @JsonProperty("start_height_m") Double startHeight,
                      @JsonProperty("image_interval_s") Double imageInterval,
                      @JsonProperty("images") Integer images,
                      @JsonProperty("max_images") Integer maxImages,
                      @JsonProperty("camera_pixels") Integer cameraPixels,
                      @JsonProperty("min_divert_m") Double minDivert,
                      @JsonProperty("max_divert_m") Double maxDivert,
                      @JsonProperty("hazard_radius_m") Double hazardRadius,
                      @JsonProperty("hazard_threshold") Double hazardThreshold,
                      @JsonProperty("divert_weight_per_m") Double divertWeight,
                      @JsonProperty("orbital_sun_elevation_deg") Double orbitalSunElevationDeg,
                      @JsonProperty("orbital_sun_azimuth_deg") Double orbitalSunAzimuthDeg,
                      @JsonProperty("model_sigma_m") Double modelSigma,
                      @JsonProperty("model_bias_east_m") Double modelBiasEast,
                      @JsonProperty("model_bias_north_m") Double modelBiasNorth,
                      @JsonProperty("model_scatter_east_m") Double modelScatterEast,
                      @JsonProperty("model_scatter_north_m") Double modelScatterNorth,
                      @JsonProperty("model_failure_probability") Double modelFailureProbability) {

    public TrnSpec {
        Check.required("mode", mode);
        if (!mode.equals("none") && !mode.equals("model") && !mode.equals("images")) {
            throw new FieldException("mode", "must be none, model or images, not '" + mode + "'");
        }
        if (!mode.equals("none")) {
            Check.range("start_height_m", startHeight, 1000, 20_000, "m",
                    "the LVS images after heat-shield separation and must finish before backshell separation");
            Check.between("image_interval_s", imageInterval, 0.1, 10, "s");
            Check.atLeast("images", images, 1);
            Check.atLeast("max_images", maxImages, images);
            Check.atLeast("camera_pixels", cameraPixels, 128);
            if (cameraPixels > 2048) {
                throw new FieldException("camera_pixels", "at most 2048 (LCAM is 1024), got " + cameraPixels);
            }
            Check.nonNegative("min_divert_m", minDivert, "m");
            Check.between("max_divert_m", maxDivert, minDivert, 5000, "m");
            Check.between("hazard_radius_m", hazardRadius, 0, 200, "m");
            Check.between("hazard_threshold", hazardThreshold, 0, 1, "");
            Check.between("divert_weight_per_m", divertWeight, 0, 1, "per m");
            Check.between("orbital_sun_elevation_deg", orbitalSunElevationDeg, 5, 90, "deg");
            Check.between("orbital_sun_azimuth_deg", orbitalSunAzimuthDeg, 0, 360, "deg");
            Check.positiveUpTo("model_sigma_m", modelSigma, 1000, "m", "the fix states a 1-sigma the filter weighs it by");
            Check.between("model_bias_east_m", modelBiasEast, -1000, 1000, "m");
            Check.between("model_bias_north_m", modelBiasNorth, -1000, 1000, "m");
            Check.between("model_scatter_east_m", modelScatterEast, 0, 1000, "m");
            Check.between("model_scatter_north_m", modelScatterNorth, 0, 1000, "m");
            Check.between("model_failure_probability", modelFailureProbability, 0, 1, "");
        }
    }

    /** No terrain-relative navigation. */
    public static TrnSpec none() {
        return new TrnSpec("none", null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    /** Whether the LVS flies at all. */
    public boolean enabled() {
        return !mode.equals("none");
    }

    /** The same block flown in another mode. */
    public TrnSpec withMode(String newMode) {
        return new TrnSpec(newMode, startHeight, imageInterval, images, maxImages, cameraPixels, minDivert, maxDivert,
                hazardRadius, hazardThreshold, divertWeight, orbitalSunElevationDeg, orbitalSunAzimuthDeg,
                modelSigma, modelBiasEast, modelBiasNorth, modelScatterEast, modelScatterNorth, modelFailureProbability);
    }
}
