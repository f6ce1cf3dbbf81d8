/**
 * The ground of a landing site: a map frame about the site ({@link org.skycrane.terrain.SiteFrame}),
 * terrain as heights above the site's datum sphere ({@link org.skycrane.terrain.Terrain}: flat, or
 * synthesised from published Mars surface statistics by {@link org.skycrane.terrain.SyntheticTerrain}),
 * ray casting, the hazard map derived from it and an Esri ASCII grid writer. Depends on Hipparchus
 * only; no AWT (pictures are in the report module).
 *
 * <p>Pitfall: three heights are in play. Terrain heights are above the datum sphere (negative at
 * Jezero and Gale); the spec's elevation is the site's mean ground height above that datum; and
 * {@link org.skycrane.terrain.Terrain#heightAboveGround} is above the surface itself. Use the last for
 * touchdown and impacts.
 */
package org.skycrane.terrain;
