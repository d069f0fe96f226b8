package org.sitrep.ingest;

import java.time.LocalDate;
import org.sitrep.pipeline.Pipeline;

/**
 * How to read articles.
 *
 * @param defaultDate the date given to articles whose source has none (plain text files, records without a
 *                    date field), or {@code null} to leave them undated
 * @param maxChars    the largest article, in characters, worth reading; larger ones are reported as
 *                    {@link org.sitrep.model.Problem.Kind#TOO_LARGE} without being held in memory whole
 */
public record ReadOptions(LocalDate defaultDate, int maxChars) {

    public ReadOptions {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
        }
    }

    /** No default date, and the pipeline's own size limit. */
    public static ReadOptions defaults() {
        return new ReadOptions(null, Pipeline.DEFAULT_MAX_CHARS);
    }
}
