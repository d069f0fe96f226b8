package org.sitrep.coding;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.internal.DataFile;

/**
 * The CAMEO event codes with their descriptions, Goldstein scores and QuadClass as GDELT 2.0 defines them,
 * and their PLOVER equivalents. Where versions of these tables conflict (Goldstein for 016, 022, 124, 163,
 * 165 and 166; QuadClass of roots 05, 09 and 14), GDELT 2.0's values win, because sitrep's output is meant
 * to sit next to GDELT's. Immutable and thread-safe.
 */
public final class CameoTable {

    private static final String RESOURCE = "cameo-codes.tsv";
    private static final class Standard {
        static final CameoTable TABLE = load(DataFile.resource(CameoTable.class, RESOURCE));
    }

    private final Map<String, CameoCode> codes;

    private CameoTable(Map<String, CameoCode> codes) {
        this.codes = Collections.unmodifiableMap(codes);
    }

    /** The built-in table, loaded once. */
    public static CameoTable standard() {
        return Standard.TABLE;
    }

    static CameoTable load(List<DataFile.Line> lines) {
        Map<String, CameoCode> codes = new LinkedHashMap<>();
        for (DataFile.Line line : lines) {
            List<String> fields = line.fields(7);
            CameoCode code;
            try {
                code = new CameoCode(fields.get(0).strip(), fields.get(1).strip(),
                        Double.parseDouble(fields.get(2).strip()), Integer.parseInt(fields.get(3).strip()),
                        fields.get(4).strip(), fields.get(5).strip(), fields.get(6).strip());
            } catch (IllegalArgumentException e) {
                throw line.error(e.getMessage());
            }
            if (codes.put(code.code(), code) != null) {
                throw line.error("code " + code.code() + " listed twice");
            }
        }
        return new CameoTable(codes);
    }

    public Optional<CameoCode> find(String code) {
        return Optional.ofNullable(codes.get(code));
    }

    /** The row for a code the caller knows exists, such as one a validated lexicon emits. */
    public CameoCode get(String code) {
        CameoCode row = codes.get(code);
        if (row == null) {
            throw new IllegalArgumentException("unknown CAMEO code " + code);
        }
        return row;
    }

    public Collection<CameoCode> all() {
        return codes.values();
    }
}
