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
 * @param required     lemmas that must stand among the trigger's objects, particles and their modifiers
 * @param complement   lemmas that must stand in a clausal complement of the trigger (after {@code *})
 * @param hasTarget    whether the pattern has a TARGET slot
 * @param targetPreposition the preposition before TARGET, or empty for a direct object
 * @param sourcePreposition for noun patterns, the preposition before SOURCE ("by"), or empty
 * @param mutual       compound subjects act on each other when there is no target
 * @param modal        fires under modal verbs too (a demand or threat by its nature)
 * @param line         where it was defined, for error messages and explanations
 */
public record EventPattern(String code, String id, boolean noun, String trigger, List<String> required,
                           List<String> complement, boolean hasTarget, String targetPreposition,
                           String sourcePreposition, boolean mutual, boolean modal, String line) {

    public EventPattern {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(trigger, "trigger");
        required = List.copyOf(required);
        complement = List.copyOf(complement);
        Objects.requireNonNull(targetPreposition, "targetPreposition");
        Objects.requireNonNull(sourcePreposition, "sourcePreposition");
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
