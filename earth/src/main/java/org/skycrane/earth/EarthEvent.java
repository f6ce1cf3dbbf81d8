package org.skycrane.earth;

import java.time.Instant;
import java.util.Objects;

/**
 * One event as Earth sees it.
 *
 * @param name           event name (the simulator's, or {@link EarthView#EARTH_SET})
 * @param time           since entry interface (s)
 * @param scet           spacecraft event time (UTC)
 * @param ert            Earth-received time of a direct signal emitted at {@code scet} (UTC):
 *                       scet + {@code lightTime}, whether or not Earth is in view
 * @param lightTime      one-way light time from the vehicle at {@code scet} (s)
 * @param lmst           local mean solar time at the landing site's longitude, {@code HH:MM:SS}
 * @param earthElevation Earth's elevation above the vehicle's horizontal plane (rad)
 * @param dteVisible     Earth above the vehicle's geometric horizon (direct-to-Earth link possible)
 * @param ertRelay       when a real-time relay delivers the event to Earth (UTC), or {@code null}
 *                       when no bent-pipe relay sees the vehicle then
 * @param callout        mission-control line for the event
 */
public record EarthEvent(String name, double time, Instant scet, Instant ert, double lightTime, String lmst,
                         double earthElevation, boolean dteVisible, Instant ertRelay, String callout) {

    public EarthEvent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scet, "scet");
        Objects.requireNonNull(ert, "ert");
        Objects.requireNonNull(lmst, "lmst");
        Objects.requireNonNull(callout, "callout");
    }

    /**
     * When Earth first learns of the event in real time: the earlier of the direct signal (if Earth
     * is in view) and the relay, or {@code null} if neither carries it live. Loss of the direct
     * signal ({@link EarthView#EARTH_SET}) is noticed at its {@code ert}.
     */
    public Instant heardAt() {
        if (EarthView.EARTH_SET.equals(name)) {
            return ert;
        }
        Instant direct = dteVisible ? ert : null;
        if (direct == null) {
            return ertRelay;
        }
        return ertRelay != null && ertRelay.isBefore(direct) ? ertRelay : direct;
    }

    /** Whether Earth hears this event only through the relay. */
    public boolean relayedOnly() {
        Instant heard = heardAt();
        return heard != null && !EarthView.EARTH_SET.equals(name) && !dteVisible;
    }
}
