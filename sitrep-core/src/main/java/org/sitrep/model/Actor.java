package org.sitrep.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A coded actor: who acts or is acted upon.
 *
 * @param code  CAMEO-style code, a run of three-letter parts such as {@code SYR}, {@code SYRMIL} or
 *              {@code IMGMUSISI}; empty for an actor the dictionaries do not know
 * @param name  a readable name: the dictionary's name for a known actor, the text for an unknown one
 * @param entry id of the dictionary entry (or entries, joined by {@code +}) the code came from, such as
 *              {@code country:SYR+agent:MIL}; empty for an unknown actor
 */
public record Actor(String code, String name, String entry) {

    // The one definition of an actor code's shape; dictionaries, gold files and PETRARCH files check with isCode.
    private static final Pattern CODE = Pattern.compile("(?:[A-Z0-9]{3})+");

    public Actor {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(entry, "entry");
        if (!code.isEmpty() && !isCode(code)) {
            throw new IllegalArgumentException("actor code is not a run of three-letter parts: " + code);
        }
    }

    /** Whether the text is an actor code: one or more three-character parts of capitals and digits. */
    public static boolean isCode(String text) {
        return CODE.matcher(text).matches();
    }

    /** An actor the dictionaries do not know, kept with its text so users see what is missing. */
    public static Actor unknown(String text) {
        return new Actor("", text, "");
    }

    public boolean isKnown() {
        return !code.isEmpty();
    }

    /**
     * Whether the actor is known only by an agent type, with no country or group: every dictionary entry it
     * came from is an agent entry ({@code agent:MIL}), as PETRARCH's "---MIL" notation means.
     */
    public boolean isAgentOnly() {
        for (String part : entry.split("\\+")) {
            if (!part.startsWith("agent:")) {
                return false;
            }
        }
        return true;
    }

    /** The first three letters of the code: the country, or the IGO/NGO/MNC/IMG type. */
    public String country() {
        return code.length() >= 3 ? code.substring(0, 3) : "";
    }
}
