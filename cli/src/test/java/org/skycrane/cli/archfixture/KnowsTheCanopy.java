package org.skycrane.cli.archfixture;

import org.skycrane.canopy.Message;

/** Breaks "core does not know the canopy code": parses a canopy message, as VehicleSpec once did. */
public final class KnowsTheCanopy {

    private KnowsTheCanopy() {
    }

    public static Message message(String text) {
        return Message.parse(text);
    }
}
