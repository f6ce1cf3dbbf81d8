package org.skycrane.sim;

import java.time.Instant;
import org.skycrane.gnc.trn.LvsMaps;
import org.skycrane.scenario.TrnSpec;
import org.skycrane.sensors.DescentCamera;
import org.skycrane.terrain.Terrain;

/**
 * Where terrain-relative navigation's images come from, for {@code trn.mode: images}: the onboard
 * orbital maps made before flight from the site (orbital imagery of a coarser, perturbed elevation
 * model, not the ground itself) and the descent camera that sees the true ground. Core has no
 * renderer; the {@code vision} module provides one.
 */
public interface Vision {

    /** The onboard coarse and fine orbital maps of {@code ground} (made once per site and shared). */
    LvsMaps maps(Terrain ground, TrnSpec spec);

    /**
     * A descent camera over {@code ground} for one flight, used and closed on one thread; its images
     * are lit by the Sun of the landing's place at each capture, flight time counted from
     * {@code entryInterface}.
     */
    DescentCamera camera(Terrain ground, TrnSpec spec, Instant entryInterface);
}
