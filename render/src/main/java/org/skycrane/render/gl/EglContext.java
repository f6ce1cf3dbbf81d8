package org.skycrane.render.gl;

import static org.lwjgl.egl.EGL10.EGL_ALPHA_SIZE;
import static org.lwjgl.egl.EGL10.EGL_BLUE_SIZE;
import static org.lwjgl.egl.EGL10.EGL_DEPTH_SIZE;
import static org.lwjgl.egl.EGL10.EGL_EXTENSIONS;
import static org.lwjgl.egl.EGL10.EGL_GREEN_SIZE;
import static org.lwjgl.egl.EGL10.EGL_HEIGHT;
import static org.lwjgl.egl.EGL10.EGL_NONE;
import static org.lwjgl.egl.EGL10.EGL_NO_CONTEXT;
import static org.lwjgl.egl.EGL10.EGL_NO_DISPLAY;
import static org.lwjgl.egl.EGL10.EGL_NO_SURFACE;
import static org.lwjgl.egl.EGL10.EGL_PBUFFER_BIT;
import static org.lwjgl.egl.EGL10.EGL_RED_SIZE;
import static org.lwjgl.egl.EGL10.EGL_SURFACE_TYPE;
import static org.lwjgl.egl.EGL10.EGL_WIDTH;
import static org.lwjgl.egl.EGL10.eglChooseConfig;
import static org.lwjgl.egl.EGL10.eglCreatePbufferSurface;
import static org.lwjgl.egl.EGL10.eglDestroyContext;
import static org.lwjgl.egl.EGL10.eglDestroySurface;
import static org.lwjgl.egl.EGL10.eglGetDisplay;
import static org.lwjgl.egl.EGL10.eglGetError;
import static org.lwjgl.egl.EGL10.eglInitialize;
import static org.lwjgl.egl.EGL10.eglMakeCurrent;
import static org.lwjgl.egl.EGL10.eglQueryString;
import static org.lwjgl.egl.EGL10.eglTerminate;
import static org.lwjgl.egl.EGL12.EGL_OPENGL_ES_API;
import static org.lwjgl.egl.EGL12.EGL_RENDERABLE_TYPE;
import static org.lwjgl.egl.EGL12.eglBindAPI;
import static org.lwjgl.egl.EGL12.eglReleaseThread;
import static org.lwjgl.egl.EGL13.EGL_CONTEXT_CLIENT_VERSION;
import static org.lwjgl.egl.EGL15.EGL_OPENGL_ES3_BIT;

import java.nio.IntBuffer;
import org.lwjgl.egl.EGL;
import org.lwjgl.egl.EGL10;
import org.lwjgl.egl.EGLCapabilities;
import org.lwjgl.opengles.GLES;
import org.lwjgl.opengles.GLES30;
import org.lwjgl.opengles.GLESCapabilities;
import org.lwjgl.system.JNI;
import org.lwjgl.system.MemoryStack;
import org.lwjgl.system.MemoryUtil;

/**
 * An OpenGL ES 3 context on EGL with no window and no GPU required: Mesa's surfaceless platform
 * (software rasteriser llvmpipe on a machine without a GPU). The context is current on the thread
 * that created it and must only be used there ({@link #checkThread()}).
 *
 * <p>Display selection: when the EGL client extensions {@code EGL_EXT_platform_base} and
 * {@code EGL_MESA_platform_surfaceless} are present, the display is taken with
 * {@code eglGetPlatformDisplayEXT(EGL_PLATFORM_SURFACELESS_MESA, EGL_DEFAULT_DISPLAY)}, which needs no
 * environment variable. Otherwise the default display is used, which on Mesa needs the environment
 * variable {@code EGL_PLATFORM=surfaceless}; without either this constructor fails with a message
 * saying so. The config asks for {@code EGL_SURFACE_TYPE = EGL_PBUFFER_BIT}: on Mesa's surfaceless
 * platform no config matches without it.
 */
public final class EglContext implements AutoCloseable {

    /** EGL_PLATFORM_SURFACELESS_MESA from the EGL_MESA_platform_surfaceless extension. */
    private static final int EGL_PLATFORM_SURFACELESS_MESA = 0x31DD;

    /** EGL_DEFAULT_DISPLAY, the native display handle 0. */
    private static final long EGL_DEFAULT_DISPLAY = 0L;

    /**
     * Contexts open on the process' one surfaceless display: the EGL display handle is shared by all,
     * so it is terminated only when the last one closes.
     */
    private static int users;

    private final Thread owner;
    private final long display;
    private final long context;
    private final long surface;
    private final GLESCapabilities capabilities;
    private final String description;
    private boolean closed;

    /** Creates the context and makes it current on the calling thread. */
    public EglContext() {
        owner = Thread.currentThread();
        // LWJGL loads libEGL itself on first use; do not call EGL.create() here.
        EGLCapabilities client = EGL.getCapabilities();
        String clientExtensions = eglQueryString(EGL_NO_DISPLAY, EGL_EXTENSIONS);
        // LWJGL 3.3.6 reports EGL_EXT_platform_base false here although the string has it, and its
        // checked wrapper refuses EGL_DEFAULT_DISPLAY (a null native display): read the string and
        // call the entry point directly.
        long getPlatformDisplay = client.eglGetPlatformDisplayEXT;
        boolean platformSurfaceless = getPlatformDisplay != 0 && clientExtensions != null
                && clientExtensions.contains("EGL_EXT_platform_base")
                && clientExtensions.contains("EGL_MESA_platform_surfaceless");
        long dpy;
        if (platformSurfaceless) {
            try (MemoryStack stack = MemoryStack.stackPush()) {
                dpy = JNI.callPPP(EGL_PLATFORM_SURFACELESS_MESA, EGL_DEFAULT_DISPLAY,
                        MemoryUtil.memAddress(stack.ints(EGL_NONE)), getPlatformDisplay);
            }
        } else {
            String platform = System.getenv("EGL_PLATFORM");
            if (!"surfaceless".equals(platform)) {
                throw new IllegalStateException("EGL has no EGL_MESA_platform_surfaceless extension and the"
                        + " environment variable EGL_PLATFORM is " + (platform == null ? "not set" : "'" + platform + "'")
                        + ": set EGL_PLATFORM=surfaceless (and install Mesa's libegl1 libegl-mesa0 libgles2"
                        + " libgl1-mesa-dri) to render without a display");
            }
            dpy = eglGetDisplay(EGL_DEFAULT_DISPLAY);
        }
        if (dpy == EGL_NO_DISPLAY) {
            throw new IllegalStateException("no EGL display (0x" + Integer.toHexString(eglGetError()) + ")");
        }
        display = dpy;
        synchronized (EglContext.class) {
            users++;
        }
        try (MemoryStack stack = MemoryStack.stackPush()) {
            IntBuffer major = stack.mallocInt(1);
            IntBuffer minor = stack.mallocInt(1);
            if (!eglInitialize(display, major, minor)) {
                throw fail("eglInitialize (on Mesa without EGL_MESA_platform_surfaceless, set EGL_PLATFORM=surfaceless)");
            }
            EGLCapabilities dc = EGL.createDisplayCapabilities(display, major.get(0), minor.get(0));
            if (!eglBindAPI(EGL_OPENGL_ES_API)) {
                throw fail("eglBindAPI(EGL_OPENGL_ES_API)");
            }
            IntBuffer attributes = stack.ints(
                    EGL_SURFACE_TYPE, EGL_PBUFFER_BIT,
                    EGL_RENDERABLE_TYPE, EGL_OPENGL_ES3_BIT,
                    EGL_RED_SIZE, 8, EGL_GREEN_SIZE, 8, EGL_BLUE_SIZE, 8, EGL_ALPHA_SIZE, 8,
                    EGL_DEPTH_SIZE, 0,
                    EGL_NONE);
            org.lwjgl.PointerBuffer configs = stack.mallocPointer(1);
            IntBuffer count = stack.mallocInt(1);
            if (!eglChooseConfig(display, attributes, configs, count) || count.get(0) == 0) {
                throw fail("eglChooseConfig found no OpenGL ES 3 pbuffer config");
            }
            long config = configs.get(0);
            context = EGL10.eglCreateContext(display, config, EGL_NO_CONTEXT,
                    stack.ints(EGL_CONTEXT_CLIENT_VERSION, 3, EGL_NONE));
            if (context == EGL_NO_CONTEXT) {
                throw fail("eglCreateContext (OpenGL ES 3)");
            }
            if (dc.EGL_KHR_surfaceless_context) {
                surface = EGL_NO_SURFACE;
            } else {
                surface = eglCreatePbufferSurface(display, config, stack.ints(EGL_WIDTH, 1, EGL_HEIGHT, 1, EGL_NONE));
                if (surface == EGL_NO_SURFACE) {
                    throw fail("eglCreatePbufferSurface");
                }
            }
            if (!eglMakeCurrent(display, surface, surface, context)) {
                throw fail("eglMakeCurrent");
            }
        }
        capabilities = GLES.createCapabilities();
        description = GLES30.glGetString(GLES30.GL_RENDERER) + " / " + GLES30.glGetString(GLES30.GL_VERSION);
    }

    private IllegalStateException fail(String what) {
        int error = eglGetError();
        release(display);
        return new IllegalStateException(what + " failed (EGL error 0x" + Integer.toHexString(error) + ")");
    }

    private static synchronized void release(long display) {
        users--;
        if (users == 0) {
            eglTerminate(display);
        }
    }

    /** The OpenGL ES capabilities of this context (extensions present). */
    public GLESCapabilities capabilities() {
        return capabilities;
    }

    /** Renderer and version strings, e.g. "llvmpipe (LLVM 15.0.6, 256 bits) / OpenGL ES 3.2 Mesa 22.3.6". */
    public String description() {
        return description;
    }

    /** Fails unless called on the thread that created this context and before {@link #close()}. */
    public void checkThread() {
        if (closed) {
            throw new IllegalStateException("the GL context is closed");
        }
        if (Thread.currentThread() != owner) {
            throw new IllegalStateException("the GL context belongs to thread '" + owner.getName()
                    + "'; it was used from '" + Thread.currentThread().getName() + "'");
        }
    }

    /** Releases the context, its surface and the display. Idempotent; call from the owning thread. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        checkThread();
        closed = true;
        eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
        GLES.setCapabilities(null);
        if (surface != EGL_NO_SURFACE) {
            eglDestroySurface(display, surface);
        }
        eglDestroyContext(display, context);
        eglReleaseThread();
        release(display);
    }
}
