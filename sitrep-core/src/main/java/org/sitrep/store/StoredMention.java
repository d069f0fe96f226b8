package org.sitrep.store;

import java.time.LocalDate;
import java.util.Objects;
import org.sitrep.merge.EventMention;

/**
 * One stored report of a merged event, with what the GDELT Mentions export needs besides it.
 *
 * @param mention        the report
 * @param eventDate      the merged event's first report date, or {@code null}
 * @param documentLength characters of the reporting article's text, or 0 when its text is not stored
 */
public record StoredMention(EventMention mention, LocalDate eventDate, int documentLength) {

    public StoredMention {
        Objects.requireNonNull(mention, "mention");
        if (documentLength < 0) {
            throw new IllegalArgumentException("negative document length " + documentLength);
        }
    }
}
