package org.sitrep.coding;

import java.util.List;
import java.util.Objects;
import org.sitrep.internal.DataFile;

/**
 * One row of the CAMEO event-code table.
 *
 * @param code          two to four digits, such as {@code 19} or {@code 0874}
 * @param description   GDELT 2.0's description
 * @param goldstein     GDELT 2.0's Goldstein score, -10 (most conflictual) to +10
 * @param quadClass     GDELT 2.0 QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
 *                      4 material conflict (by root: 01-05, 06-09, 10-14, 15-20)
 * @param ploverEvent   PLOVER event type, empty where CAMEO→PLOVER has no mapping (01x, 02x)
 * @param ploverMode    PLOVER mode, possibly empty
 * @param ploverContext PLOVER contexts joined by {@code |} as the table writes them, possibly empty
 */
public record CameoCode(String code, String description, double goldstein, int quadClass, String ploverEvent,
                        String ploverMode, String ploverContext) {

    public CameoCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(ploverEvent, "ploverEvent");
        Objects.requireNonNull(ploverMode, "ploverMode");
        Objects.requireNonNull(ploverContext, "ploverContext");
        if (!code.matches("[0-2][0-9]{1,3}")) {
            throw new IllegalArgumentException("not a CAMEO code: " + code);
        }
        if (goldstein < -10 || goldstein > 10) {
            throw new IllegalArgumentException("Goldstein out of range for " + code + ": " + goldstein);
        }
        if (quadClass < 1 || quadClass > 4) {
            throw new IllegalArgumentException("QuadClass out of range for " + code + ": " + quadClass);
        }
    }

    /** Whether PLOVER has an event type for this code; it has none for the statements and appeals of 01 and 02. */
    public boolean hasPlover() {
        return !ploverEvent.isEmpty();
    }

    /** The PLOVER contexts, in table order; empty when the mapping gives none. */
    public List<String> ploverContexts() {
        return ploverContext.isEmpty() ? List.of() : DataFile.values(ploverContext);
    }

    public String root() {
        return code.substring(0, 2);
    }
}
