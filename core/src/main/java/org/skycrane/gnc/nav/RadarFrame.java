package org.skycrane.gnc.nav;

import java.util.List;

/**
 * The terminal descent sensor's returns at one instant; beams without a return are absent.
 *
 * @param time    since entry interface (s)
 * @param returns the beams that returned
 */
public record RadarFrame(double time, List<RadarReturn> returns) {

    public RadarFrame {
        returns = List.copyOf(returns);
    }
}
