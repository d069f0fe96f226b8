package org.sitrep.time;

import java.time.DayOfWeek;
import java.util.Objects;
import org.sitrep.model.Span;

/**
 * A time expression found in a sentence, before it is resolved against the article's date.
 *
 * @param sentence index of its sentence
 * @param span     where it stands
 * @param text     its words
 * @param kind     what sort of expression
 * @param year     the year written, or 0
 * @param month    the month written, 1..12, or 0
 * @param day      the day of month written, or 0
 * @param weekday  the weekday written, or {@code null}
 * @param offset   for relative kinds, how many units from the reference or anchor (negative is earlier)
 */
public record TimeExpression(int sentence, Span span, String text, Kind kind, int year, int month, int day,
                             DayOfWeek weekday, int offset) {

    /** Sorts of time expression. */
    public enum Kind {
        /** Day, month and year: "May 21, 2018", "21 May 2018", "2018-05-21". */
        DATE,
        /** Month and day without a year: "April 19". */
        MONTH_DAY,
        /** Month and year: "April 2018". */
        MONTH_YEAR,
        /** A month alone: "in April". */
        MONTH,
        /** A year alone: "in 2011". */
        YEAR,
        /** A weekday, maybe with "last", "next" or a part of day: "on Monday", "Sunday night". */
        WEEKDAY,
        /** A day counted from the article's date: "yesterday" (-1), "tomorrow" (+1), "three days ago" (-3). */
        DAY_OFFSET,
        /** A week counted from the article's date: "last week" (-1), "next week" (+1). */
        WEEK_OFFSET,
        /** A month counted from the article's date: "last month". */
        MONTH_OFFSET,
        /** A year counted from the article's date: "last year". */
        YEAR_OFFSET,
        /** Days counted from the date set earlier in the article: "two hours later" (0), "the next day" (+1). */
        LATER
    }

    /** For {@link Kind#WEEKDAY}: which one, as the writer qualified it. */
    public static final int WEEKDAY_PLAIN = 0;
    public static final int WEEKDAY_LAST = -1;
    public static final int WEEKDAY_NEXT = 1;

    public TimeExpression {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        if (month < 0 || month > 12 || day < 0 || day > 31) {
            throw new IllegalArgumentException("bad month or day: " + month + "/" + day);
        }
        if ((kind == Kind.WEEKDAY) != (weekday != null)) {
            throw new IllegalArgumentException("a weekday expression, and only it, names a weekday");
        }
    }

    /** Whether its date counts from an earlier date of the article rather than from the publication date. */
    public boolean isAnchored() {
        return kind == Kind.LATER;
    }
}
