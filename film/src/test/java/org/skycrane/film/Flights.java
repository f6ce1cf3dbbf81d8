package org.skycrane.film;

import java.util.concurrent.ConcurrentHashMap;
import org.skycrane.film.flight.Footage;
import org.skycrane.film.scene.FlightScene;
import org.skycrane.film.scene.SiteGround;
import org.skycrane.io.ScenarioReader;
import org.skycrane.scenario.Scenario;
import org.skycrane.sim.Simulation;

/** The flights the tests film, flown once per JVM. */
final class Flights {

    private static final ConcurrentHashMap<String, Footage> FLOWN = new ConcurrentHashMap<>();

    private Flights() {
    }

    /** The preset {@code name} flown as written, with its trajectory. */
    static Footage preset(String name) {
        return FLOWN.computeIfAbsent(name, n -> {
            Scenario s = ScenarioReader.read(n);
            return new Footage(s, Simulation.run(s, true));
        });
    }

    /**
     * Mars 2020 flown over flat ground (a sphere at the site's elevation) instead of the preset's
     * synthetic Jezero, for tests whose closed form needs a flat ground.
     */
    static Footage mars2020OverFlatGround() {
        return FLOWN.computeIfAbsent("mars2020 over flat ground", n -> {
            Scenario s = ScenarioReader.parse("base: mars2020\nterrain:\n  model: flat\n", "mars2020-flat.yaml");
            return new Footage(s, Simulation.run(s, true));
        });
    }

    /** The Mars 2020 flight's scene over a coarse 8 km square of ground (64 m posting: quick to build). */
    static FlightScene mars2020Scene() {
        return scene(preset("mars2020"));
    }

    /** As {@link #mars2020Scene()}, flown over flat ground ({@link #mars2020OverFlatGround()}). */
    static FlightScene mars2020SceneOverFlatGround() {
        return scene(mars2020OverFlatGround());
    }

    private static FlightScene scene(Footage f) {
        var end = f.at(f.end()).position();
        return new FlightScene(f, SiteGround.of(f.terrain(), f.frame(), end.getX(), end.getY(), 8000, 64));
    }
}
