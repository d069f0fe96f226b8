package org.sitrep.eval;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A sentence of a gold file, its text resolved, with the events it should yield.
 *
 * @param id      the line's id
 * @param half    {@code dev}, {@code test}, or empty when neither the line nor the references give one
 * @param text    the sentence
 * @param date    the article's publication date, or null when unknown
 * @param events  the gold events, possibly none
 * @param classes the coder error classes the sentence exercises, possibly none (in class order)
 */
public record GoldSentence(String id, String half, String text, LocalDate date, List<GoldEvent> events,
                           Set<CoderErrorClass> classes) {

    public GoldSentence {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(half, "half");
        Objects.requireNonNull(text, "text");
        events = List.copyOf(events);
        Objects.requireNonNull(classes, "classes");
        // EnumSet keeps the classes in their order, whatever order the line gave them in.
        classes = Collections.unmodifiableSet(classes.isEmpty() ? EnumSet.noneOf(CoderErrorClass.class)
                : EnumSet.copyOf(classes));
        if (id.isBlank()) {
            throw new IllegalArgumentException("blank sentence id");
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("blank sentence text for " + id);
        }
    }

    /** A sentence tagged with no error class. */
    public GoldSentence(String id, String half, String text, LocalDate date, List<GoldEvent> events) {
        this(id, half, text, date, events, Set.of());
    }
}
