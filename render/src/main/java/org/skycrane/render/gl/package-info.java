/**
 * Headless rendering with OpenGL ES 3 on EGL: {@link org.skycrane.render.gl.Renderer} draws a
 * {@link org.skycrane.render.scene.Scene} through a {@link org.skycrane.render.camera.PinholeCamera}
 * into an off-screen framebuffer and reads it back, on a machine without a GPU or display (Mesa's
 * llvmpipe through the EGL_MESA_platform_surfaceless display). Everything is placed in double
 * precision and sent to the GPU relative to the camera, so float precision holds kilometres from
 * the origin; depth is reversed and floating-point, with no far plane.
 *
 * <p>Pitfall: a renderer owns a GL context that is current on the thread that created it; use and
 * close it there (it checks). On a Mesa without the surfaceless platform extension, the
 * environment variable EGL_PLATFORM=surfaceless must be set before the JVM starts.
 */
package org.skycrane.render.gl;
