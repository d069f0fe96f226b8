package org.sitrep.time;

import java.time.LocalDate;
import java.util.Objects;
import org.sitrep.model.EventDate;

/**
 * A time expression with the date it resolved to.
 *
 * @param expression the expression
 * @param tense      the tense of its clause
 * @param date       the date; for a week, month or year its first day
 * @param precision  how much of the date the expression fixes
 */
public record DatedExpression(TimeExpression expression, Tense tense, LocalDate date, EventDate.Precision precision) {

    public DatedExpression {
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(tense, "tense");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
    }
}
