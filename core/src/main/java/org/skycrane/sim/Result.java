package org.skycrane.sim;

import java.util.List;
import org.skycrane.flight.Timeline;

/**
 * Everything a run produced, including a partial record when it ended early.
 *
 * @param scenario   scenario name
 * @param outcome    how it ended
 * @param reason     a sentence on why, for outcomes other than LANDED
 * @param timeline   events in order
 * @param peaks      largest values
 * @param touchdown  the rover's touchdown, or null
 * @param impacts    jettisoned bodies' impacts
 * @param trajectory samples at the output step (empty unless asked for)
 */
public record Result(String scenario, Outcome outcome, String reason, Timeline timeline, Peaks peaks,
                     Touchdown touchdown, List<Impact> impacts, List<TrajectorySample> trajectory) {
}
