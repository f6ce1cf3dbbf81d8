package org.skycrane.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;
import org.skycrane.mars.Ellipsoid;
import org.skycrane.mars.Planet;

/**
 * The planet block of a scenario file: gravity, rotation and the altitude datum, written out or
 * taken from a named preset planet ({@code mars}, {@code earth_wgs84}) with any value written beside
 * the preset overriding it.
 *
 * <p>Altitude datum: {@code areoid_at_site} (the default; a sphere through the areoid at the landing
 * site, the datum of Mars-GRAM's altitudes and of the flown timelines) or {@code ellipsoid}: geodetic
 * altitude above the reference ellipsoid of {@code equatorial_radius_m} and {@code flattening}, by
 * default the preset's (IAU 2015 for Mars, WGS-84 for the Earth; IAU 2015 Mars when no preset is named,
 * Skycrane's planet being Mars). Latitudes in the scenario stay
 * planetocentric either way.
 *
 * @param preset           {@code mars}, {@code earth_wgs84}, or absent
 * @param gm               μ (m³/s²); 0 switches gravity off for analytic cases
 * @param referenceRadius  reference radius of J2 (m)
 * @param j2               second zonal harmonic; 0 for none
 * @param rotationRate     spin rate (rad/s); 0 for a non-rotating planet
 * @param datum            {@code areoid_at_site} or {@code ellipsoid}
 * @param equatorialRadius semi-major axis of the datum ellipsoid (m)
 * @param flattening       flattening of the datum ellipsoid; 0 for a sphere
 */
public record PlanetSpec(@JsonProperty("preset") String preset,
                         @JsonProperty("gm_m3_per_s2") Double gm,
                         @JsonProperty("reference_radius_m") Double referenceRadius,
                         @JsonProperty("j2") Double j2,
                         @JsonProperty("rotation_rate_rad_per_s") Double rotationRate,
                         @JsonProperty("datum") String datum,
                         @JsonProperty("equatorial_radius_m") Double equatorialRadius,
                         @JsonProperty("flattening") Double flattening) {

    /** The altitude datum of the Mars presets and of Mars-GRAM: a sphere through the areoid at the site. */
    public static final String AREOID_AT_SITE = "areoid_at_site";
    /** Geodetic altitude above a reference ellipsoid. */
    public static final String ELLIPSOID = "ellipsoid";

    /**
     * A named planet: Mars (NAIF BODY499_GM from DE440; J2 = 1.96045 × 10⁻³ on R = 3,396 km, Konopliv
     * et al. 2011; rotation 350.891985307°/day, Konopliv et al. 2016; IAU 2015 ellipsoid) or the Earth
     * (WGS-84 defining constants, NIMA TR8350.2 3rd ed. Table 3.1: GM = 3.986004418 × 10¹⁴ m³/s²,
     * ω = 7.292115 × 10⁻⁵ rad/s, a = 6,378,137 m, 1/f = 298.257223563; J2 = −√5 C̄₂₀ with
     * C̄₂₀ = −0.484166774985 × 10⁻³, Table 3.3).
     */
    private record Preset(double gm, double referenceRadius, double j2, double rotationRate, Ellipsoid ellipsoid) {
    }

    private static final Preset MARS = new Preset(4.282837362069909e13, 3_396_000.0, 1.96045e-3, 7.0882187e-5,
            Ellipsoid.IAU_2015_MARS);
    private static final Preset EARTH_WGS84 = new Preset(3.986004418e14, Ellipsoid.WGS84.equatorialRadius(),
            Math.sqrt(5) * 0.484166774985e-3, 7.292115e-5, Ellipsoid.WGS84);

    public PlanetSpec {
        Preset p = preset == null ? null : preset(preset);
        if (p != null) {
            gm = gm != null ? gm : p.gm();
            referenceRadius = referenceRadius != null ? referenceRadius : p.referenceRadius();
            j2 = j2 != null ? j2 : p.j2();
            rotationRate = rotationRate != null ? rotationRate : p.rotationRate();
        }
        Check.nonNegative("gm_m3_per_s2", gm, "m3/s2");
        Check.positive("reference_radius_m", referenceRadius, "m");
        Check.finite("j2", j2);
        Check.finite("rotation_rate_rad_per_s", rotationRate);
        if (datum != null && !datum.equals(AREOID_AT_SITE) && !datum.equals(ELLIPSOID)) {
            throw new FieldException("datum", "unknown datum '" + datum + "', expected " + AREOID_AT_SITE + " or "
                    + ELLIPSOID);
        }
        if (ELLIPSOID.equals(datum)) {
            Ellipsoid shape = (p != null ? p : MARS).ellipsoid();
            equatorialRadius = equatorialRadius != null ? equatorialRadius : shape.equatorialRadius();
            flattening = flattening != null ? flattening : shape.flattening();
            Check.positive("equatorial_radius_m", equatorialRadius, "m");
            Check.range("flattening", flattening, 0, 0.1, null, "planets are flattened by at most a few per cent; "
                    + "Mars by 0.0059, the Earth by 0.0034");
        } else if (equatorialRadius != null || flattening != null) {
            throw new FieldException(equatorialRadius != null ? "equatorial_radius_m" : "flattening",
                    "an ellipsoid needs datum: " + ELLIPSOID);
        }
    }

    /** A written-out planet on the areoid-at-site datum. */
    public PlanetSpec(Double gm, Double referenceRadius, Double j2, Double rotationRate) {
        this(null, gm, referenceRadius, j2, rotationRate, null, null, null);
    }

    private static Preset preset(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "mars" -> MARS;
            case "earth_wgs84" -> EARTH_WGS84;
            default -> throw new FieldException("preset", "unknown planet '" + name + "', expected mars or earth_wgs84");
        };
    }

    /** The planet model. */
    public Planet planet() {
        return new Planet(gm, referenceRadius, j2, rotationRate);
    }

    /** The datum ellipsoid, or null on the areoid-at-site datum. */
    public Ellipsoid ellipsoid() {
        return ELLIPSOID.equals(datum) ? new Ellipsoid(equatorialRadius, flattening) : null;
    }

    /**
     * The ellipsoid of geodetic latitude in outputs: the datum's, else the preset's, else (a Mars
     * scenario written out) the IAU 2015 Mars ellipsoid.
     */
    public Ellipsoid geodeticEllipsoid() {
        Ellipsoid e = ellipsoid();
        if (e != null) {
            return e;
        }
        return preset != null ? preset(preset).ellipsoid() : Ellipsoid.IAU_2015_MARS;
    }
}
