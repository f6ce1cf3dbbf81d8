package org.skycrane.earth;

/** How a relay orbiter forwards what it hears from the lander during EDL. */
public enum RelayMode {

    /**
     * Real-time ("bent-pipe") relay: the orbiter receives the UHF signal and retransmits it to
     * Earth at once, as Mars Odyssey did for MSL and MRO for Mars 2020 (P: JPL, "MSL: Signal Tones";
     * NASA, "Mars 2020 Perseverance: Communications", mars.nasa.gov/mars2020/mission/communications).
     */
    BENT_PIPE,

    /**
     * Store and forward: the orbiter records and plays the data back later, as MRO did for MSL and
     * MAVEN for Mars 2020; nothing reaches Earth in real time.
     */
    RECORD
}
