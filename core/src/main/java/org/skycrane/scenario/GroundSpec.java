package org.skycrane.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.skycrane.DiskCache;
import org.skycrane.mars.LandingSite;
import org.skycrane.terrain.FlatTerrain;
import org.skycrane.terrain.SiteFrame;
import org.skycrane.terrain.SyntheticTerrain;
import org.skycrane.terrain.Terrain;
import org.skycrane.terrain.TerrainSpec;

/**
 * The scenario's {@code terrain:} block: what the ground around the landing site is. {@code flat} is a
 * sphere at the site's elevation (the ground before synthetic terrain); {@code synthetic} is the
 * synthesised landing site {@code site} (see {@code docs/terrain.md}) drawn with {@code seed}, a seed of
 * the terrain alone, independent of a campaign's seed. Absent: flat.
 *
 * <p>One terrain is made per distinct block and site and shared by every flight and Monte Carlo case
 * that asks for it (its tiles are made lazily and kept, see {@link SyntheticTerrain}).
 *
 * @param model {@code flat} or {@code synthetic}
 * @param site  the synthetic site: {@code jezero} or {@code gale}; required for {@code synthetic},
 *              ignored for {@code flat} (so that {@code model: flat} over a preset's block needs no more)
 * @param seed  seed of the synthetic terrain; required for {@code synthetic}, ignored for {@code flat}
 */
public record GroundSpec(@JsonProperty("model") String model,
                         @JsonProperty("site") String site,
                         @JsonProperty("seed") Long seed) {

    /** Largest distance (deg of latitude or longitude) between the scenario's site and the synthetic site's origin. */
    static final double MAX_SITE_OFFSET_DEG = 0.01;
    /** Albedo of the flat ground (Mars's mean normal albedo, about 0.25; only pictures use it). */
    static final double FLAT_ALBEDO = 0.25;

    private static final Map<String, Terrain> TERRAINS = new ConcurrentHashMap<>();

    /** A synthetic relief's calibration, kept in the disk cache under the terrain code's version. */
    private static final SyntheticTerrain.Calibrations KEPT_CALIBRATIONS = (key, calibrate) -> {
        String code = DiskCache.codeVersion(SyntheticTerrain.class);
        return code == null ? calibrate.getAsDouble()
                : DiskCache.shared().get("terrain", key + ", code " + code, DiskCache.doubles(1),
                        () -> new double[] {calibrate.getAsDouble()})[0];
    };

    public GroundSpec {
        Check.required("model", model);
        if (!model.equals("flat") && !model.equals("synthetic")) {
            throw new FieldException("model", "must be flat or synthetic, not '" + model + "'");
        }
        if (model.equals("synthetic")) {
            Check.required("site", site);
            if (!site.equals("jezero") && !site.equals("gale")) {
                throw new FieldException("site", "must be jezero or gale (the synthesised sites), not '" + site + "'");
            }
            Check.required("seed", seed);
        } else {
            // a flat ground has neither: a site or seed merged from a base scenario's synthetic block is dropped
            site = null;
            seed = null;
        }
    }

    /** The flat ground: no terrain block. */
    public static GroundSpec flat() {
        return new GroundSpec("flat", null, null);
    }

    /** Whether the ground is synthetic terrain. */
    public boolean synthetic() {
        return model.equals("synthetic");
    }

    /** The synthetic site's statistics and landforms, as published for it (null for flat ground). */
    public TerrainSpec preset() {
        return !synthetic() ? null : site.equals("jezero") ? TerrainSpec.jezero() : TerrainSpec.gale();
    }

    /**
     * Checks that the synthetic site lies where the scenario's landing site is, so that the terrain's
     * heights and the site's datum are one: origin within {@value #MAX_SITE_OFFSET_DEG}° and the same
     * datum radius and elevation to 1 m.
     *
     * @throws FieldException on {@code site} when they disagree
     */
    void checkAgainst(SiteSpec landing) {
        TerrainSpec p = preset();
        if (p == null) {
            return;
        }
        boolean near = Math.abs(Math.toDegrees(p.latitude()) - landing.latitudeDeg()) <= MAX_SITE_OFFSET_DEG
                && Math.abs(Math.toDegrees(p.longitude()) - landing.longitudeDeg()) <= MAX_SITE_OFFSET_DEG;
        boolean datum = Math.abs(p.datumRadius() - landing.areoidRadius()) <= 1
                && Math.abs(p.elevation() - landing.elevation()) <= 1;
        if (!near || !datum) {
            throw new FieldException("site", String.format(Locale.ROOT,
                    "the synthetic %s is at %.4f°, %.4f°E, elevation %.0f m on a %.0f m datum, but the scenario's "
                            + "site is at %.4f°, %.4f°E, elevation %.0f m on a %.0f m datum: its terrain would not "
                            + "be under the landing site (for another site, set terrain.model: flat)", site,
                    Math.toDegrees(p.latitude()),
                    Math.toDegrees(p.longitude()), p.elevation(), p.datumRadius(), landing.latitudeDeg(),
                    landing.longitudeDeg(), landing.elevation(), landing.areoidRadius()));
        }
    }

    /**
     * The ground of {@code landing}: one instance per block and site, shared. A synthetic terrain is
     * placed exactly on the scenario's site (origin and datum radius, which {@link #checkAgainst} has
     * found within rounding of the synthetic site's own), its surface passing through the site's
     * elevation at the target (its mean elevation shifted by what the drawn relief puts there: 13.6 m
     * at Jezero and 9.7 m at Gale with seed 1).
     */
    public Terrain terrain(LandingSite landing) {
        String key = model + "/" + site + "/" + seed + "/" + landing.latitude() + "/" + landing.longitude() + "/"
                + landing.areoidRadius() + "/" + landing.elevation();
        return TERRAINS.computeIfAbsent(key, k -> make(landing));
    }

    private Terrain make(LandingSite landing) {
        if (!synthetic()) {
            return new FlatTerrain(new SiteFrame(landing.latitude(), landing.longitude(),
                    landing.areoidRadius()), landing.elevation(), FLAT_ALBEDO);
        }
        SyntheticTerrain first = new SyntheticTerrain(placed(landing, landing.elevation()), seed, KEPT_CALIBRATIONS);
        // the relief drawn puts the target some metres off the mean; the site's elevation is the
        // surveyed height of the target itself, so the whole surface is shifted to pass through it
        double offset = first.height(0, 0) - landing.elevation();
        return offset == 0 ? first
                : new SyntheticTerrain(placed(landing, landing.elevation() - offset), seed, KEPT_CALIBRATIONS);
    }

    /** The preset's site statistics placed on the scenario's site, with mean elevation {@code mean} (m). */
    private TerrainSpec placed(LandingSite landing, double mean) {
        TerrainSpec p = preset();
        return new TerrainSpec(p.name(), landing.latitude(), landing.longitude(), landing.areoidRadius(), mean,
                p.rmsSlope(), p.hurst(), p.surfaceAge(), p.minCraterDiameter(), p.maxCraterDiameter(),
                p.rockAbundance(), p.rockHeightRatio(), p.minRockDiameter(), p.albedo(), p.albedoContrast(),
                p.features());
    }
}
