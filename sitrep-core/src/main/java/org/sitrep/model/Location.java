package org.sitrep.model;

import java.util.Objects;

/**
 * Where an event happened, and why sitrep thinks so.
 *
 * @param place the place
 * @param span  the place name the choice rests on, or {@code null} when it rests on the article as a whole or on
 *              the speaker's seat
 * @param basis how the place was chosen
 */
public record Location(Place place, Span span, Basis basis) {

    /** How a location was chosen, from the surest. */
    public enum Basis {
        /** A place named in the clause of the event's trigger. */
        SAME_CLAUSE,
        /** A place named elsewhere in the event's sentence. */
        SAME_SENTENCE,
        /** A place named elsewhere in the event's paragraph, narrowing a country the sentence names. */
        SAME_PARAGRAPH,
        /** The place of the article's dateline ("DAMASCUS, May 21 (Reuters) -"). */
        DATELINE,
        /** The place the article names most. */
        ARTICLE_FOCUS,
        /**
         * The capital of a government that spoke (a statement, appeal, demand or threat) in a sentence naming no
         * place, when the article is about another country: "the State Department condemned the raid" in a story
         * about a war abroad was said in Washington.
         */
        SPEAKER_SEAT;

        /** Whether a location of this basis rests on the article or the actor rather than on a named place. */
        public boolean unnamed() {
            return this == ARTICLE_FOCUS || this == SPEAKER_SEAT;
        }
    }

    public Location {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(basis, "basis");
        if ((span == null) != basis.unnamed()) {
            throw new IllegalArgumentException("a location rests on a named place unless it is the article focus or a speaker's seat");
        }
    }
}
