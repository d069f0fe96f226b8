package org.sitrep.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.sitrep.merge.EventMention;

/**
 * One stored report of a merged event, with what the GDELT Mentions export needs besides it.
 *
 * @param mention        the report
 * @param eventDate      the merged event's first report date, or {@code null}
 * @param documentLength characters of the reporting article's text, or 0 when its text is not stored
 * @param eventAddedAt   when sitrep stored the article of the merged event's founding report (UTC), or
 *                       {@code null}
 * @param addedAt        when sitrep stored the reporting article (UTC), or {@code null}
 * @param documentText   the reporting article's text, or {@code null} when it is not stored
 */
public record StoredMention(EventMention mention, LocalDate eventDate, int documentLength, Instant eventAddedAt,
                            Instant addedAt, String documentText) {

    /** A mention without store times or text. */
    public StoredMention(EventMention mention, LocalDate eventDate, int documentLength) {
        this(mention, eventDate, documentLength, null, null, null);
    }

    public StoredMention {
        Objects.requireNonNull(mention, "mention");
        if (documentLength < 0) {
            throw new IllegalArgumentException("negative document length " + documentLength);
        }
    }
}
