package org.sitrep.model;

import java.util.Objects;

/**
 * A stretch of a sentence that names an actor.
 *
 * @param sentence   index of the sentence
 * @param firstToken index of the first token, inclusive
 * @param lastToken  index of the last token, inclusive
 * @param span       where it stands in the article text
 * @param actor      the actor it resolves to; unknown actors are kept, see {@link Actor#unknown}
 */
public record Mention(int sentence, int firstToken, int lastToken, Span span, Actor actor) {

    public Mention {
        if (sentence < 0 || firstToken < 0 || lastToken < firstToken) {
            throw new IllegalArgumentException(
                    "bad mention position: sentence " + sentence + ", tokens " + firstToken + ".." + lastToken);
        }
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(actor, "actor");
    }

    public boolean covers(int tokenIndex) {
        return firstToken <= tokenIndex && tokenIndex <= lastToken;
    }
}
