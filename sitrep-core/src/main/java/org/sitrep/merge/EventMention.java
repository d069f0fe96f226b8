package org.sitrep.merge;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One report of a merged event: a coded event in an article, or the copy of such an event in a republished
 * copy of that article. Modelled on a row of GDELT 2.0's Mentions table.
 *
 * @param mergedEventId  the merged event it reports (GDELT's GLOBALEVENTID)
 * @param codedEventId   the coded {@link org.sitrep.model.Event} it comes from; for a republished copy, the
 *                       original's event
 * @param articleId      the article that reports it
 * @param date           the article's date, or {@code null} when it has none
 * @param source         the publisher, as the article names it (GDELT's MentionSourceName)
 * @param url            where the article was published (GDELT's MentionIdentifier), possibly empty
 * @param sentence       index of the sentence in the article, from 0 (GDELT's SentenceID counts from 1)
 * @param actor1Offset   where the source actor is named, in UTF-16 units of the article text, or -1
 * @param actor2Offset   where the target actor is named, or -1 when there is none or it was not found
 * @param actionOffset   where the trigger stands, or -1
 * @param cameoCode      the code this report gave the event
 * @param republishedFrom id of the original article when this is a republished copy, otherwise empty
 */
public record EventMention(String mergedEventId, String codedEventId, String articleId, LocalDate date,
                           String source, String url, int sentence, int actor1Offset, int actor2Offset,
                           int actionOffset, String cameoCode, String republishedFrom) {

    public EventMention {
        Objects.requireNonNull(mergedEventId, "mergedEventId");
        Objects.requireNonNull(codedEventId, "codedEventId");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(cameoCode, "cameoCode");
        Objects.requireNonNull(republishedFrom, "republishedFrom");
        if (sentence < 0 || actor1Offset < -1 || actor2Offset < -1 || actionOffset < -1) {
            throw new IllegalArgumentException("bad mention position: sentence " + sentence + ", offsets "
                    + actor1Offset + ", " + actor2Offset + ", " + actionOffset);
        }
    }

    public boolean isRepublished() {
        return !republishedFrom.isEmpty();
    }
}
