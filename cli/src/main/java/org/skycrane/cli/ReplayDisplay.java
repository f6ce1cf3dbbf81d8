package org.skycrane.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.skycrane.earth.EarthEvent;
import org.skycrane.earth.EarthTimeline;
import org.skycrane.earth.EarthTimelineJson;
import org.skycrane.earth.EarthView;
import org.skycrane.earth.TimeScales;

/**
 * A terminal mission-control display of an {@link EarthTimeline}: the UTC clock on Earth, what is
 * happening on Mars at that Earth instant ("on Mars now": the latest event whose SCET has passed)
 * against what Earth has heard ("heard on Earth": the latest event whose signal has arrived), with
 * each call-out printed when its signal reaches Earth, and the moment Earth hears entry interface
 * while the rover is already on the ground.
 *
 * <p>The Earth clock starts at entry interface (SCET) and runs {@code speed} times faster than real
 * time. The wall clock and the sleep are injected, so tests replay a landing instantly. Without
 * ANSI (not a terminal, or {@code TERM=dumb}) it prints plain appended lines only, with a clock row every
 * five seconds of waiting; with ANSI it redraws one short status line with the running clock instead (carriage return and erase-line only, so a
 * terminal that ignores the escapes still shows readable lines).
 */
public final class ReplayDisplay {

    /** Sleeps for a number of nanoseconds. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(long nanos) throws InterruptedException;
    }

    private static final long STATUS_REDRAW_NANOS = 200_000_000L;
    private static final long PLAIN_TICK_NANOS = 5_000_000_000L;
    private static final String CLEAR_LINE = "\r\u001b[2K";
    private static final DateTimeFormatter CLOCK =
            DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneOffset.UTC);
    private static final String INDENT = "              ";

    private final PrintWriter out;
    private final boolean ansi;
    private final LongSupplier nanoClock;
    private final Sleeper sleeper;

    /**
     * @param out       where to draw
     * @param ansi      whether to redraw a status line with ANSI escapes
     * @param nanoClock monotonic wall clock (ns), e.g. {@code System::nanoTime}
     * @param sleeper   waits, e.g. {@code Thread.sleep}
     */
    public ReplayDisplay(PrintWriter out, boolean ansi, LongSupplier nanoClock, Sleeper sleeper) {
        this.out = Objects.requireNonNull(out, "out");
        this.ansi = ansi;
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /** A display on the real clock; ANSI redraw only on an interactive terminal whose TERM is not "dumb". */
    public static ReplayDisplay forTerminal(PrintWriter out) {
        boolean tty = System.console() != null && !"dumb".equals(System.getenv("TERM"));
        return new ReplayDisplay(out, tty, System::nanoTime,
                nanos -> Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000)));
    }

    private enum Kind { ON_MARS, HEARD }

    private record Moment(Instant at, Kind kind, int index, EarthEvent event) {
    }

    /**
     * Plays the timeline; returns when the last call-out has been shown (or the thread is interrupted).
     *
     * @param speed Earth seconds per wall-clock second, &gt; 0
     */
    public void play(EarthTimeline timeline, double speed) {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be a positive finite factor: " + speed);
        }
        List<EarthEvent> events = timeline.events();
        List<Moment> moments = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            EarthEvent event = events.get(i);
            moments.add(new Moment(event.scet(), Kind.ON_MARS, i, event));
            moments.add(new Moment(arrival(event), Kind.HEARD, i, event));
        }
        moments.sort(Comparator.comparing(Moment::at).thenComparing(Moment::kind).thenComparingInt(Moment::index));

        Instant start = timeline.entryInterfaceScet();
        if (!moments.isEmpty() && moments.get(0).at().isBefore(start)) {
            start = moments.get(0).at();
        }
        header(timeline, speed, start);
        State state = new State(timeline, start, speed, nanoClock.getAsLong());
        try {
            for (Moment moment : moments) {
                waitUntil(state, moment.at());
                show(state, moment);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            clearStatus();
            out.println("(replay interrupted)");
            out.flush();
            return;
        }
        clearStatus();
        out.println();
        long heard = events.stream().filter(e -> e.heardAt() != null).count();
        Instant last = moments.isEmpty() ? start : moments.get(moments.size() - 1).at();
        out.printf(Locale.ROOT, "Replay complete: %d call-outs, %d heard live; the last at %s UTC.%n",
                   events.size(), heard, clock(last));
        out.flush();
    }

    /** When the display shows the event as heard: live arrival, or the direct ERT when nothing carried it live. */
    private static Instant arrival(EarthEvent event) {
        Instant heard = event.heardAt();
        return heard != null ? heard : event.ert();
    }

    private void header(EarthTimeline timeline, double speed, Instant start) {
        double lat = Math.toDegrees(timeline.siteLatitude());
        double lon = Math.toDegrees(timeline.siteLongitude());
        double owlt = timeline.oneWayLightTime();
        out.printf(Locale.ROOT, "MISSION CONTROL - %s entry, descent and landing, as heard on Earth%n",
                   timeline.roverName());
        out.printf(Locale.ROOT, "Landing site %s; relay: %s%n", Coordinates.of(lat, lon),
                   timeline.relay() == null ? "none"
                           : timeline.relay().name() + " (" + timeline.relay().mode().name().toLowerCase(Locale.ROOT)
                             .replace('_', ' ') + ")");
        out.printf(Locale.ROOT, "One-way light time %.3f s (%s) at touchdown. Every signal from Mars is that old.%n",
                   owlt, duration(owlt));
        out.printf(Locale.ROOT, "Earth clock from %s, speed x%s.%n", EarthTimelineJson.iso(start), factor(speed));
        out.println();
        out.printf(Locale.ROOT, "%-13s | %-36s | %s%n", "EARTH UTC", "ON MARS NOW", "HEARD ON EARTH");
        out.println("--------------+--------------------------------------+--------------------------------------");
        out.flush();
    }

    private void show(State state, Moment moment) {
        EarthEvent event = moment.event();
        clearStatus();
        if (moment.kind() == Kind.ON_MARS) {
            state.onMars = event;
            row(moment.at(), Kind.ON_MARS, event);
            if (EarthView.TOUCHDOWN.equals(event.name()) && !state.heardEntry) {
                out.printf(Locale.ROOT, "%sOn Mars, %s is already on the ground. Earth has not yet heard that entry began.%n",
                           INDENT, state.timeline.roverName());
            }
        } else {
            state.heard = event;
            row(moment.at(), Kind.HEARD, event);
            String how = event.heardAt() == null ? " (no live link: from the recorded data, later)"
                    : event.relayedOnly() && state.timeline.relay() != null
                    ? " (via " + state.timeline.relay().name() + ")" : "";
            out.printf(Locale.ROOT, "%s>> %s%s%n", INDENT, event.callout(), how);
            if ("ENTRY_INTERFACE".equals(event.name()) && !state.heardEntry) {
                state.heardEntry = true;
                state.timeline.event(EarthView.TOUCHDOWN)
                        .filter(touchdown -> !touchdown.scet().isAfter(moment.at()))
                        .ifPresent(touchdown -> out.printf(Locale.ROOT,
                                "%s*** Earth hears entry interface only now, but %s has been on the ground for %s. ***%n",
                                INDENT, state.timeline.roverName(),
                                duration(TimeScales.ttBetween(touchdown.scet(), moment.at()))));
            }
        }
        out.flush();
        drawStatus(state, moment.at());
    }

    /** One row: the clock and the event that just happened, in its column; the other column stays empty. */
    private void row(Instant at, Kind kind, EarthEvent event) {
        out.printf(Locale.ROOT, "%-13s | %-36s | %s%n", clock(at), kind == Kind.ON_MARS ? label(event) : "",
                kind == Kind.HEARD ? label(event) : "");
    }

    private static String label(EarthEvent event) {
        if (event == null) {
            return "nothing yet";
        }
        return String.format(Locale.ROOT, "%s (E+%.1f s)", event.name(), event.time());
    }

    private static String shortLabel(EarthEvent event) {
        return event == null ? "-" : event.name();
    }

    private void waitUntil(State state, Instant earthTime) throws InterruptedException {
        double earthSeconds = TimeScales.ttBetween(state.start, earthTime);
        long target = state.startNanos + (long) Math.floor(earthSeconds / state.speed * 1e9);
        while (true) {
            long remaining = target - nanoClock.getAsLong();
            if (remaining <= 0) {
                return;
            }
            if (ansi) {
                drawStatus(state, state.earthNow(nanoClock.getAsLong()));
                sleeper.sleep(Math.min(remaining, STATUS_REDRAW_NANOS));
            } else {
                // Without a terminal to redraw on, the clock runs as a row every few seconds of waiting.
                if (remaining > PLAIN_TICK_NANOS) {
                    sleeper.sleep(PLAIN_TICK_NANOS);
                    out.printf(Locale.ROOT, "%-13s |%n", clock(state.earthNow(nanoClock.getAsLong())));
                    out.flush();
                } else {
                    sleeper.sleep(remaining);
                }
            }
        }
    }

    private void drawStatus(State state, Instant earthNow) {
        if (!ansi) {
            return;
        }
        out.print(CLEAR_LINE + String.format(Locale.ROOT, "  [UTC %s] on Mars now: %s | heard: %s",
                clock(earthNow), shortLabel(state.onMars), shortLabel(state.heard)));
        out.flush();
    }

    private void clearStatus() {
        if (ansi) {
            out.print(CLEAR_LINE);
        }
    }

    private static String clock(Instant instant) {
        return CLOCK.format(EarthTimelineJson.roundToMillis(instant));
    }

    private static String factor(double speed) {
        return speed == Math.rint(speed) ? String.format(Locale.ROOT, "%.0f", speed)
                                         : String.format(Locale.ROOT, "%.3g", speed);
    }

    /** "4 min 32 s" (whole seconds), or "41.3 s" under a minute. */
    static String duration(double seconds) {
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        long whole = Math.round(seconds);
        return String.format(Locale.ROOT, "%d min %d s", whole / 60, whole % 60);
    }

    /** What the display has shown so far. */
    private static final class State {
        final EarthTimeline timeline;
        final Instant start;
        final double speed;
        final long startNanos;
        EarthEvent onMars;
        EarthEvent heard;
        boolean heardEntry;

        State(EarthTimeline timeline, Instant start, double speed, long startNanos) {
            this.timeline = timeline;
            this.start = start;
            this.speed = speed;
            this.startNanos = startNanos;
        }

        Instant earthNow(long nanos) {
            return TimeScales.plusTt(start, (nanos - startNanos) * 1e-9 * speed);
        }
    }
}
