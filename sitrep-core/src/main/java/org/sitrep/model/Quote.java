package org.sitrep.model;

import java.util.Objects;

/**
 * Something an article reports someone said: a direct quote in quotation marks, or indirect speech ("X said
 * that ...", "according to X").
 *
 * @param sentence    index of the sentence the quote starts in
 * @param span        the quoted words (inside the marks for a direct quote; the reported clause for indirect
 *                    speech)
 * @param text        those words, paragraphs joined with a space
 * @param kind        direct or indirect
 * @param speakerSpan where the speaker is named, or {@code null} when the article does not say who spoke
 * @param speakerText the speaker as written, or for a pronoun the name it refers back to; empty when unknown
 * @param speaker     the actor the speaker resolves to, or {@code null} when the speaker names no actor mention
 * @param cue         the verb or phrase that reports the speech ("said", "according to"), or {@code null}
 */
public record Quote(int sentence, Span span, String text, Kind kind, Span speakerSpan, String speakerText,
                    Actor speaker, Span cue) {

    public enum Kind {
        /** Words in quotation marks. */
        DIRECT,
        /** Reported speech without quotation marks. */
        INDIRECT
    }

    public Quote {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(speakerText, "speakerText");
        if (sentence < 0) {
            throw new IllegalArgumentException("negative sentence index " + sentence);
        }
        if (speakerSpan == null && !speakerText.isEmpty()) {
            throw new IllegalArgumentException("a speaker's text needs its span");
        }
        if (speaker != null && speakerSpan == null) {
            throw new IllegalArgumentException("a speaker actor needs its span");
        }
    }

    public boolean hasSpeaker() {
        return speakerSpan != null;
    }
}
