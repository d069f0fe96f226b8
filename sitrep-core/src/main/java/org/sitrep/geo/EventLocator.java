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
 * the article's dateline, then the nearest place named in the event's paragraph, then the place the article is
 * about. A place that names one of the event's own known
 * actors ("Syria" in "Syria accused Turkey") or stands for a government ("Damascus said") is never the location;
 * a place the coder took for an unknown target ("troops shelled Douma") is.
 *
 * <p>A country or first-level region is where an event happened only when nothing narrower inside it is at
 * hand: a town of it named in the sentence, else the nearest one named in the paragraph, else the dateline or
 * the article's focus when they lie in it ("strikes in Syria" in an article about Raqqa happened in Raqqa).
 * Thread-safe.
 */
public final class EventLocator {

    /** Where the event happened, or {@code null} when the article names no usable place. */
    public Location locate(Event event, Sentence sentence, Geography geography) {
        return locate(event, sentence, geography, null);
    }

    /**
     * Where the event happened, or {@code null} when the article names no usable place; {@code text}, the article
     * text (or {@code null}), tells paragraphs apart.
     */
    public Location locate(Event event, Sentence sentence, Geography geography, String text) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(sentence, "sentence");
        if (sentence.index() != event.sentence()) {
            throw new IllegalArgumentException("sentence " + sentence.index() + " is not the event's " + event.sentence());
        }
        List<PlaceMention> usable = geography.resolvedIn(event.sentence()).stream()
                .filter(m -> usable(m, event, geography))
                .toList();
        Location found = null;
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
                found = new Location(best.place(), best.span(), Location.Basis.SAME_CLAUSE);
            } else {
                PlaceMention best = usable.stream().min(narrowestThenNearest).orElseThrow();
                found = new Location(best.place(), best.span(), Location.Basis.SAME_SENTENCE);
            }
            if (!isWide(found.place())) {
                return found;
            }
            Place wide = found.place();
            PlaceMention inSentence = usable.stream()
                    .filter(m -> inside(m.place(), wide))
                    .min(Comparator.comparingInt(m -> distance(m.span(), event.trigger()))).orElse(null);
            if (inSentence != null) {
                return new Location(inSentence.place(), inSentence.span(), Location.Basis.SAME_SENTENCE);
            }
        }
        Place wide = found == null ? null : found.place();
        PlaceMention dateline = geography.dateline();
        boolean datelineFits = dateline != null && dateline.isResolved()
                && (wide == null || inside(dateline.place(), wide));
        if (found == null && datelineFits) {
            // A wire story's events happened where it was filed unless their sentence says otherwise.
            return new Location(dateline.place(), dateline.span(), Location.Basis.DATELINE);
        }
        if (text != null) {
            PlaceMention inParagraph = nearestInParagraph(event, geography, text, wide);
            if (inParagraph != null) {
                return new Location(inParagraph.place(), inParagraph.span(), Location.Basis.SAME_PARAGRAPH);
            }
        }
        if (datelineFits) {
            return new Location(dateline.place(), dateline.span(), Location.Basis.DATELINE);
        }
        Place focus = geography.focus();
        if (found != null) {
            return focus != null && inside(focus, wide) ? new Location(focus, null, Location.Basis.ARTICLE_FOCUS) : found;
        }
        return focus == null ? null : new Location(focus, null, Location.Basis.ARTICLE_FOCUS);
    }

    private static boolean usable(PlaceMention m, Event event, Geography geography) {
        return m.isResolved() && !m.actorUse() && m != geography.dateline()
                && !(event.source().isKnown() && overlaps(m.span(), event.sourceSpan()))
                && !(event.target() != null && event.target().isKnown() && overlaps(m.span(), event.targetSpan()));
    }

    /**
     * The place narrower than a country named nearest the trigger in the event's paragraph (no line break
     * between them), inside {@code wide} when that is given; {@code null} when there is none.
     */
    /** A country or first-level region: too wide to stand for where an event happened when a town of it is at hand. */
    private static boolean isWide(Place place) {
        return place.kind() == Place.Kind.COUNTRY || place.kind() == Place.Kind.ADMIN1;
    }

    /** Whether {@code place} is narrower than {@code wide} and lies in it. */
    private static boolean inside(Place place, Place wide) {
        if (!place.kind().narrowerThan(wide.kind()) || !place.countryCode().equals(wide.countryCode())) {
            return false;
        }
        return wide.kind() == Place.Kind.COUNTRY || place.admin1Code().equals(wide.admin1Code());
    }

    private static PlaceMention nearestInParagraph(Event event, Geography geography, String text, Place wide) {
        PlaceMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (PlaceMention m : geography.mentions()) {
            if (m.sentence() == event.sentence() || !usable(m, event, geography)
                    || m.place().kind() == Place.Kind.COUNTRY
                    || wide != null && !inside(m.place(), wide)) {
                continue;
            }
            int from = Math.min(m.span().end(), event.trigger().begin());
            int to = Math.max(m.span().begin(), event.trigger().end());
            if (from < to && text.substring(from, to).indexOf('\n') >= 0) {
                continue;
            }
            int d = distance(m.span(), event.trigger());
            if (d < bestDistance) {
                bestDistance = d;
                best = m;
            }
        }
        return best;
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
