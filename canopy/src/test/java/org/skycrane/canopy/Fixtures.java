package org.skycrane.canopy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test resources of the parachute package. */
final class Fixtures {

    private Fixtures() {
    }

    /** The flown Mars 2020 canopy as text, from public transcriptions (see mars2020-canopy.md). */
    static String mars2020Text() {
        return resource("/org/skycrane/canopy/mars2020-canopy.txt");
    }

    static CanopyPattern mars2020() {
        return CanopyText.parse(mars2020Text(), "mars2020-canopy.txt");
    }

    static String resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
