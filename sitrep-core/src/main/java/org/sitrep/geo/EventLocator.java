package org.sitrep.geo;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.sitrep.internal.Clauses;
import org.sitrep.model.Event;
import org.sitrep.model.Location;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;

/**
 * Decides where an event happened, from the places of its article. In order: a place named in the clause of the
 * event's trigger, then elsewhere in its sentence (the narrowest place, then the nearest to the trigger), then
 * the article's dateline, then the place the article is about. A place that names one of the event's own known
 * actors ("Syria" in "Syria accused Turkey") or stands for a government ("Damascus said") is never the location;
 * a place the coder took for an unknown target ("troops shelled Douma") is.
 * Thread-safe.
 */
public final class EventLocator {

    /** Where the event happened, or {@code null} when the article names no usable place. */
    public Location locate(Event event, Sentence sentence, Geography geography) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(sentence, "sentence");
        if (sentence.index() != event.sentence()) {
            throw new IllegalArgumentException("sentence " + sentence.index() + " is not the event's " + event.sentence());
        }
        List<PlaceMention> usable = geography.resolvedIn(event.sentence()).stream()
                .filter(m -> !m.actorUse() && m != geography.dateline()
                        && !(event.source().isKnown() && overlaps(m.span(), event.sourceSpan()))
                        && !(event.target() != null && event.target().isKnown() && overlaps(m.span(), event.targetSpan())))
                .toList();
        if (!usable.isEmpty()) {
            int[] clauses = Clauses.of(sentence);
            int trigger = Clauses.tokenAt(sentence, event.trigger().begin());
            Comparator<PlaceMention> narrowestThenNearest = Comparator
                    .comparingInt((PlaceMention m) -> -m.place().kind().ordinal())
                    .thenComparingInt(m -> distance(m.span(), event.trigger()));
            List<PlaceMention> sameClause = usable.stream().filter(m -> {
                int token = lastTokenOf(sentence, m.span());
                return trigger >= 0 && token >= 0 && clauses[token] == clauses[trigger];
            }).toList();
            if (!sameClause.isEmpty()) {
                PlaceMention best = sameClause.stream().min(narrowestThenNearest).orElseThrow();
                return new Location(best.place(), best.span(), Location.Basis.SAME_CLAUSE);
            }
            PlaceMention best = usable.stream().min(narrowestThenNearest).orElseThrow();
            return new Location(best.place(), best.span(), Location.Basis.SAME_SENTENCE);
        }
        PlaceMention dateline = geography.dateline();
        if (dateline != null && dateline.isResolved()) {
            return new Location(dateline.place(), dateline.span(), Location.Basis.DATELINE);
        }
        Place focus = geography.focus();
        return focus == null ? null : new Location(focus, null, Location.Basis.ARTICLE_FOCUS);
    }

    private static boolean overlaps(Span a, Span b) {
        return a.begin() < b.end() && b.begin() < a.end();
    }

    private static int distance(Span a, Span b) {
        return a.end() <= b.begin() ? b.begin() - a.end() : Math.max(0, a.begin() - b.end());
    }

    private static int lastTokenOf(Sentence sentence, Span span) {
        int found = -1;
        for (var token : sentence.tokens()) {
            if (token.span().begin() >= span.begin() && token.span().end() <= span.end()) {
                found = token.index();
            }
        }
        return found;
    }
}
