package org.skycrane.render.gl;

/**
 * GLSL ES 3.00 sources of the renderer's programs. Every position reaching a shader is relative to
 * the camera (m, local frame axes), so float precision holds at kilometres from the origin.
 */
final class Shaders {

    private Shaders() {
    }

    private static final String HEADER = """
            #version 300 es
            precision highp float;
            precision highp int;
            precision highp sampler2D;
            precision highp sampler2DShadow;
            """;

    /** Sun visibility from the shadow map, Mars dust haze, and exposure; shared by the lit programs. */
    private static final String LIGHT = """
            uniform vec3 uSunDir;
            uniform vec3 uSunColor;
            uniform vec3 uAmbient;
            uniform sampler2DShadow uShadowMap;
            uniform mat4 uLightMatrix;
            uniform int uShadowOn;
            uniform float uShadowTexel;
            uniform vec3 uHazeColor;
            uniform float uHazeTau;
            uniform float uHazeH;
            uniform float uCamZ;
            uniform float uExposure;

            float sunVisibility(vec3 p, vec3 n) {
                if (uShadowOn == 0) return 1.0;
                // Normal offset of 1.5 texels against acne on surfaces that are both caster and receiver.
                vec4 s = uLightMatrix * vec4(p + n * (1.5 * uShadowTexel), 1.0);
                if (s.x <= 0.0 || s.x >= 1.0 || s.y <= 0.0 || s.y >= 1.0 || s.z <= 0.0 || s.z >= 1.0) return 1.0;
                return texture(uShadowMap, s.xyz);
            }

            // Extinction by dust of vertical optical depth uHazeTau, exponential with scale height uHazeH,
            // along the straight path from the camera (height uCamZ) to p; in-scattered light of the
            // horizon's colour fills what is lost.
            vec3 haze(vec3 c, vec3 p) {
                if (uHazeTau <= 0.0) return c;
                float len = length(p);
                float tau;
                if (abs(p.z) < 1.0) {
                    tau = uHazeTau * exp(-(uCamZ + 0.5 * p.z) / uHazeH) * len / uHazeH;
                } else {
                    tau = uHazeTau * (exp(-uCamZ / uHazeH) - exp(-(uCamZ + p.z) / uHazeH)) * len / p.z;
                }
                float t = exp(-max(tau, 0.0));
                return c * t + uHazeColor * (1.0 - t);
            }
            """;

    static final String MESH_VERTEX = HEADER + """
            in vec3 aPos;
            in vec3 aNormal;
            in vec2 aUv;
            uniform mat4 uModel;
            uniform mat3 uNormalMatrix;
            uniform mat4 uViewProj;
            out vec3 vPos;
            out vec3 vNormal;
            out vec2 vUv;
            void main() {
                vec4 p = uModel * vec4(aPos, 1.0);
                vPos = p.xyz;
                vNormal = uNormalMatrix * aNormal;
                vUv = aUv;
                gl_Position = uViewProj * p;
            }
            """;

    static final String MESH_FRAGMENT = HEADER + LIGHT + """
            in vec3 vPos;
            in vec3 vNormal;
            in vec2 vUv;
            uniform vec3 uAlbedo;
            uniform int uTextured;
            uniform sampler2D uTexture;
            uniform float uTranslucency;
            uniform int uEmissive;
            out vec4 fragColor;
            void main() {
                vec3 albedo = uAlbedo;
                if (uTextured == 1) albedo *= texture(uTexture, vUv).rgb;
                vec3 c;
                if (uEmissive == 1) {
                    c = albedo;
                } else {
                    vec3 n = normalize(vNormal);
                    if (dot(n, vPos) > 0.0) n = -n;   // lit on both faces: the normal faces the viewer
                    float ndl = dot(n, uSunDir);
                    float direct = ndl > 0.0 ? ndl * sunVisibility(vPos, n) : uTranslucency * -ndl;
                    c = albedo * (uAmbient + uSunColor * direct);
                }
                fragColor = vec4(haze(c, vPos) * uExposure, 1.0);
            }
            """;

    static final String TERRAIN_VERTEX = HEADER + """
            in vec3 aGrid;               // chunk-local vertex (i, j) at this level, and 1 on the skirt
            uniform sampler2D uHeights;  // R32F, one texel per grid point
            uniform ivec2 uChunkOrigin;  // grid index of the chunk's first point
            uniform int uStride;         // grid points per vertex step at this level
            uniform ivec2 uGridMax;      // last grid index in i and j
            uniform vec3 uChunkOffset;   // camera-relative position of the chunk's first point at height 0
            uniform float uPosting;
            uniform float uSkirt;
            uniform vec2 uTexelSize;
            uniform mat4 uViewProj;
            out vec3 vPos;
            out vec3 vNormal;
            out vec2 vUv;
            float heightAt(ivec2 g) {
                return texelFetch(uHeights, clamp(g, ivec2(0), uGridMax), 0).r;
            }
            void main() {
                ivec2 g = min(uChunkOrigin + ivec2(aGrid.xy) * uStride, uGridMax);
                float h = heightAt(g);
                vec2 xy = vec2(g - uChunkOrigin) * uPosting;
                vec3 p = uChunkOffset + vec3(xy, h - aGrid.z * uSkirt);
                // Normal from central differences over this level's vertex spacing (one-sided at the edges).
                ivec2 ex = ivec2(uStride, 0);
                ivec2 ey = ivec2(0, uStride);
                ivec2 e0 = clamp(g - ex, ivec2(0), uGridMax);
                ivec2 e1 = clamp(g + ex, ivec2(0), uGridMax);
                ivec2 n0 = clamp(g - ey, ivec2(0), uGridMax);
                ivec2 n1 = clamp(g + ey, ivec2(0), uGridMax);
                float dhdx = (heightAt(e1) - heightAt(e0)) / (float(max(e1.x - e0.x, 1)) * uPosting);
                float dhdy = (heightAt(n1) - heightAt(n0)) / (float(max(n1.y - n0.y, 1)) * uPosting);
                vNormal = vec3(-dhdx, -dhdy, 1.0);
                vPos = p;
                vUv = (vec2(g) + 0.5) * uTexelSize;
                gl_Position = uViewProj * vec4(p, 1.0);
            }
            """;

    static final String TERRAIN_FRAGMENT = HEADER + LIGHT + """
            in vec3 vPos;
            in vec3 vNormal;
            in vec2 vUv;
            uniform sampler2D uAlbedoMap;
            out vec4 fragColor;
            void main() {
                vec3 albedo = texture(uAlbedoMap, vUv).rgb;
                vec3 n = normalize(vNormal);
                float ndl = dot(n, uSunDir);
                float direct = ndl > 0.0 ? ndl * sunVisibility(vPos, n) : 0.0;
                vec3 c = albedo * (uAmbient + uSunColor * direct);
                fragColor = vec4(haze(c, vPos) * uExposure, 1.0);
            }
            """;

    static final String DEPTH_FRAGMENT = HEADER + """
            void main() {
            }
            """;

    static final String SKY_VERTEX = HEADER + """
            void main() {
                // One triangle covering the screen.
                vec2 p = vec2(float((gl_VertexID << 1) & 2), float(gl_VertexID & 2)) * 2.0 - 1.0;
                gl_Position = vec4(p, 0.0, 1.0);
            }
            """;

    static final String SKY_FRAGMENT = HEADER + """
            uniform mat3 uCamToLocal;
            uniform vec4 uIntrinsics;    // focal length, cx, cy (pixels), image height
            uniform vec3 uHorizon;
            uniform vec3 uZenith;
            uniform float uTau;
            uniform float uHorizonAirmass;
            uniform vec3 uSunDir;
            uniform vec3 uAureoleColor;
            uniform float uAureoleWidth;
            uniform vec3 uSunDisk;
            uniform float uCosSunRadius;
            uniform float uExposure;
            out vec4 fragColor;
            float profile(float s) {
                float m = s <= 1.0 / uHorizonAirmass ? uHorizonAirmass : 1.0 / s;
                if (uTau < 1e-6) return m / uHorizonAirmass;
                return (1.0 - exp(-uTau * m)) / (1.0 - exp(-uTau * uHorizonAirmass));
            }
            void main() {
                float u = gl_FragCoord.x;
                float v = uIntrinsics.w - gl_FragCoord.y;
                vec3 d = normalize(uCamToLocal * vec3((u - uIntrinsics.y) / uIntrinsics.x,
                                                      (v - uIntrinsics.z) / uIntrinsics.x, 1.0));
                float wz = profile(1.0);
                float t = clamp((profile(d.z) - wz) / max(1.0 - wz, 1e-6), 0.0, 1.0);
                vec3 c = mix(uZenith, uHorizon, t);
                float cosSun = dot(d, uSunDir);
                float angle = acos(clamp(cosSun, -1.0, 1.0));
                c += uAureoleColor * exp(-angle / uAureoleWidth);
                if (cosSun >= uCosSunRadius) c = uSunDisk;
                fragColor = vec4(c * uExposure, 1.0);
            }
            """;

    static final String PARTICLE_VERTEX = HEADER + """
            in vec3 aPos;
            in vec2 aSizeAlpha;          // diameter (m), centre opacity
            uniform mat4 uViewProj;
            uniform float uFocal;        // pixels
            out vec3 vPos;
            out float vAlpha;
            void main() {
                vec4 c = uViewProj * vec4(aPos, 1.0);
                gl_Position = c;
                float px = aSizeAlpha.x * uFocal / max(c.w, 1e-3);
                gl_PointSize = clamp(px, 1.0, 255.0);
                // A puff smaller than a pixel keeps its share of the pixel's area.
                vAlpha = aSizeAlpha.y * min(1.0, px * px);
                vPos = aPos;
            }
            """;

    static final String PARTICLE_FRAGMENT = HEADER + LIGHT + """
            in vec3 vPos;
            in float vAlpha;
            uniform vec3 uAlbedo;
            out vec4 fragColor;
            void main() {
                vec2 q = gl_PointCoord * 2.0 - 1.0;
                float r2 = dot(q, q);
                if (r2 >= 1.0) discard;
                float a = vAlpha * (1.0 - r2) * (1.0 - r2);
                vec3 c = uAlbedo * (uAmbient + 0.5 * uSunColor);
                fragColor = vec4(haze(c, vPos) * uExposure, a);
            }
            """;

    static final String LINE_VERTEX = HEADER + """
            in vec3 aPos;
            uniform mat4 uViewProj;
            out vec3 vPos;
            void main() {
                vPos = aPos;
                gl_Position = uViewProj * vec4(aPos, 1.0);
            }
            """;

    static final String LINE_FRAGMENT = HEADER + LIGHT + """
            in vec3 vPos;
            uniform vec3 uAlbedo;
            out vec4 fragColor;
            void main() {
                vec3 c = uAlbedo * (uAmbient + 0.5 * uSunColor);
                fragColor = vec4(haze(c, vPos) * uExposure, 1.0);
            }
            """;
}
