package org.sitrep.pipeline;

import java.util.function.Predicate;
import org.sitrep.model.Sentence;

/**
 * Stage 3: part-of-speech tags, lemmas and a dependency tree for the chosen sentences.
 *
 * <p>Input: segmented text and which sentences to parse. Output: the same sentences in the same order, the
 * chosen ones {@link Sentence#parsed() parsed}, the others unchanged. Bad data: a sentence the parser cannot
 * handle (too long, say) stays unparsed. A missing model throws {@link EnvironmentException}.
 * Implementations are thread-safe.
 */
public interface Parser {

    Parsed parse(Segmented segmented, Predicate<Sentence> worthParsing);
}
