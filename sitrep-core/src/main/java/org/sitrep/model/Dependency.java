package org.sitrep.model;

import java.util.Objects;

/**
 * One arc of a sentence's basic Universal Dependencies tree.
 *
 * @param governor  index of the head token, or {@link #ROOT} for the sentence root
 * @param dependent index of the dependent token
 * @param relation  UD relation name with its subtype, such as {@code nsubj}, {@code obl:agent} or
 *                  {@code nmod:poss}
 */
public record Dependency(int governor, int dependent, String relation) {

    public static final int ROOT = -1;

    public Dependency {
        if (governor < ROOT || dependent < 0 || governor == dependent) {
            throw new IllegalArgumentException("bad arc " + governor + " -> " + dependent);
        }
        Objects.requireNonNull(relation, "relation");
    }

    /** The relation without its subtype: {@code nsubj} for {@code nsubj:pass}. */
    public String baseRelation() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }
}
