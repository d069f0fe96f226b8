package org.sitrep.pipeline;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.Sentence;

/** Output of the {@link Parser}: the same sentences, those worth it now parsed. */
public record Parsed(String text, List<Sentence> sentences) {

    public Parsed {
        Objects.requireNonNull(text, "text");
        sentences = List.copyOf(sentences);
    }
}
