package org.sitrep.pipeline;

/**
 * Stage 1: cuts text into sentences and tokens.
 *
 * <p>Input: any string, possibly empty. Output: sentences covering the text in order, each token's
 * {@link org.sitrep.model.Span} pointing into the given string. Bad data: none is possible; odd characters
 * become tokens. Implementations are thread-safe.
 */
public interface Segmenter {

    Segmented segment(String text);
}
