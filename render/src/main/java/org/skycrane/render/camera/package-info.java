/**
 * The pinhole camera model shared by the renderer and by anything that must know where a point
 * appears in a frame: projection of a local-frame point to a pixel, and of a pixel to a ray.
 *
 * <p>Pitfall: the camera frame is the computer-vision one (+X right, +Y down, +Z along the
 * boresight), not OpenGL's; the field of view given is the horizontal one.
 */
package org.skycrane.render.camera;
