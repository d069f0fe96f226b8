package org.sitrep.app.internal;

import java.time.Duration;
import picocli.CommandLine.Option;

/** The timing options of {@code watch} and {@code serve --watch}, declared once. */
public final class WatchTiming {

    @Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "1",
            description = "Seconds between looks at the watched sources (default: ${DEFAULT-VALUE}).")
    private double interval;

    @Option(names = "--settle", paramLabel = "SECONDS", defaultValue = "0.5",
            description = "A file is read once it has not changed for this long, so a file still being written "
                    + "waits (default: ${DEFAULT-VALUE}). Writing to a name starting with '.' or ending in "
                    + ".tmp or .part and renaming it when done is safest.")
    private double settle;

    @Option(names = "--feed-interval", paramLabel = "SECONDS", defaultValue = "300",
            description = "Seconds between fetches of one feed address (default: ${DEFAULT-VALUE}).")
    private double feedInterval;

    public Duration interval() {
        return seconds("--interval", interval, 0.01);
    }

    public Duration settle() {
        return seconds("--settle", settle, 0);
    }

    public Duration feedInterval() {
        return seconds("--feed-interval", feedInterval, 1);
    }

    private static Duration seconds(String option, double value, double least) {
        if (!(value >= least) || value > 86_400) {
            throw new IllegalArgumentException(option + " must be between " + least + " and 86400 seconds, not "
                    + value);
        }
        return Duration.ofMillis(Math.round(value * 1000));
    }
}
