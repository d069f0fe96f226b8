package org.sitrep.flink;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What one run of the job reads and writes.
 *
 * @param inputs             files and folders of articles (folders are read recursively; names starting
 *                           with {@code .} or {@code _} are skipped, as Flink's file source does)
 * @param output             the folder that receives {@code events/} and {@code problems/}
 * @param watch              how often to look for new files, or {@code null} to read what is there and stop
 * @param defaultDate        the date of articles whose source gives none, or {@code null}
 * @param checkpointInterval how often to checkpoint; output files become visible at each checkpoint
 * @param copiesRemembered   how long an article's content id is kept to recognise exact copies (keyed state
 *                           with this time to live)
 */
public record JobOptions(List<String> inputs, String output, Duration watch, LocalDate defaultDate,
                         Duration checkpointInterval, Duration copiesRemembered) {

    /** Copies are recognised for 30 days. */
    public static final Duration DEFAULT_COPIES_REMEMBERED = Duration.ofDays(30);

    public JobOptions(List<String> inputs, String output, Duration watch, LocalDate defaultDate,
                      Duration checkpointInterval) {
        this(inputs, output, watch, defaultDate, checkpointInterval, DEFAULT_COPIES_REMEMBERED);
    }

    public JobOptions {
        inputs = List.copyOf(inputs);
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input files or folders");
        }
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(checkpointInterval, "checkpointInterval");
        if (checkpointInterval.isNegative() || checkpointInterval.isZero()) {
            throw new IllegalArgumentException("checkpoint interval must be positive: " + checkpointInterval);
        }
        Objects.requireNonNull(copiesRemembered, "copiesRemembered");
        if (copiesRemembered.isNegative() || copiesRemembered.isZero()) {
            throw new IllegalArgumentException("copies must be remembered for some time: " + copiesRemembered);
        }
        if (watch != null && (watch.isNegative() || watch.isZero())) {
            throw new IllegalArgumentException("watch interval must be positive: " + watch);
        }
    }
}
