package org.sitrep.coding.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.coding.DependencyCoder;
import org.sitrep.internal.DataFile;

/**
 * The word lists of the coder's constructions ({@code construction-words.txt}): which words make a clause
 * intended or refused, which nouns name attacks or bombs, which objects make a military verb civilian.
 * Loaded once; immutable.
 */
public final class ConstructionWords {

    private static final Map<String, Set<String>> LISTS = load(
            DataFile.resource(DependencyCoder.class, "construction-words.txt"));

    private ConstructionWords() {
    }

    /** The list of that name; a name the file lacks is a bug. */
    public static Set<String> list(String name) {
        Set<String> list = LISTS.get(name);
        if (list == null) {
            throw new IllegalArgumentException("no word list " + name + " in construction-words.txt");
        }
        return list;
    }

    static Map<String, Set<String>> load(List<DataFile.Line> lines) {
        Map<String, Set<String>> lists = new HashMap<>();
        for (DataFile.Line line : lines) {
            List<String> fields = line.fields(2);
            Set<String> words = Set.of(fields.get(1).strip().split("\\s+"));
            if (lists.put(fields.get(0).strip(), words) != null) {
                throw line.error("list " + fields.get(0) + " is defined twice");
            }
        }
        return Map.copyOf(lists);
    }
}
