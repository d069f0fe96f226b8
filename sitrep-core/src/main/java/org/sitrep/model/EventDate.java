package org.sitrep.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When an event happened, and why sitrep thinks so.
 *
 * @param date       the day; for a week, month or year, its first day as far as the text tells (see
 *                   {@code precision})
 * @param precision  how much of the date the text fixes
 * @param expression the words the date comes from ("on Monday", "April 19"), empty for the publication date
 * @param span       where those words stand, or {@code null} for the publication date
 * @param basis      how the date was chosen
 */
public record EventDate(LocalDate date, Precision precision, String expression, Span span, Basis basis) {

    /** How much of a date a time expression fixes. */
    public enum Precision {
        DAY, WEEK, MONTH, YEAR
    }

    /** How an event's date was chosen, from the surest. */
    public enum Basis {
        /** A time expression in the clause of the event's trigger. */
        SAME_CLAUSE,
        /** A time expression elsewhere in the event's sentence. */
        SAME_SENTENCE,
        /** A relative expression ("two hours later") counted from a date set earlier in the article. */
        EARLIER_DATE,
        /** No time expression: the article's publication date, as GDELT does. */
        PUBLICATION_DATE
    }

    public EventDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(basis, "basis");
        if ((span == null) != (basis == Basis.PUBLICATION_DATE) || expression.isEmpty() != (span == null)) {
            throw new IllegalArgumentException("a date rests on an expression unless it is the publication date");
        }
    }

    /** The article's publication date, for an event whose text gives no time. */
    public static EventDate publication(LocalDate date) {
        return new EventDate(date, Precision.DAY, "", null, Basis.PUBLICATION_DATE);
    }
}
