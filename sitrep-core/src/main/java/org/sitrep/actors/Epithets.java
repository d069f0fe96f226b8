package org.sitrep.actors;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.internal.DataFile;
import org.sitrep.model.Sentence;

/**
 * Phrases that stand for a country only in an article that names it ("the Islamic republic"). Immutable
 * and thread-safe.
 */
public final class Epithets {

    private static final class Standard {
        static final Epithets EPITHETS = load(DataFile.resource(Epithets.class, "epithets.tsv"));
    }

    /** A match: tokens {@code first..last} of a sentence stand for {@code country}. */
    public record Match(int first, int last, String country, String phrase) {
    }

    private final Map<String, String> countryByKey;

    private Epithets(Map<String, String> countryByKey) {
        this.countryByKey = Map.copyOf(countryByKey);
    }

    public static Epithets standard() {
        return Standard.EPITHETS;
    }

    public static Epithets none() {
        return new Epithets(Map.of());
    }

    public static Epithets load(List<DataFile.Line> lines) {
        Map<String, String> countryByKey = new HashMap<>();
        for (DataFile.Line line : lines) {
            List<String> fields = line.fields(2);
            String code = fields.get(0).strip();
            if (!code.matches("[A-Z]{3}")) {
                throw line.error("not a country code: " + code);
            }
            for (String phrase : DataFile.values(fields.get(1))) {
                countryByKey.put(key(phrase), code);
            }
        }
        return new Epithets(countryByKey);
    }

    /** The longest epithet starting at token {@code start}, or null. */
    public Match longestAt(Sentence sentence, int start) {
        if (countryByKey.isEmpty()) {
            return null;
        }
        StringBuilder key = new StringBuilder();
        Match best = null;
        int end = Math.min(sentence.tokens().size(), start + 4);
        for (int i = start; i < end; i++) {
            key.append(ActorDictionary.normalise(sentence.tokens().get(i).word()).toLowerCase(Locale.ROOT));
            String country = countryByKey.get(key.toString());
            if (country != null) {
                best = new Match(start, i, country, key.toString());
            }
        }
        return best;
    }

    private static String key(String phrase) {
        return ActorDictionary.normalise(phrase).toLowerCase(Locale.ROOT);
    }
}
