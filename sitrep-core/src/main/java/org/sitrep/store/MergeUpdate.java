package org.sitrep.store;

import java.util.Locale;
import java.util.Objects;

/**
 * What one merge of new reports did.
 *
 * @param newReports       coded events merged for the first time, and events of originals given new copies
 * @param mergeKeys        merge keys (CAMEO root and source country) whose merged events were merged again
 * @param reportsRemerged  coded events read back and merged under those keys, old and new
 * @param eventsWritten    merged events written under those keys
 * @param totals           the merged tables as a whole afterwards
 */
public record MergeUpdate(long newReports, long mergeKeys, long reportsRemerged, long eventsWritten,
                          MergeSummary totals) {

    public MergeUpdate {
        Objects.requireNonNull(totals, "totals");
        if (newReports < 0 || mergeKeys < 0 || reportsRemerged < 0 || eventsWritten < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    /** Such as {@code 12 new reports under 9 merge keys (340 reports merged again); 1,204 coded events -> ...}. */
    public String summary() {
        return String.format(Locale.ROOT, "%,d new reports under %,d merge keys (%,d reports merged again); %s",
                newReports, mergeKeys, reportsRemerged, totals.summary());
    }
}
