/**
 * What a frame shows, in one local metric frame (east-north-up, metres): terrain as a
 * {@link org.skycrane.render.scene.HeightField}, solids as {@link org.skycrane.render.scene.Body}
 * (a {@link org.skycrane.render.scene.Mesh} from {@link org.skycrane.render.scene.Shapes}, a
 * {@link org.skycrane.render.scene.Material} and a {@link org.skycrane.render.scene.Pose}), dust as
 * {@link org.skycrane.render.scene.Particles}, cables as {@link org.skycrane.render.scene.Polyline},
 * the Sun as {@link org.skycrane.render.scene.Lighting} and the sky as
 * {@link org.skycrane.render.scene.MarsSky}. Colours are linear light ({@link org.skycrane.render.scene.Rgb}).
 *
 * <p>Pitfall: meshes, textures and height fields are kept on the GPU keyed by identity; build them
 * once and reuse the same instances every frame (a new instance per frame is uploaded again and
 * accumulates until the renderer is closed or the old one evicted).
 */
package org.skycrane.render.scene;
