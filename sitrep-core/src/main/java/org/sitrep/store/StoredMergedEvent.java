package org.sitrep.store;

import java.util.Objects;

/**
 * A merged event in the shape exporters know: the coded event that first reported it, carrying the merged
 * event's id, actors and code, and the merged event's counts.
 *
 * @param event       the founding report, with the merged event's id, actors and code
 * @param numMentions reports of the event, republished copies included
 * @param numSources  distinct publishers among them
 * @param numArticles distinct articles among them
 */
public record StoredMergedEvent(StoredEvent event, int numMentions, int numSources, int numArticles) {

    public StoredMergedEvent {
        Objects.requireNonNull(event, "event");
        if (numArticles < 1 || numMentions < numArticles || numSources > numArticles) {
            throw new IllegalArgumentException("counts do not fit: mentions " + numMentions + ", articles "
                    + numArticles + ", sources " + numSources);
        }
    }
}
