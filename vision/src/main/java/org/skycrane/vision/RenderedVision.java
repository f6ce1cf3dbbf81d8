package org.skycrane.vision;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.skycrane.gnc.trn.LvsMaps;
import org.skycrane.scenario.TrnSpec;
import org.skycrane.sensors.DescentCamera;
import org.skycrane.sim.Vision;
import org.skycrane.terrain.Terrain;

/**
 * Image-mode terrain-relative navigation's truth side: orbital maps from {@link OrbitalImagery}
 * (made once per terrain and orbital Sun, and kept), descent images from a
 * {@link RenderedDescentCamera} per flight, lit by the {@link LandingSun}.
 */
public final class RenderedVision implements Vision {

    /** Seed of the orbital maps' elevation error and noise: a product of the mission, fixed. */
    static final long MAP_SEED = 2020;

    private static final Map<List<Object>, LvsMaps> MAPS = new ConcurrentHashMap<>();

    @Override
    public LvsMaps maps(Terrain ground, TrnSpec spec) {
        return MAPS.computeIfAbsent(List.of(ground, spec.orbitalSunElevationDeg(), spec.orbitalSunAzimuthDeg()),
                k -> OrbitalImagery.maps(ground, Math.toRadians(spec.orbitalSunElevationDeg()),
                        Math.toRadians(spec.orbitalSunAzimuthDeg()), MAP_SEED));
    }

    @Override
    public DescentCamera camera(Terrain ground, TrnSpec spec, Instant entryInterface) {
        return new RenderedDescentCamera(ground, spec.cameraPixels(), new LandingSun(entryInterface, ground.frame()),
                spec.startHeight(), MAP_SEED + 1);
    }
}
