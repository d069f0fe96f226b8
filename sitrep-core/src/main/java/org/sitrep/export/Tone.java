package org.sitrep.export;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.internal.DataFile;

/**
 * A document's tone the way GDELT defines AvgTone: the percentage of its words that are positive minus the
 * percentage that are negative, from -100 to +100 (news mostly lies between -10 and +5). Words come from
 * sitrep's own lists ({@code tone-words.tsv}); a word counts once per occurrence, in any of its plain
 * inflections, and negation is not undone ("not peaceful" counts as positive), as in GDELT's dictionary
 * method. Immutable and thread-safe.
 */
public final class Tone {

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");
    private static final List<String> SUFFIXES = List.of("ing", "ies", "es", "ed", "ly", "s", "d");

    private static final class Standard {
        static final Tone TONE = new Tone(DataFile.resource(Tone.class, "tone-words.tsv"));
    }

    private final Set<String> positive = new HashSet<>();
    private final Set<String> negative = new HashSet<>();

    Tone(List<DataFile.Line> lines) {
        for (DataFile.Line line : lines) {
            List<String> fields = line.fields(2);
            Set<String> into = switch (fields.get(0)) {
                case "+" -> positive;
                case "-" -> negative;
                default -> throw line.error("polarity must be + or -: " + fields.get(0));
            };
            for (String word : fields.get(1).strip().split("\\s+")) {
                if (positive.contains(word) || negative.contains(word)) {
                    throw line.error("word listed twice: " + word);
                }
                into.add(word);
            }
        }
    }

    /** The built-in word lists, loaded once. */
    public static Tone standard() {
        return Standard.TONE;
    }

    /** The tone of a text, rounded to GDELT's precision; 0 for a text without words. */
    public double score(String text) {
        int words = 0;
        int up = 0;
        int down = 0;
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words++;
            String word = matcher.group().toLowerCase(Locale.ROOT);
            int polarity = polarity(word);
            if (polarity > 0) {
                up++;
            } else if (polarity < 0) {
                down++;
            }
        }
        if (words == 0) {
            return 0;
        }
        double tone = 100.0 * (up - down) / words;
        return Math.round(tone * 1e10) / 1e10;
    }

    /** +1, -1 or 0 for a lower-case word, trying its listed form and its stem without a plain suffix. */
    int polarity(String word) {
        int direct = listed(word);
        if (direct != 0) {
            return direct;
        }
        for (String suffix : SUFFIXES) {
            if (word.length() > suffix.length() + 2 && word.endsWith(suffix)) {
                String stem = word.substring(0, word.length() - suffix.length());
                int found = listed(stem);
                if (found == 0 && suffix.equals("ies")) {
                    found = listed(stem + "y");
                }
                if (found == 0 && (suffix.equals("ed") || suffix.equals("ing"))) {
                    found = listed(stem + "e");
                    if (found == 0 && stem.length() > 3
                            && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)) {
                        found = listed(stem.substring(0, stem.length() - 1));
                    }
                }
                if (found != 0) {
                    return found;
                }
            }
        }
        return 0;
    }

    private int listed(String word) {
        return positive.contains(word) ? 1 : negative.contains(word) ? -1 : 0;
    }
}
