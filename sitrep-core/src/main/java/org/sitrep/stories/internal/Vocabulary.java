package org.sitrep.stories.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Feature names to dense ids, with how many documents hold each feature. Not thread-safe.
 */
public final class Vocabulary {

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private int[] documentFrequencies = new int[1024];
    private int documents;

    /** Counts one document holding these features. */
    public void count(Iterable<String> features) {
        documents++;
        for (String feature : features) {
            int id = idOf(feature);
            documentFrequencies[id]++;
        }
    }

    public int idOf(String feature) {
        Integer id = ids.get(feature);
        if (id != null) {
            return id;
        }
        int fresh = names.size();
        ids.put(feature, fresh);
        names.add(feature);
        if (fresh == documentFrequencies.length) {
            documentFrequencies = Arrays.copyOf(documentFrequencies, fresh * 2);
        }
        return fresh;
    }

    /** The id of a feature, or -1 when no document held it. */
    public int find(String feature) {
        Integer id = ids.get(feature);
        return id == null ? -1 : id;
    }

    public String name(int id) {
        return names.get(id);
    }

    public int documents() {
        return documents;
    }

    /**
     * Smoothed inverse document frequency: ln((N + 1) / (df + 1)) + 1, so that a feature every document holds
     * still weighs a little and an unseen one does not divide by zero.
     */
    public double idf(int id) {
        int frequency = id < documentFrequencies.length ? documentFrequencies[id] : 0;
        return Math.log((documents + 1.0) / (frequency + 1.0)) + 1;
    }

    /** The inverse document frequency of a feature no document held. */
    public double unseenIdf() {
        return Math.log(documents + 1.0) + 1;
    }
}
