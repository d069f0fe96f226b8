package org.sitrep.coding.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.coding.CameoTable;
import org.sitrep.coding.DependencyCoder;
import org.sitrep.internal.DataFile;

/**
 * What an intended or refused event is coded as ({@code intent-codes.tsv}): "agreed to hold talks" is an
 * intent to negotiate (036), "vowed to strike" a threat (138), "refused to release" a refusal to yield (1243).
 * Immutable.
 */
public final class IntentCodes {

    private static final IntentCodes STANDARD = new IntentCodes(
            DataFile.resource(DependencyCoder.class, "intent-codes.tsv"), CameoTable.standard());

    private record Row(String intent, String refusal) {
    }

    private final Map<String, Row> byPrefix = new HashMap<>();

    IntentCodes(List<DataFile.Line> lines, CameoTable table) {
        for (DataFile.Line line : lines) {
            List<String> fields = line.fields(3);
            String prefix = fields.get(0).strip();
            for (String code : List.of(prefix, fields.get(1).strip(), fields.get(2).strip())) {
                if (!code.equals("=") && !code.equals("-") && table.find(code).isEmpty()) {
                    throw line.error("CAMEO code " + code + " is not in the code table");
                }
            }
            if (byPrefix.put(prefix, new Row(fields.get(1).strip(), fields.get(2).strip())) != null) {
                throw line.error("prefix " + prefix + " stands twice");
            }
        }
    }

    public static IntentCodes standard() {
        return STANDARD;
    }

    /** The code of an event that is intended, promised or announced; empty when such an intent is no event. */
    public Optional<String> intent(String code) {
        return pick(code, true);
    }

    /** The code of an event whose doing is refused or negated in the future; empty when that is no event. */
    public Optional<String> refusal(String code) {
        return pick(code, false);
    }

    private Optional<String> pick(String code, boolean intent) {
        for (int length = code.length(); length >= 2; length--) {
            Row row = byPrefix.get(code.substring(0, length));
            if (row != null) {
                String value = intent ? row.intent() : row.refusal();
                return value.equals("-") ? Optional.empty() : Optional.of(value.equals("=") ? code : value);
            }
        }
        return Optional.empty();
    }
}
