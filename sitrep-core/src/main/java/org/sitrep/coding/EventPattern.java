package org.sitrep.coding;

import java.util.List;
import java.util.Objects;

/**
 * One line of the event-pattern lexicon.
 *
 * @param code         CAMEO code it yields
 * @param id           unique rule id, printed with every event it codes
 * @param noun         whether the trigger is a noun ("accusation") rather than a verb
 * @param trigger      the trigger's lemma
 * @param required     words that must stand among the trigger's objects, particles and their modifiers
 * @param complement   lemmas that must stand in a clausal complement of the trigger (after {@code *})
 * @param hasTarget    whether the pattern has a TARGET slot
 * @param targetPreposition the preposition before TARGET, or empty for a direct object
 * @param sourcePreposition for noun patterns, the preposition before SOURCE ("by"), or empty
 * @param mutual       compound subjects act on each other when there is no target
 * @param modal        fires under modal verbs too (a demand or threat by its nature)
 * @param intransitive fires only when the trigger has no object and no clausal complement
 * @param negated      fires only when the trigger is negated, and then as a fact ("did not rule out talks"
 *                     considers them, 014)
 * @param reporting    fires only when the trigger reports speech: it has a clausal complement or a quote
 *                     ("added that", "tweeted that"), or it attributes one ("..., she noted")
 * @param provenance   how the line was obtained ({@code petrarch}, {@code newswire}), from its {@code src=} flag;
 *                     empty for lines written by hand from the start
 * @param line         where it was defined, for error messages and explanations
 */
public record EventPattern(String code, String id, boolean noun, String trigger, List<Word> required,
                           List<String> complement, boolean hasTarget, String targetPreposition,
                           String sourcePreposition, boolean mutual, boolean modal, boolean intransitive,
                           boolean negated, boolean reporting,
                           String provenance, String line) {

    /**
     * A required word.
     *
     * @param lemma       its lemma
     * @param preposition the preposition that must mark it ("for" in "call for regime change"), or empty
     * @param particle    whether it is the trigger's particle ("give in", "pull out")
     */
    public record Word(String lemma, String preposition, boolean particle) {
        public Word {
            Objects.requireNonNull(lemma, "lemma");
            Objects.requireNonNull(preposition, "preposition");
        }

        public static Word plain(String lemma) {
            return new Word(lemma, "", false);
        }
    }

    public EventPattern {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(trigger, "trigger");
        required = List.copyOf(required);
        complement = List.copyOf(complement);
        Objects.requireNonNull(targetPreposition, "targetPreposition");
        Objects.requireNonNull(sourcePreposition, "sourcePreposition");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(line, "line");
        if (!hasTarget && !targetPreposition.isEmpty()) {
            throw new IllegalArgumentException("a preposition before TARGET needs a TARGET slot");
        }
    }

    /** More constrained patterns are tried first: they say more about what happened. */
    public int specificity() {
        return 2 * (required.size() + complement.size()) + (targetPreposition.isEmpty() ? 0 : 1)
                + (hasTarget ? 1 : 0);
    }
}
