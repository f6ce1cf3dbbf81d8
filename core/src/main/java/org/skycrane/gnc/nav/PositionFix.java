package org.skycrane.gnc.nav;

import org.hipparchus.geometry.euclidean.threed.Vector3D;

/**
 * An absolute horizontal position measurement, such as terrain-relative navigation's map match.
 *
 * <p>A map match projects what the camera saw to the ground along the lines of sight of the
 * <em>believed</em> attitude. An attitude error φ (C_true = (I + [φ×]) Ĉ) therefore moves the fix by
 * {@code pointingHeight}·(φ × down): east by −h·φ_N, north by h·φ_E. The filter takes that term from its
 * own attitude covariance, so {@code sigma} states the rest of the error only (the match and the map's tie).
 *
 * @param time           since entry interface (s)
 * @param position       measured Mars-fixed position (m); only its horizontal part is used
 * @param sigma          1σ error per horizontal axis beyond the pointing term (m)
 * @param pointingHeight height above the ground over which the source projected its view with the believed
 *                       attitude (m); 0 when the fix does not depend on the attitude
 */
public record PositionFix(double time, Vector3D position, double sigma, double pointingHeight) {

    public PositionFix {
        if (!(sigma > 0) || Double.isInfinite(sigma) || !(pointingHeight >= 0) || Double.isInfinite(pointingHeight)) {
            throw new IllegalArgumentException("a fix needs a finite positive 1σ and a finite height >= 0 it was projected "
                    + "over, got " + sigma + " m and " + pointingHeight + " m");
        }
    }
}
