package org.skycrane.render.gl;

/**
 * The shadow pass's result for the camera pass.
 *
 * @param lookup matrix from camera-relative local coordinates to shadow-map [0, 1]³
 * @param texel  shadow-map texel size on the ground (m), for the normal offset against acne
 */
record ShadowSetup(Matrix4 lookup, double texel) {
}
