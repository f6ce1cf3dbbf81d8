package org.skycrane.cli.archfixture;

import java.time.Instant;
import org.skycrane.earth.TimeScales;

/** Breaks "core does not know the Earth view": a time-scale conversion, as the summary writer once did. */
public final class KnowsTheEarthView {

    private KnowsTheEarthView() {
    }

    public static double ttSinceJ2000(Instant utc) {
        return TimeScales.ttSinceJ2000(utc);
    }
}
