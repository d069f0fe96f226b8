package org.sitrep.app.internal;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.sitrep.pipeline.BatchRunner;

/**
 * Progress of a batch on stderr: articles read, articles per second, events, problems. On a terminal the line
 * is redrawn in place a few times a second; otherwise (a log file, a CI job) a plain line is printed every
 * {@link #PLAIN_PERIOD_NANOS}, so that short runs print nothing and long ones do not flood the log.
 */
public final class ProgressLine implements BatchRunner.Progress {

    private static final long REDRAW_PERIOD_NANOS = 250_000_000L;
    private static final long PLAIN_PERIOD_NANOS = 10_000_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final LongSupplier nanoClock;
    private final long start;
    private long lastShown;
    private int drawnLength;

    public ProgressLine(PrintWriter err, boolean terminal) {
        this(err, terminal, System::nanoTime);
    }

    ProgressLine(PrintWriter err, boolean terminal, LongSupplier nanoClock) {
        this.err = err;
        this.terminal = terminal;
        this.nanoClock = nanoClock;
        this.start = nanoClock.getAsLong();
        this.lastShown = start;
    }

    /** Whether stderr is a terminal, so that {@code \r} redraws a line instead of littering a log. */
    public static boolean stderrIsTerminal() {
        return System.console() != null;
    }

    @Override
    public void update(long read, long events, long problems) {
        long now = nanoClock.getAsLong();
        if (now - lastShown < (terminal ? REDRAW_PERIOD_NANOS : PLAIN_PERIOD_NANOS)) {
            return;
        }
        lastShown = now;
        double seconds = (now - start) / 1e9;
        String line = String.format(Locale.ROOT, "read %,d articles (%,.1f/s), events %,d, problems %,d",
                read, read / seconds, events, problems);
        if (terminal) {
            // Pad over the end of a longer previous line.
            err.print("\r" + line + " ".repeat(Math.max(0, drawnLength - line.length())));
            drawnLength = line.length();
        } else {
            err.println(line);
        }
        err.flush();
    }

    /** Clears a line drawn in place, so that the summary that follows starts on a clean line. */
    public void finish() {
        if (drawnLength > 0) {
            err.print("\r" + " ".repeat(drawnLength) + "\r");
            err.flush();
            drawnLength = 0;
        }
    }
}
