package org.skycrane.gnc.guidance;

import org.skycrane.gnc.nav.NavState;
import org.skycrane.math.Curve;

/**
 * Open-loop entry: bank angle scheduled against planet-relative speed. No range control; the
 * vehicle lands where the schedule and the atmosphere take it.
 *
 * @param bankVsSpeed bank angle (rad) against planet-relative speed (m/s)
 */
public record BankSchedule(Curve bankVsSpeed) implements EntryGuidance {

    @Override
    public double bankCommand(NavState nav) {
        return bankVsSpeed.value(nav.speed());
    }
}
