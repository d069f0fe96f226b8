package org.sitrep.eval;

import org.sitrep.actors.ActorCodeParts;
import org.sitrep.coding.CameoTable;

/**
 * How closely a produced event must agree with a gold event to match it. Each level reduces an event to a key;
 * two events match at a level when their keys are equal. A level that does not apply to an event (PLOVER has
 * no type for CAMEO's statements and appeals, roots 01 and 02) gives no key, and the event is left out of that
 * level's counts.
 */
public enum GoldLevel {

    /** The CAMEO root: {@code 19} for {@code 190} and {@code 193}. */
    ROOT("root"),
    /** The whole CAMEO code. */
    CODE("code"),
    /** The PLOVER event type the CAMEO code maps to. */
    PLOVER("plover"),
    /** The PLOVER type, and the {@link #country} of the source and of the target. */
    PLOVER_COUNTRIES("plover+countries"),
    /** Source, code and target, all exactly. */
    TRIPLE("triple");

    private final String label;

    GoldLevel(String label) {
        this.label = label;
    }

    /** The name reports use: {@code root}, {@code code}, {@code plover}, {@code plover+countries}, {@code triple}. */
    public String label() {
        return label;
    }

    /** The event's key at this level, or null when the level does not apply to it. */
    public String key(GoldEvent event) {
        return switch (this) {
            case ROOT -> event.root();
            case CODE -> event.code();
            case PLOVER -> ploverType(event.code());
            case PLOVER_COUNTRIES -> {
                String type = ploverType(event.code());
                yield type == null ? null
                        : type + " " + country(event.source()) + " " + country(event.target());
            }
            case TRIPLE -> event.source() + " " + event.code() + " " + event.target();
        };
    }

    /** The PLOVER event type of a CAMEO code, or null when PLOVER has none (roots 01 and 02). */
    public static String ploverType(String cameoCode) {
        String type = CameoTable.standard().get(cameoCode).ploverEvent();
        return type.isEmpty() ? null : type;
    }

    /**
     * The country part of an actor code, as {@link ActorCodeParts} reads it ({@code SYR} for {@code SYRMIL},
     * {@code WST} for NATO's {@code IGOWSTNAT}); for a code without a country, its known group ({@code UNO} for
     * {@code IGOUNO}), else its first three letters ({@code REB}); empty for no actor.
     */
    public static String country(String actorCode) {
        if (actorCode.isEmpty()) {
            return "";
        }
        ActorCodeParts parts = ActorCodeParts.of(actorCode);
        if (!parts.country().isEmpty()) {
            return parts.country();
        }
        return parts.knownGroup().isEmpty() ? actorCode.substring(0, 3) : parts.knownGroup();
    }
}
