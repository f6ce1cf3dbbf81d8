package org.skycrane.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Progress of a long campaign on the terminal: cases done of total, percentage, rate (cases/s,
 * averaged since the start) and time left.
 *
 * <p>On a terminal the line is redrawn in place with {@code \r}, at most every 100 ms. Anywhere
 * else (CI, a log file, a pipe) redrawing would pile every update onto one endless line, so one
 * plain line is printed at most every {@code logInterval} (5 s by default) instead. Either way
 * {@link #close()} prints the final count, elapsed time and rate on a line of its own.
 *
 * <p>{@link #step()} may be called from any number of worker threads: counting is a lock-free
 * increment, and only the one thread that claims a due update prints it, so workers never wait on
 * the terminal.
 */
public final class ProgressBar implements AutoCloseable {

    /** Default time between plain lines when the output is not a terminal. */
    public static final Duration DEFAULT_LOG_INTERVAL = Duration.ofSeconds(5);

    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int BAR_WIDTH = 30;

    private final String task;
    private String unit = "cases";
    private final long total;
    private final PrintWriter out;
    private final boolean interactive;
    private final LongSupplier clock;
    private final long intervalNanos;
    private final long start;
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong nextUpdate;
    private int lastWidth;
    private boolean closed;

    /**
     * @param task        what is counted, e.g. "campaign"
     * @param total       number of cases expected (≥ 0)
     * @param out         where to print, usually standard error so results on standard output stay clean
     * @param interactive redraw one line in place (a terminal) or print plain lines (anything else)
     * @param clock       monotonic time (ns), {@code System::nanoTime} outside tests
     * @param logInterval time between plain lines when not interactive
     */
    public ProgressBar(String task, long total, PrintWriter out, boolean interactive, LongSupplier clock,
                       Duration logInterval) {
        if (total < 0) {
            throw new IllegalArgumentException("total must be >= 0: " + total);
        }
        this.task = Objects.requireNonNull(task, "task");
        this.total = total;
        this.out = Objects.requireNonNull(out, "out");
        this.interactive = interactive;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.intervalNanos = interactive ? REDRAW_NANOS : logInterval.toNanos();
        this.start = clock.getAsLong();
        this.nextUpdate = new AtomicLong(interactive ? start : start + intervalNanos);
    }

    /** A bar on {@code out} that redraws when standard output is a terminal and prints a line every 5 s otherwise. */
    public static ProgressBar onConsole(String task, long total, PrintWriter out) {
        return new ProgressBar(task, total, out, isTerminal(), System::nanoTime, DEFAULT_LOG_INTERVAL);
    }

    /**
     * Whether the JVM talks to a terminal. Java 17 to 21 return no console when input or output is
     * redirected; Java 22+ always return one and answer through {@code Console.isTerminal()}.
     */
    static boolean isTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;                                  // Java 17-21: a console means a terminal
        }
    }

    /** A bar on the console counting {@code unit} (e.g. "frames") instead of cases. */
    public static ProgressBar onConsole(String task, String unit, long total, PrintWriter out) {
        ProgressBar bar = onConsole(task, total, out);
        bar.unit = Objects.requireNonNull(unit, "unit");
        return bar;
    }

    /** One more case done. */
    public void step() {
        stepBy(1);
    }

    /** {@code cases} more cases done. */
    public void stepBy(long cases) {
        long now = done.addAndGet(cases);
        long time = clock.getAsLong();
        long due = nextUpdate.get();
        if (time - due >= 0 && nextUpdate.compareAndSet(due, time + intervalNanos)) {
            print(now, time, false);
        }
    }

    /** Cases counted so far. */
    public long done() {
        return done.get();
    }

    /** Prints the final line: count, elapsed time and mean rate. Further calls do nothing. */
    @Override
    public void close() {
        print(done.get(), clock.getAsLong(), true);
    }

    /** The status text for {@code count} cases after {@code elapsed} ns, without bar or line ending. */
    String status(long count, long elapsed) {
        double seconds = elapsed / 1e9;
        double rate = seconds > 0 ? count / seconds : Double.NaN;
        StringBuilder text = new StringBuilder();
        text.append(count).append('/').append(total);
        text.append(String.format(Locale.ROOT, " (%d%%)", percent(count)));
        text.append(", ").append(rate(rate)).append(" ").append(unit).append("/s");
        long left = Math.max(0, total - count);
        text.append(", ETA ").append(count > 0 && rate > 0 ? duration(left / rate) : "--");
        return text.toString();
    }

    private synchronized void print(long count, long time, boolean last) {
        if (closed) {
            return;
        }
        long elapsed = time - start;
        if (last) {
            closed = true;
            double seconds = elapsed / 1e9;
            String summary = String.format(Locale.ROOT, "%s: %d/%d (%d%%) in %s, %s " + unit + "/s", task, count, total,
                    percent(count), duration(seconds), rate(seconds > 0 ? count / seconds : Double.NaN));
            if (interactive) {
                out.print('\r' + pad(summary));
            }
            out.println(interactive ? "" : summary);
        } else if (interactive) {
            out.print('\r' + pad(task + " " + bar(count) + " " + status(count, elapsed)));
        } else {
            out.println(task + ": " + status(count, elapsed));
        }
        out.flush();
    }

    /** The text followed by enough spaces to cover a longer previous line. */
    private String pad(String text) {
        int width = text.length();
        String padded = width < lastWidth ? text + " ".repeat(lastWidth - width) : text;
        lastWidth = width;
        return padded;
    }

    private String bar(long count) {
        int filled = total == 0 ? BAR_WIDTH : (int) Math.min(BAR_WIDTH, count * BAR_WIDTH / total);
        return "[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "]";
    }

    private int percent(long count) {
        return total == 0 ? 100 : (int) Math.min(100, count * 100 / total);
    }

    static String rate(double rate) {
        if (!Double.isFinite(rate)) {
            return "--";
        }
        return String.format(Locale.ROOT, rate >= 100 ? "%.0f" : rate >= 10 ? "%.1f" : "%.2f", rate);
    }

    /** m:ss below an hour, h:mm:ss above. */
    static String duration(double seconds) {
        long whole = Math.round(seconds);
        long hours = whole / 3600;
        long minutes = whole % 3600 / 60;
        long secs = whole % 60;
        return hours > 0
                ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, secs)
                : String.format(Locale.ROOT, "%d:%02d", minutes, secs);
    }
}
