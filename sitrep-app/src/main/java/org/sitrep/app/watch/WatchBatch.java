package org.sitrep.app.watch;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.sitrep.pipeline.BatchReport;
import org.sitrep.store.MergeUpdate;

/**
 * What one look at the watched sources did.
 *
 * @param at          when the look began
 * @param sources     files and feeds that were new or changed and were read
 * @param waiting     files seen changing that were left for a later look, since they were still being written
 * @param report      what coding the batch did, or {@code null} when nothing was read or the store was busy
 * @param merge       what merging the new reports did, or {@code null} likewise
 * @param codeMillis  time spent reading, coding and storing the batch
 * @param mergeMillis time spent merging its reports
 * @param trouble     why the batch could not be stored (the store locked by another program, a failed write),
 *                    empty when it was; its sources are read again at the next look
 */
public record WatchBatch(Instant at, int sources, int waiting, BatchReport report, MergeUpdate merge,
                         long codeMillis, long mergeMillis, String trouble) {

    public WatchBatch {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(trouble, "trouble");
        if (sources < 0 || waiting < 0 || codeMillis < 0 || mergeMillis < 0) {
            throw new IllegalArgumentException("counts and times must not be negative");
        }
        if ((report == null) != (merge == null)) {
            throw new IllegalArgumentException("a stored batch has both a report and a merge");
        }
    }

    /** Whether there was nothing new to read. */
    public boolean idle() {
        return sources == 0 && trouble.isEmpty();
    }

    /** One line for the log. */
    public String summary() {
        if (!trouble.isEmpty()) {
            return String.format(Locale.ROOT, "%s: %d sources not stored, tried again next time: %s", at,
                    sources, trouble);
        }
        if (report == null) {
            return String.format(Locale.ROOT, "%s: nothing new%s", at, waiting == 0 ? ""
                    : " (" + waiting + " files still being written)");
        }
        return String.format(Locale.ROOT, "%s: %d sources: %s (%d ms); merged %s (%d ms)", at, sources,
                report.summary(), codeMillis, merge.summary(), mergeMillis);
    }
}
