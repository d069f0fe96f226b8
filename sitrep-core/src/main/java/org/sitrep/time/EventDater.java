package org.sitrep.time;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.sitrep.internal.Clauses;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;

/**
 * Decides when an event happened: the dated expression in the clause of its trigger, else the nearest one in
 * its sentence, else the publication date, as GDELT dates events. An expression counted from an earlier date
 * ("two hours later") is marked {@link EventDate.Basis#EARLIER_DATE}. Thread-safe.
 */
public final class EventDater {

    /** The event's date, or {@code null} when the article has no date and the sentence names none. */
    public EventDate date(Event event, Sentence sentence, List<DatedExpression> timeline, LocalDate published) {
        Objects.requireNonNull(event, "event");
        if (sentence.index() != event.sentence()) {
            throw new IllegalArgumentException("sentence " + sentence.index() + " is not the event's " + event.sentence());
        }
        List<DatedExpression> inSentence = timeline.stream()
                .filter(d -> d.expression().sentence() == event.sentence()).toList();
        if (!inSentence.isEmpty()) {
            int[] clauses = Clauses.of(sentence);
            int trigger = Clauses.tokenAt(sentence, event.trigger().begin());
            Comparator<DatedExpression> nearest = Comparator.comparingInt(d -> distance(d.expression().span(), event.trigger()));
            List<DatedExpression> sameClause = inSentence.stream().filter(d -> {
                int token = Clauses.tokenAt(sentence, d.expression().span().end() - 1);
                return trigger >= 0 && token >= 0 && clauses[token] == clauses[trigger];
            }).toList();
            boolean clause = !sameClause.isEmpty();
            DatedExpression best = (clause ? sameClause : inSentence).stream().min(nearest).orElseThrow();
            EventDate.Basis basis = best.expression().isAnchored() ? EventDate.Basis.EARLIER_DATE
                    : clause ? EventDate.Basis.SAME_CLAUSE : EventDate.Basis.SAME_SENTENCE;
            return new EventDate(best.date(), best.precision(), best.expression().text(), best.expression().span(), basis);
        }
        return published == null ? null : EventDate.publication(published);
    }

    private static int distance(Span a, Span b) {
        return a.end() <= b.begin() ? b.begin() - a.end() : Math.max(0, a.begin() - b.end());
    }
}
