/**
 * Terrain-relative navigation's truth side, drawn with the renderer: the onboard orbital maps made
 * from rendered orbital imagery of a perturbed, coarser elevation model, and the descent camera that
 * renders the true terrain from the true pose. Pitfall: the flight software (org.skycrane.gnc.trn)
 * must get only what these produce, the maps and the images, never the terrain they come from.
 */
package org.skycrane.vision;
