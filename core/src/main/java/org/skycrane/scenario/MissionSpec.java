package org.skycrane.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The mission around the flight: the rover's name for call-outs, the UTC (spacecraft event time) of
 * entry interface, and the relay orbiter that listens during EDL.
 *
 * @param roverName         used in mission-control call-outs
 * @param entryInterfaceUtc ISO-8601 UTC of entry interface at Mars (SCET), e.g. 2012-08-06T05:10:45.7Z
 * @param relay             relay orbiter, or null for none
 */
public record MissionSpec(@JsonProperty("rover_name") String roverName,
                          @JsonProperty("entry_interface_utc") String entryInterfaceUtc,
                          @JsonProperty("relay") RelaySpec relay) {

    public MissionSpec {
        Check.required("rover_name", roverName);
        Check.required("entry_interface_utc", entryInterfaceUtc);
        try {
            Instant.parse(entryInterfaceUtc);
        } catch (DateTimeParseException e) {
            throw new FieldException("entry_interface_utc", "must be ISO-8601 UTC like 2021-02-18T20:36:48Z, got '"
                    + entryInterfaceUtc + "'");
        }
    }

    /** Entry interface, SCET. */
    public Instant entryInterface() {
        return Instant.parse(entryInterfaceUtc);
    }

    /**
     * A relay orbiter from the built-in list, placed overhead of the target at a time after entry
     * interface (the real orbital phase at landing is not in the reference; missions phased their
     * relays to be in view during EDL, and so do these presets).
     *
     * @param orbiter          MRO or ODYSSEY
     * @param mode             BENT_PIPE (real-time relay) or RECORD (store and forward)
     * @param overheadAfterEntry seconds after entry interface at which it passes overhead
     */
    public record RelaySpec(@JsonProperty("orbiter") Orbiter orbiter, @JsonProperty("mode") Mode mode,
                            @JsonProperty("overhead_after_entry_s") Double overheadAfterEntry) {

        /** Built-in relay orbiters. */
        public enum Orbiter { MRO, ODYSSEY }

        /** Relay modes. */
        public enum Mode { BENT_PIPE, RECORD }

        public RelaySpec {
            Check.required("orbiter", orbiter);
            Check.required("mode", mode);
            Check.finite("overhead_after_entry_s", overheadAfterEntry);
        }
    }
}
