package org.sitrep.eval;

import java.util.Objects;
import org.sitrep.coding.CameoTable;
import org.sitrep.model.Actor;

/**
 * One event as a gold file or the coder states it: who did what to whom, in CAMEO codes.
 *
 * @param source actor code of who acts, or empty when the event has no identifiable agent
 * @param code   a CAMEO event code of sitrep's table, such as {@code 190} or {@code 0874}
 * @param target actor code of who is acted upon, or empty when there is none
 */
public record GoldEvent(String source, String code, String target) {

    public GoldEvent {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(target, "target");
        if (CameoTable.standard().find(code).isEmpty()) {
            throw new IllegalArgumentException("not a CAMEO event code: '" + code + "'");
        }
        for (String actor : new String[] {source, target}) {
            if (!actor.isEmpty() && !Actor.isCode(actor)) {
                throw new IllegalArgumentException("actor code is not a run of three-letter upper-case parts: '"
                        + actor + "'");
            }
        }
    }

    /** The CAMEO root, the first two digits of the code. */
    public String root() {
        return code.substring(0, 2);
    }

    @Override
    public String toString() {
        return (source.isEmpty() ? "-" : source) + " " + code + " " + (target.isEmpty() ? "-" : target);
    }
}
