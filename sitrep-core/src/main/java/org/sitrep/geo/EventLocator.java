package org.sitrep.geo;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sitrep.actors.ActorCodeParts;
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
 *
 * <p>A verbal event (statement, appeal, demand, threat) of a government, its forces, legislature or courts, in
 * a sentence naming no usable place and a paragraph naming no town, happened at that government's capital
 * rather than in another country that is the article's focus or that its sentence names, when the article names
 * no town there to be its focus.
 * Thread-safe.
 */
public final class EventLocator {

    /**
     * CAMEO roots of verbal acts: statements, appeals, intents, consultations, diplomatic cooperation, demands,
     * disapproval, rejections and threats. They happen where the speaker is, not where what they speak of is.
     */
    private static final Set<String> VERBAL_ROOTS = Set.of("01", "02", "03", "04", "05", "10", "11", "12", "13");
    /** Actor types that speak from their country's seat of government: "the State Department", "lawmakers". */
    private static final Set<String> GOVERNMENT_TYPES = Set.of("GOV", "MIL", "LEG", "JUD");

    private final Gazetteer gazetteer;

    /** Without a gazetteer: no speaker's seat is ever the location. */
    public EventLocator() {
        this(null);
    }

    /** With the gazetteer that gives governments' capitals, or {@code null} for none. */
    public EventLocator(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

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
            if (focus != null && inside(focus, wide)) {
                return new Location(focus, null, Location.Basis.ARTICLE_FOCUS);
            }
            // "Washington warned Syria", in a story naming no town: the foreign country the statement is about
            // is not where it was made.
            Place seat = focus == null || isWide(focus) ? speakerSeat(event) : null;
            return seat != null && !seat.countryCode().equals(wide.countryCode())
                    ? new Location(seat, null, Location.Basis.SPEAKER_SEAT) : found;
        }
        // A government speaking, in a story about another country that names no town of it, speaks at home. A
        // story about a town abroad keeps its statements there: officials travel, and the town is the subject.
        Place seat = focus == null || isWide(focus) ? speakerSeat(event) : null;
        if (seat != null && (focus == null || !focus.countryCode().equals(seat.countryCode()))) {
            return new Location(seat, null, Location.Basis.SPEAKER_SEAT);
        }
        return focus == null ? null : new Location(focus, null, Location.Basis.ARTICLE_FOCUS);
    }

    /**
     * The capital of the country whose government, armed forces, legislature or courts are the source of a
     * verbal event ("the Kremlin warned", "U.S. lawmakers demanded"), or {@code null}: another event, another
     * source (rebels, media, an unknown speaker) or no gazetteer.
     */
    private Place speakerSeat(Event event) {
        if (gazetteer == null || event.cameoCode().length() < 2
                || !VERBAL_ROOTS.contains(event.cameoCode().substring(0, 2)) || !event.source().isKnown()) {
            return null;
        }
        String code = event.source().code();
        ActorCodeParts parts;
        try {
            parts = ActorCodeParts.of(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (parts.country().isEmpty() || !code.startsWith(parts.country()) || !parts.knownGroup().isEmpty()
                || !GOVERNMENT_TYPES.containsAll(parts.types())) {
            return null;
        }
        return gazetteer.countryOfActorCode(code).flatMap(gazetteer::capital).orElse(null);
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
