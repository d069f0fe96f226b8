package org.sitrep.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import org.sitrep.model.EventDate;

/**
 * Turns a time expression into a date, counting from the article's publication date (the reference) and, for
 * "two hours later" and the like, from the date set earlier in the article (the anchor).
 *
 * <p>The tense decides the direction: in the past tense "on Monday" is the latest Monday on or before the
 * reference; in the future or present tense, the first Monday on or after it (news writes scheduled events in
 * the present: "talks open on Monday"); with no verb to tell, the past, as news mostly reports what happened.
 * "April 19" without a year is the April 19 on or before the reference in the past tense, on or after it in
 * the future tense, and the nearest one otherwise. Stateless and thread-safe.
 */
public final class DateResolver {

    /** A resolved date and how much of it the expression fixes. */
    public record Resolved(LocalDate date, EventDate.Precision precision) {
        public Resolved {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(precision, "precision");
        }
    }

    /**
     * The date of an expression, or {@code null} when it names none (an impossible date).
     *
     * @param reference the publication date
     * @param anchor    the date set earlier in the article, for {@link TimeExpression#isAnchored() anchored}
     *                  expressions; the reference when the article set none
     */
    public Resolved resolve(TimeExpression expression, LocalDate reference, LocalDate anchor, Tense tense) {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(anchor, "anchor");
        try {
            return switch (expression.kind()) {
                case DATE -> day(LocalDate.of(expression.year(), expression.month(), expression.day()));
                case MONTH_DAY -> day(partial(expression.month(), expression.day(), reference, tense));
                case MONTH_YEAR -> new Resolved(LocalDate.of(expression.year(), expression.month(), 1),
                        EventDate.Precision.MONTH);
                case MONTH -> new Resolved(month(expression.month(), reference, tense), EventDate.Precision.MONTH);
                case YEAR -> new Resolved(LocalDate.of(expression.year(), 1, 1), EventDate.Precision.YEAR);
                case WEEKDAY -> day(weekday(expression.weekday(), expression.offset(), reference, tense));
                case DAY_OFFSET -> day(reference.plusDays(expression.offset()));
                case WEEK_OFFSET -> new Resolved(reference.plusWeeks(expression.offset())
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), EventDate.Precision.WEEK);
                case MONTH_OFFSET -> new Resolved(reference.plusMonths(expression.offset()).withDayOfMonth(1),
                        EventDate.Precision.MONTH);
                case YEAR_OFFSET -> new Resolved(reference.plusYears(expression.offset()).withDayOfYear(1),
                        EventDate.Precision.YEAR);
                case LATER -> day(anchor.plusDays(expression.offset()));
            };
        } catch (DateTimeException e) {
            // "February 30": the text names no day.
            return null;
        }
    }

    private static Resolved day(LocalDate date) {
        return new Resolved(date, EventDate.Precision.DAY);
    }

    private static boolean forward(Tense tense) {
        return tense == Tense.FUTURE || tense == Tense.PRESENT;
    }

    static LocalDate weekday(DayOfWeek weekday, int which, LocalDate reference, Tense tense) {
        if (which == TimeExpression.WEEKDAY_LAST) {
            return reference.with(TemporalAdjusters.previous(weekday));
        }
        if (which == TimeExpression.WEEKDAY_NEXT) {
            return reference.with(TemporalAdjusters.next(weekday));
        }
        return forward(tense) ? reference.with(TemporalAdjusters.nextOrSame(weekday))
                : reference.with(TemporalAdjusters.previousOrSame(weekday));
    }

    /** "April 19" in the year that makes it fit the tense, or the nearest one. */
    static LocalDate partial(int month, int day, LocalDate reference, Tense tense) {
        LocalDate best = null;
        for (int year = reference.getYear() - 1; year <= reference.getYear() + 1; year++) {
            LocalDate candidate;
            try {
                candidate = LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                continue; // February 29 of a common year
            }
            if (tense == Tense.PAST && candidate.isAfter(reference) || tense == Tense.FUTURE && candidate.isBefore(reference)) {
                continue;
            }
            if (best == null || distance(candidate, reference) < distance(best, reference)) {
                best = candidate;
            }
        }
        if (best == null) {
            throw new DateTimeException("no " + month + "/" + day + " near " + reference);
        }
        return best;
    }

    private static LocalDate month(int month, LocalDate reference, Tense tense) {
        LocalDate best = null;
        LocalDate referenceMonth = reference.withDayOfMonth(1);
        for (int year = reference.getYear() - 1; year <= reference.getYear() + 1; year++) {
            LocalDate candidate = LocalDate.of(year, month, 1);
            if (tense == Tense.PAST && candidate.isAfter(referenceMonth)
                    || tense == Tense.FUTURE && candidate.isBefore(referenceMonth)) {
                continue;
            }
            if (best == null || distance(candidate, referenceMonth) < distance(best, referenceMonth)) {
                best = candidate;
            }
        }
        return best;
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(ChronoUnit.DAYS.between(a, b));
    }
}
