package org.sitrep.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A sentence of a gold file, its text resolved, with the events it should yield.
 *
 * @param id     the line's id
 * @param half   {@code dev}, {@code test}, or empty when neither the line nor the references give one
 * @param text   the sentence
 * @param date   the article's publication date, or null when unknown
 * @param events the gold events, possibly none
 */
public record GoldSentence(String id, String half, String text, LocalDate date, List<GoldEvent> events) {

    public GoldSentence {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(half, "half");
        Objects.requireNonNull(text, "text");
        events = List.copyOf(events);
        if (id.isBlank()) {
            throw new IllegalArgumentException("blank sentence id");
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("blank sentence text for " + id);
        }
    }
}
