package org.skycrane.terrain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything a synthetic landing site is made from, as plain values (SI units, angles in radians),
 * so that a scenario's {@code terrain:} block can carry them. The seed is not here: it is given to
 * {@link SyntheticTerrain} beside the spec. Sources of the preset values are in {@link #jezero()},
 * {@link #gale()} and {@code docs/terrain.md}.
 *
 * @param name              human-readable name
 * @param latitude          planetocentric latitude of the map origin, the target (rad)
 * @param longitude         east longitude of the map origin (rad)
 * @param datumRadius       radius of the datum sphere, the areoid at the site (m)
 * @param elevation         mean ground height above the datum at the site (m); also the far-field height
 * @param rmsSlope          RMS slope of the background relief at a 1 m baseline (rad)
 * @param hurst             Hurst exponent of the background relief (RMS height difference ∝ baseline^H)
 * @param surfaceAge        crater-retention age of the surface (Gyr); 0 for no random craters
 * @param minCraterDiameter smallest random crater (m)
 * @param maxCraterDiameter largest random crater (m)
 * @param rockAbundance     background total rock abundance k (fraction of area covered by rocks); 0 for none
 * @param rockHeightRatio   rock height over diameter
 * @param minRockDiameter   smallest rock placed individually (m); smaller rocks only darken the albedo
 * @param albedo            mean normal albedo of the surface
 * @param albedoContrast    relative amplitude of albedo variations (fraction of the mean)
 * @param features          site landforms, boulder fields and planted features
 */
public record TerrainSpec(String name, double latitude, double longitude, double datumRadius, double elevation,
        double rmsSlope, double hurst, double surfaceAge, double minCraterDiameter, double maxCraterDiameter,
        double rockAbundance, double rockHeightRatio, double minRockDiameter, double albedo, double albedoContrast,
        List<SiteFeature> features) {

    public TerrainSpec {
        Objects.requireNonNull(name, "name");
        features = List.copyOf(features);
        check(datumRadius > 0 && Double.isFinite(datumRadius), "datumRadius must be > 0 m");
        check(Double.isFinite(elevation) && -elevation < datumRadius, "elevation must be finite, above the centre (m)");
        check(rmsSlope >= 0 && rmsSlope < Math.toRadians(45), "rmsSlope must be in [0, 45°)");
        check(hurst > 0 && hurst <= 1, "hurst must be in (0, 1]");
        check(surfaceAge >= 0 && surfaceAge <= 4.5, "surfaceAge must be in [0, 4.5] Gyr");
        check(minCraterDiameter >= 1 && maxCraterDiameter > minCraterDiameter && maxCraterDiameter <= 20_000,
                "crater diameters must satisfy 1 m <= min < max <= 20 km");
        check(rockAbundance >= 0 && rockAbundance < 1, "rockAbundance must be in [0, 1)");
        check(rockHeightRatio > 0 && rockHeightRatio <= 1, "rockHeightRatio must be in (0, 1]");
        check(minRockDiameter >= 0.1 && minRockDiameter < RockPopulation.MAX_DIAMETER,
                "minRockDiameter must be in [0.1, 10) m");
        check(albedo > 0 && albedo < 1, "albedo must be in (0, 1)");
        check(albedoContrast >= 0 && albedoContrast < 1, "albedoContrast must be in [0, 1)");
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException("terrain: " + message);
        }
    }

    /** The map frame of this site. */
    public SiteFrame frame() {
        return new SiteFrame(latitude, longitude, datumRadius);
    }

    /**
     * Jezero crater, the Mars 2020 landing site (Octavia E. Butler Landing, 18.4447°N 77.4508°E,
     * −2640 m; areoid radius 3393.477 km as in the mars2020 scenario).
     * <ul>
     * <li>Craters: floor unit model age 2.6 Gyr in the Hartmann system (Shahrzad et al. 2019, GRL 46,
     *     "Crater statistics on the dark-toned, mafic floor unit in Jezero crater"), 4 m to 2 km.</li>
     * <li>Background roughness: RMS slope 5° at 1 m, H = 0.8 — chosen rougher than the InSight plains
     *     (mean 1-m slope 3.2°, Fergason et al. 2017, Space Sci. Rev. 211) because Jezero's floor
     *     is fractured and dune-covered; an assumption, not a measured value.</li>
     * <li>Rocks: k = 0.12 on the floor and 0.30 in a boulder field at the foot of the delta front
     *     (within Golombek's 5–40 % range; Jezero rockier than Gale as the site studies state; the
     *     two values are this model's choice). Height 0.5 D.</li>
     * <li>Albedo 0.18: the darker, mafic floor (qualitative, Shahrzad et al. 2019); an assumption.</li>
     * <li>Delta front: an escarpment 2.25 km west-north-west of the site (Perseverance imaged the
     *     "Delta Scarp" from 2.25 km, NASA/JPL PIA24683 caption, 17 March 2021), facing ESE, 6 km long,
     *     60 m high (height assumed: "tens of metres").</li>
     * </ul>
     */
    public static TerrainSpec jezero() {
        double az = Math.toRadians(300);
        List<SiteFeature> features = new ArrayList<>();
        features.add(new SiteFeature.Escarpment(2250 * Math.sin(az), 2250 * Math.cos(az), Math.toRadians(120),
                6000, 4000, 60, 120));
        features.add(new SiteFeature.BoulderField(1850 * Math.sin(az), 1850 * Math.cos(az), 350, 0.30));
        return new TerrainSpec("Jezero crater (Mars 2020)", Math.toRadians(18.4447), Math.toRadians(77.4508),
                3_393_477.0, -2640.0, Math.toRadians(5), 0.8, 2.6, 4, 2000, 0.12, 0.5, 0.5, 0.18, 0.25, features);
    }

    /**
     * Gale crater, the MSL target on Aeolis Palus (4.5965°S 137.4019°E, −4400 m; areoid radius
     * 3395.53 km as in the msl scenario).
     * <ul>
     * <li>Craters: 3.5 Gyr, Hesperian (Grant et al. 2014, GRL 41: the bulk of Gale's alluvial
     *     deposits were emplaced in the Hesperian; 3.37–3.71 Gyr in Michael 2013's epochs); 4 m to 2 km.</li>
     * <li>Background roughness: RMS slope 3.5° at 1 m, H = 0.8: plains close to InSight's (3.2°,
     *     Fergason et al. 2017); an assumption.</li>
     * <li>Rocks: k = 0.06 (less rocky than Jezero; within Golombek's range; assumed). Height 0.5 D.</li>
     * <li>Albedo 0.24 (TES, Golombek et al. 2012, LPSC 43 abstract 1608).</li>
     * <li>Aeolis Mons (Mount Sharp): a mound 5 km high centred at 5.08°S 137.85°E, radius 30 km, so its
     *     flank starts about 9 km south-east of the target (simple form, not a fit).</li>
     * </ul>
     */
    public static TerrainSpec gale() {
        SiteFrame frame = SiteFrame.ofDegrees(-4.5965, 137.4019, 3_395_530.0);
        MapPoint mound = frame.toMap(SiteFrame.ofDegrees(-5.08, 137.85, 3_395_530.0).up());
        List<SiteFeature> features = List.of(new SiteFeature.Mound(mound.east(), mound.north(), 30_000, 5000));
        return new TerrainSpec("Gale crater (MSL)", frame.latitude(), frame.longitude(), frame.datumRadius(), -4400.0,
                Math.toRadians(3.5), 0.8, 3.5, 4, 2000, 0.06, 0.5, 0.5, 0.24, 0.25, features);
    }

    /** This spec with other features. */
    public TerrainSpec withFeatures(List<SiteFeature> newFeatures) {
        return new TerrainSpec(name, latitude, longitude, datumRadius, elevation, rmsSlope, hurst, surfaceAge,
                minCraterDiameter, maxCraterDiameter, rockAbundance, rockHeightRatio, minRockDiameter, albedo,
                albedoContrast, newFeatures);
    }

    /** This spec with another background relief. */
    public TerrainSpec withRelief(double newRmsSlope, double newHurst) {
        return new TerrainSpec(name, latitude, longitude, datumRadius, elevation, newRmsSlope, newHurst, surfaceAge,
                minCraterDiameter, maxCraterDiameter, rockAbundance, rockHeightRatio, minRockDiameter, albedo,
                albedoContrast, features);
    }

    /** This spec with another surface age (Gyr, 0 for no random craters). */
    public TerrainSpec withSurfaceAge(double newAge) {
        return new TerrainSpec(name, latitude, longitude, datumRadius, elevation, rmsSlope, hurst, newAge,
                minCraterDiameter, maxCraterDiameter, rockAbundance, rockHeightRatio, minRockDiameter, albedo,
                albedoContrast, features);
    }

    /** This spec with another background rock abundance (0 for no random rocks). */
    public TerrainSpec withRockAbundance(double k) {
        return new TerrainSpec(name, latitude, longitude, datumRadius, elevation, rmsSlope, hurst, surfaceAge,
                minCraterDiameter, maxCraterDiameter, k, rockHeightRatio, minRockDiameter, albedo, albedoContrast,
                features);
    }

    /** A bare spec for tests: no relief, craters, rocks or features, at this site. */
    public TerrainSpec bare() {
        return withRelief(0, hurst).withSurfaceAge(0).withRockAbundance(0).withFeatures(List.of());
    }
}
