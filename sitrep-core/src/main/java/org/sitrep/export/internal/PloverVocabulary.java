package org.sitrep.export.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.coding.CameoCode;
import org.sitrep.internal.DataFile;

/**
 * PLOVER's event types, their quad codes and modes, and its contexts, from {@code plover-vocabulary.tsv};
 * turns the PLOVER columns of a CAMEO code into current names. Immutable and thread-safe.
 */
public final class PloverVocabulary {

    private static final class Standard {
        static final PloverVocabulary VOCABULARY = new PloverVocabulary(
                DataFile.resource(PloverVocabulary.class, "/org/sitrep/export/plover-vocabulary.tsv"));
    }

    private final Map<String, Integer> quads = new LinkedHashMap<>();
    private final Map<String, Set<String>> modes = new LinkedHashMap<>();
    private final Set<String> contexts = new LinkedHashSet<>();
    private final Map<String, String> renamed = new HashMap<>();

    PloverVocabulary(List<DataFile.Line> lines) {
        for (DataFile.Line line : lines) {
            List<String> fields = line.fields(3);
            switch (fields.get(0)) {
                case "event" -> quads.put(fields.get(1), Integer.parseInt(fields.get(2)));
                case "mode" -> modes.put(fields.get(1), new LinkedHashSet<>(List.of(fields.get(2).split(" "))));
                case "context" -> contexts.addAll(List.of(fields.get(2).split(" ")));
                case "renamed" -> renamed.put(fields.get(1), fields.get(2));
                default -> throw line.error("unknown line kind " + fields.get(0));
            }
        }
        for (String type : modes.keySet()) {
            if (!quads.containsKey(type)) {
                throw new IllegalArgumentException("modes for an unknown event type: " + type);
            }
        }
    }

    public static PloverVocabulary standard() {
        return Standard.VOCABULARY;
    }

    /** The event types, in the manual's order. */
    public List<String> eventTypes() {
        return List.copyOf(quads.keySet());
    }

    /** The quad code (1 to 4) of an event type. */
    public int quad(String eventType) {
        Integer quad = quads.get(eventType);
        if (quad == null) {
            throw new IllegalArgumentException("not a PLOVER event type: " + eventType);
        }
        return quad;
    }

    /** The modes an event type allows. */
    public Set<String> modes(String eventType) {
        return Set.copyOf(modes.getOrDefault(eventType, Set.of()));
    }

    /** Every mode of every type. */
    public Set<String> allModes() {
        Set<String> all = new LinkedHashSet<>();
        modes.values().forEach(all::addAll);
        return all;
    }

    public Set<String> contexts() {
        return Set.copyOf(contexts);
    }

    /** The mode of a CAMEO code's PLOVER mapping, if it has one this vocabulary allows for its type. */
    public Optional<String> mode(CameoCode code) {
        String mode = code.ploverMode();
        return mode.isEmpty() || !modes(code.ploverEvent()).contains(mode) ? Optional.empty() : Optional.of(mode);
    }

    /** The current names of a CAMEO code's PLOVER contexts, renamed or dropped as the vocabulary says. */
    public List<String> contexts(CameoCode code) {
        List<String> current = new ArrayList<>();
        for (String context : code.ploverContexts()) {
            String name = renamed.getOrDefault(context, context);
            if (!name.equals("-") && contexts.contains(name) && !current.contains(name)) {
                current.add(name);
            }
        }
        return current;
    }
}
