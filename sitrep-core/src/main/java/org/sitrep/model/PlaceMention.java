package org.sitrep.model;

import java.util.Objects;

/**
 * A stretch of text that names a place of the gazetteer, with the place it was resolved to.
 *
 * @param sentence   index of the sentence
 * @param span       where the name stands in the article text
 * @param text       the name as written
 * @param place      the place chosen, or {@code null} when no candidate was plausible enough
 * @param candidates how many gazetteer places bear the name
 * @param score      the chosen candidate's score (0 when none was chosen); higher is surer
 * @param actorUse   whether the name stands for an actor here ("Damascus said", "Moscow accused"): such a
 *                   mention is resolved but never taken as where an event happened
 */
public record PlaceMention(int sentence, Span span, String text, Place place, int candidates, double score,
                           boolean actorUse) {

    public PlaceMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        if (sentence < 0 || candidates < 0) {
            throw new IllegalArgumentException("negative sentence index or candidate count");
        }
        if (place == null && score != 0) {
            throw new IllegalArgumentException("an unresolved mention has no score");
        }
    }

    public boolean isResolved() {
        return place != null;
    }
}
