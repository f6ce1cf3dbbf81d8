package org.skycrane.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.skycrane.earth.EarthEvent;
import org.skycrane.earth.EarthTimeline;
import org.skycrane.earth.PublishedLanding;
import org.skycrane.earth.TimeScales;

class ReplayDisplayTest {

    /** The published Mars 2020 landing: its press-kit event times, entry-interface epoch and MRO relay. */
    private static final PublishedLanding MARS_2020 = PublishedLanding.mars2020();
    private static final Instant ENTRY = MARS_2020.entryInterfaceScet();
    private static final EarthTimeline TIMELINE = MARS_2020.earthTimeline();

    /**
     * ERT − SCET equals the light time for every event, and that is the "11 minutes and 22 seconds"
     * NASA gave for landing day (Perseverance landing blog, 2021-02-18, blogs.nasa.gov/mars2020) to its rounding.
     */
    @Test
    void ertMinusScetEqualsTheLightTimeForEveryEvent() {
        assertEquals(MARS_2020.events().size(), TIMELINE.events().size(), "no Earth set during Mars 2020 EDL");
        for (EarthEvent event : TIMELINE.events()) {
            assertEquals(event.lightTime(), TimeScales.ttBetween(event.scet(), event.ert()), 1e-6,
                         event.name() + ": ERT - SCET (s)");
            assertEquals(682.0, event.lightTime(), 1.0, event.name() + ": light time, 11 min 22 s (s)");
        }
    }

    /** The replay at high speed finishes and prints every call-out, in flight order. */
    @Test
    void aFastReplayOnTheRealClockFinishesWithEveryCalloutInFlightOrder() {
        StringWriter text = new StringWriter();
        ReplayDisplay display = new ReplayDisplay(new PrintWriter(text), false, System::nanoTime,
                nanos -> Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000)));
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> display.play(TIMELINE, 10_000));
        String out = text.toString();
        int previous = -1;
        for (EarthEvent event : TIMELINE.events()) {
            int at = out.indexOf(">> " + event.callout());
            assertTrue(at > previous, event.name() + " call-out printed after the previous one:\n" + out);
            previous = at;
        }
        assertTrue(out.contains("Replay complete: 8 call-outs, 8 heard live"), out);
    }

    /** With an injected clock the replay at speed 1 takes exactly from entry interface to the last signal. */
    @Test
    void atSpeedOneTheReplayTakesAsLongAsEarthWaited() {
        long[] now = {0L};
        StringWriter text = new StringWriter();
        new ReplayDisplay(new PrintWriter(text), false, () -> now[0], nanos -> now[0] += nanos).play(TIMELINE, 1.0);
        Instant last = TIMELINE.events().stream().map(EarthEvent::heardAt).max(Instant::compareTo).orElseThrow();
        assertEquals(TimeScales.ttBetween(ENTRY, last), now[0] * 1e-9, 1e-6, "replay duration (s)");
    }

    @Test
    void earthHearsEntryInterfaceWhileTheRoverIsAlreadyOnTheGround() {
        String out = play(false);
        int touchdownOnMars = out.indexOf("On Mars, Perseverance is already on the ground. Earth has not yet heard");
        int entryHeard = out.indexOf(">> Entry interface.");
        assertTrue(touchdownOnMars > 0 && touchdownOnMars < entryHeard, out);
        assertTrue(out.contains("Earth hears entry interface only now, but Perseverance has been on the ground for 4 min 32 s"),
                   "682.2 s of light time minus 410 s of EDL = 272 s:\n" + out);
    }

    @Test
    void onATerminalAStatusLineIsRedrawnAndClearedAtTheEnd() {
        String out = play(true);
        assertTrue(out.contains("\r\u001b[2K  [UTC "), "status line drawn");
        assertTrue(out.contains("Replay complete"), out);
        String tail = out.substring(out.lastIndexOf("\u001b[2K"));
        assertTrue(!tail.contains("[UTC "), "status line cleared before the summary: " + tail);
    }

    @Test
    void eachRowShowsOnlyTheEventThatHappenedAndThePlainClockRuns() {
        String out = play(false);
        for (EarthEvent event : TIMELINE.events()) {
            String label = event.name() + " (E+";
            assertEquals(2, out.split(Pattern.quote(label), -1).length - 1,
                    event.name() + " appears twice, once on Mars and once heard:\n" + out);
        }
        assertTrue(out.lines().filter(l -> l.matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} +\\|")).count() > 10,
                "clock rows while Earth waits");
    }

    @Test
    void plainOutputHasNoEscapes() {
        assertTrue(!play(false).contains("\u001b"), "no ANSI on a non-terminal");
    }

    @Test
    void anInterruptedReplayStopsCleanly() {
        StringWriter text = new StringWriter();
        new ReplayDisplay(new PrintWriter(text), false, () -> 0L, nanos -> {
            throw new InterruptedException("test");
        }).play(TIMELINE, 1.0);
        assertTrue(Thread.interrupted(), "interrupt flag restored (and cleared here)");
        assertTrue(text.toString().contains("(replay interrupted)"), text.toString());
    }

    @Test
    void durationsReadLikeMissionControl() {
        assertEquals("4 min 32 s", ReplayDisplay.duration(272.3));
        assertEquals("11 min 22 s", ReplayDisplay.duration(682.257));
        assertEquals("41.3 s", ReplayDisplay.duration(41.26));
    }

    private static String play(boolean ansi) {
        long[] now = {0L};
        StringWriter text = new StringWriter();
        new ReplayDisplay(new PrintWriter(text), ansi, () -> now[0], nanos -> now[0] += nanos).play(TIMELINE, 1.0);
        return text.toString();
    }
}
