package org.sitrep.pipeline;

import java.util.function.Predicate;
import org.sitrep.model.Sentence;

/**
 * Stage 3: part-of-speech tags, lemmas and a dependency tree for the chosen sentences.
 *
 * <p>Input: segmented text and two choices, made in turn because tagging is cheap and dependency parsing
 * is not: which sentences to tag (asked of the untagged sentence) and which tagged ones to parse (asked of
 * the sentence with tags and lemmas). Output: the same sentences in the same order; those chosen twice
 * {@link Sentence#parsed() parsed}, those chosen once tagged but unparsed, the others unchanged. Bad data: a sentence the parser cannot
 * handle (too long, say) stays unparsed. A missing model throws {@link EnvironmentException}.
 * Implementations are thread-safe.
 */
public interface Parser {

    Parsed parse(Segmented segmented, Predicate<Sentence> worthTagging, Predicate<Sentence> worthParsing);
}
