package org.sitrep.model;

import java.util.Objects;

/**
 * One token of a sentence.
 *
 * @param index position in its sentence, from 0
 * @param word  the token as the tokenizer normalised it (quotes and brackets may differ from the text)
 * @param span  where it stands in the article text
 * @param tag   Penn Treebank part-of-speech tag, or empty when the sentence was not parsed
 * @param lemma dictionary form, lower-cased, or empty when the sentence was not parsed
 */
public record Token(int index, String word, Span span, String tag, String lemma) {

    public Token {
        if (index < 0) {
            throw new IllegalArgumentException("negative token index " + index);
        }
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(lemma, "lemma");
    }

    /** An untagged token, as segmentation produces it. */
    public static Token unparsed(int index, String word, Span span) {
        return new Token(index, word, span, "", "");
    }

    public Token withTagAndLemma(String newTag, String newLemma) {
        return new Token(index, word, span, newTag, newLemma);
    }

    public boolean isVerb() {
        return tag.startsWith("VB");
    }

    public boolean isNoun() {
        return tag.startsWith("NN");
    }

    public boolean isProperNoun() {
        return tag.startsWith("NNP");
    }
}
