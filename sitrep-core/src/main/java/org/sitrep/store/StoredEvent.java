package org.sitrep.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;

/**
 * An event with what a reader needs to judge it without the article at hand: the article's date, title,
 * publisher and address, and the sentence it was coded from.
 *
 * <p>The event's spans are offsets into the article text; since only the sentence is kept, the spans are
 * read relative to {@link #sentenceBegin()}.
 *
 * @param event         the event, spans as in the article text
 * @param date          the article's date, or {@code null}
 * @param articleTitle  the article's headline, possibly empty
 * @param articleSource the publisher, possibly empty
 * @param url           the article's address, possibly empty
 * @param sentenceText  the text of the sentence the event was coded from
 * @param sentenceBegin where that sentence begins in the article text
 * @param ingestedAt    when sitrep stored the article (UTC), or {@code null} for an event not stored yet
 * @param articleText   the article's whole text (title, blank line, body), or {@code null} when not kept
 */
public record StoredEvent(Event event, LocalDate date, String articleTitle, String articleSource, String url,
                          String sentenceText, int sentenceBegin, Instant ingestedAt, String articleText) {

    /** An event without the time it was stored or its article's text. */
    public StoredEvent(Event event, LocalDate date, String articleTitle, String articleSource, String url,
                       String sentenceText, int sentenceBegin) {
        this(event, date, articleTitle, articleSource, url, sentenceText, sentenceBegin, null, null);
    }

    public StoredEvent {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(articleTitle, "articleTitle");
        Objects.requireNonNull(articleSource, "articleSource");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(sentenceText, "sentenceText");
        if (sentenceBegin < 0 || event.evidence().begin() < sentenceBegin
                || event.evidence().end() > sentenceBegin + sentenceText.length()) {
            throw new IllegalArgumentException("evidence " + event.evidence() + " lies outside the sentence at "
                    + sentenceBegin + " of length " + sentenceText.length());
        }
    }

    /** An event of a freshly coded article. */
    public static StoredEvent of(CodedArticle article, Event event) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(event, "event");
        if (!event.articleId().equals(article.article().id())) {
            throw new IllegalArgumentException("event " + event.id() + " belongs to article " + event.articleId()
                    + ", not " + article.article().id());
        }
        var sentence = article.sentences().get(event.sentence());
        return new StoredEvent(event, article.article().date(), article.article().title(),
                article.article().source(), article.article().url(), article.sentenceText(event.sentence()),
                sentence.span().begin(), null, article.article().text());
    }

    /** This event with when its article was stored and the article's text. */
    public StoredEvent withArticle(Instant ingestedAt, String articleText) {
        return new StoredEvent(event, date, articleTitle, articleSource, url, sentenceText, sentenceBegin,
                ingestedAt, articleText);
    }

    /** The evidence span's text: the words a reader should look at. */
    public String evidenceText() {
        return textOf(event.evidence());
    }

    /** The trigger's text. */
    public String triggerText() {
        return textOf(event.trigger());
    }

    /** The text naming the source actor. */
    public String sourceText() {
        return textOf(event.sourceSpan());
    }

    /** The text naming the target actor, or {@code null} when there is no target. */
    public String targetText() {
        return event.targetSpan() == null ? null : textOf(event.targetSpan());
    }

    private String textOf(org.sitrep.model.Span span) {
        return sentenceText.substring(span.begin() - sentenceBegin, span.end() - sentenceBegin);
    }
}
