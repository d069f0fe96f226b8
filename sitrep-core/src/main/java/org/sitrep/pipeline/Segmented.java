package org.sitrep.pipeline;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.Sentence;

/** Output of the {@link Segmenter}: the text cut into sentences and tokens, none parsed yet. */
public record Segmented(String text, List<Sentence> sentences) {

    public Segmented {
        Objects.requireNonNull(text, "text");
        sentences = List.copyOf(sentences);
    }
}
