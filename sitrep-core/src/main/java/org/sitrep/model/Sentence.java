package org.sitrep.model;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of an article. A sentence is <em>parsed</em> when its tokens carry tags and lemmas and its
 * dependency tree is known; sitrep parses only sentences that may hold an event, because parsing is the
 * costly step.
 *
 * @param index        position in the article, from 0
 * @param span         where it stands in the article text
 * @param tokens       its tokens, in order, each {@link Token#index()} equal to its position
 * @param dependencies basic UD arcs, empty when not parsed
 * @param parsed       whether tags, lemmas and dependencies were computed
 */
public record Sentence(int index, Span span, List<Token> tokens, List<Dependency> dependencies, boolean parsed) {

    public Sentence {
        if (index < 0) {
            throw new IllegalArgumentException("negative sentence index " + index);
        }
        Objects.requireNonNull(span, "span");
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).index() != i) {
                throw new IllegalArgumentException("token " + i + " has index " + tokens.get(i).index());
            }
        }
        for (Dependency arc : dependencies) {
            if (arc.dependent() >= tokens.size() || arc.governor() >= tokens.size()) {
                throw new IllegalArgumentException("arc " + arc + " points outside " + tokens.size() + " tokens");
            }
        }
        if (!parsed && !dependencies.isEmpty()) {
            throw new IllegalArgumentException("an unparsed sentence has no dependencies");
        }
    }

    /** A sentence fresh from segmentation. */
    public static Sentence unparsed(int index, Span span, List<Token> tokens) {
        return new Sentence(index, span, tokens, List.of(), false);
    }

    public Sentence withParse(List<Token> taggedTokens, List<Dependency> arcs) {
        return new Sentence(index, span, taggedTokens, arcs, true);
    }

    /** The span from the start of token {@code first} to the end of token {@code last}, inclusive. */
    public Span tokenSpan(int first, int last) {
        return new Span(tokens.get(first).span().begin(), tokens.get(last).span().end());
    }
}
