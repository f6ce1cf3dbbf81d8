package org.skycrane.gnc.nav;

import java.util.List;

/**
 * The terminal descent sensor's returns at one instant; beams without a return are absent.
 *
 * @param time    since entry interface (s)
 * @param returns the beams that returned
 * @param samples how many of the radar's samples each return's range averages (its noise is 1/√samples of one sample's)
 */
public record RadarFrame(double time, List<RadarReturn> returns, int samples) {

    public RadarFrame {
        returns = List.copyOf(returns);
        if (samples < 1) {
            throw new IllegalArgumentException("a frame averages at least one sample");
        }
    }

    /** A frame of single samples. */
    public RadarFrame(double time, List<RadarReturn> returns) {
        this(time, returns, 1);
    }
}
