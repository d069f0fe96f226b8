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
 * @param copiesRemembered   how long an article's content id and its signature are kept to recognise exact and
 *                           near copies (keyed state with this time to live)
 * @param latenessDays       how many days the watermark trails the latest article date: an article older than
 *                           that is merged late (and may then merge otherwise than {@code sitrep ingest} would)
 * @param closeDays          days after its latest report's date when a merged event is written
 * @param keepDays           days a merge partition without new articles is kept before it is forgotten
 */
public record JobOptions(List<String> inputs, String output, Duration watch, LocalDate defaultDate,
                         Duration checkpointInterval, Duration copiesRemembered, int latenessDays, int closeDays,
                         int keepDays, KafkaInput kafka) {

    public static final int DEFAULT_LATENESS_DAYS = 3;
    public static final int DEFAULT_CLOSE_DAYS = 3;
    public static final int DEFAULT_KEEP_DAYS = 30;

    /** Folders only, no Kafka topic. */
    public JobOptions(List<String> inputs, String output, Duration watch, LocalDate defaultDate,
                      Duration checkpointInterval, Duration copiesRemembered, int latenessDays, int closeDays,
                      int keepDays) {
        this(inputs, output, watch, defaultDate, checkpointInterval, copiesRemembered, latenessDays, closeDays,
                keepDays, null);
    }

    public JobOptions(List<String> inputs, String output, Duration watch, LocalDate defaultDate,
                      Duration checkpointInterval, Duration copiesRemembered) {
        this(inputs, output, watch, defaultDate, checkpointInterval, copiesRemembered, DEFAULT_LATENESS_DAYS,
                DEFAULT_CLOSE_DAYS, DEFAULT_KEEP_DAYS);
    }

    /** Copies are recognised for 30 days. */
    public static final Duration DEFAULT_COPIES_REMEMBERED = Duration.ofDays(30);

    public JobOptions(List<String> inputs, String output, Duration watch, LocalDate defaultDate,
                      Duration checkpointInterval) {
        this(inputs, output, watch, defaultDate, checkpointInterval, DEFAULT_COPIES_REMEMBERED);
    }

    public JobOptions {
        inputs = List.copyOf(inputs);
        if (inputs.isEmpty() && kafka == null) {
            throw new IllegalArgumentException("no input files or folders, and no Kafka topic");
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
        if (latenessDays < 0 || closeDays < 0 || keepDays <= closeDays + org.sitrep.merge.MergeRules.DEFAULT_WINDOW_DAYS) {
            throw new IllegalArgumentException("need lateness >= 0, close >= 0 and keep > close + "
                    + org.sitrep.merge.MergeRules.DEFAULT_WINDOW_DAYS + " days: " + latenessDays + ", " + closeDays
                    + ", " + keepDays);
        }
        if (watch != null && (watch.isNegative() || watch.isZero())) {
            throw new IllegalArgumentException("watch interval must be positive: " + watch);
        }
    }
}
