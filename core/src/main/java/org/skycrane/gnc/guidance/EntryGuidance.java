package org.skycrane.gnc.guidance;

import org.skycrane.gnc.nav.NavState;

/** Hypersonic entry guidance: the bank angle to fly, from the navigated state. */
public interface EntryGuidance {

    /** Commanded bank angle (rad), positive banks the lift to the right. */
    double bankCommand(NavState nav);

    /** Bank reversals commanded so far. */
    default int reversals() {
        return 0;
    }
}
