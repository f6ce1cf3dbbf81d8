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

    /** The Mars 2020 flight's scene over a coarse 8 km square of ground (64 m posting: quick to build). */
    static FlightScene mars2020Scene() {
        Footage f = preset("mars2020");
        var end = f.at(f.end()).position();
        return new FlightScene(f, SiteGround.of(f.terrain(), f.frame(), end.getX(), end.getY(), 8000, 64));
    }
}
