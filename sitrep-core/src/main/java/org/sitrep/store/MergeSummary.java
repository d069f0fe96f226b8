package org.sitrep.store;

/**
 * What rebuilding the merged events found.
 *
 * @param codedEvents  events coded from articles
 * @param copies       republished copies counted as reports
 * @param mergedEvents real events after merging
 * @param mentions     reports of them (coded events plus the copies' repeats)
 */
public record MergeSummary(long codedEvents, long copies, long mergedEvents, long mentions) {

    public MergeSummary {
        if (codedEvents < 0 || copies < 0 || mergedEvents < 0 || mentions < codedEvents
                || mergedEvents > codedEvents) {
            throw new IllegalArgumentException("counts do not fit: " + codedEvents + " coded, " + copies
                    + " copies, " + mergedEvents + " merged, " + mentions + " mentions");
        }
    }

    /** Such as {@code 1,204 coded events -> 873 merged events (1,230 mentions, 12 republished copies)}. */
    public String summary() {
        return String.format(java.util.Locale.ROOT, "%,d coded events -> %,d merged events (%,d mentions, %,d "
                + "republished copies)", codedEvents, mergedEvents, mentions, copies);
    }
}
