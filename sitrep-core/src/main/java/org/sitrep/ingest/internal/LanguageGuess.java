package org.sitrep.ingest.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells whether a text is English, and if not, which language it likely is. Small and fast by design: the
 * script of the letters names Arabic, Chinese, Japanese, Korean, Greek, Hebrew, Devanagari and Thai text;
 * Latin and Cyrillic texts are told by which language's frequent function words (resource
 * {@code function-words.tsv}) they use most. Texts too short to tell are taken as English.
 */
public final class LanguageGuess {

    /** Fewer words than this are too few to tell a language by. */
    public static final int MIN_WORDS = 20;

    /** Only the start of a text is looked at. */
    private static final int MAX_WORDS = 400;

    /** Enough characters for {@link #MAX_WORDS} words of any language. */
    private static final int MAX_CHARS = 4000;

    /** Another language must match at least this many times as many function words as English. */
    private static final double MARGIN = 2.0;

    private static final Map<String, Set<String>> WORDS = load();

    private LanguageGuess() {
    }

    /** The text's language code, {@link Languages#ENGLISH} when it is English or too short to tell. */
    public static String guess(String text) {
        Map<Character.UnicodeScript, Integer> scripts = new HashMap<>();
        int letters = 0;
        for (int i = 0; i < text.length() && letters < MAX_CHARS; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                scripts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum);
            }
        }
        if (letters == 0) {
            return Languages.ENGLISH;
        }
        Character.UnicodeScript main = Character.UnicodeScript.LATIN;
        int mainCount = 0;
        for (Map.Entry<Character.UnicodeScript, Integer> entry : scripts.entrySet()) {
            if (entry.getValue() > mainCount) {
                main = entry.getKey();
                mainCount = entry.getValue();
            }
        }
        String byScript = switch (main) {
            case ARABIC -> "ar";
            case HAN -> scripts.getOrDefault(Character.UnicodeScript.HIRAGANA, 0)
                    + scripts.getOrDefault(Character.UnicodeScript.KATAKANA, 0) > 0 ? "ja" : "zh";
            case HIRAGANA, KATAKANA -> "ja";
            case HANGUL -> "ko";
            case GREEK -> "el";
            case HEBREW -> "he";
            case DEVANAGARI -> "hi";
            case THAI -> "th";
            default -> null;
        };
        if (byScript != null) {
            return byScript;
        }
        Map<String, Integer> hits = new HashMap<>();
        int words = 0;
        String start = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        for (String word : start.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (++words > MAX_WORDS) {
                break;
            }
            for (Map.Entry<String, Set<String>> language : WORDS.entrySet()) {
                if (language.getValue().contains(word)) {
                    hits.merge(language.getKey(), 1, Integer::sum);
                }
            }
        }
        if (words < MIN_WORDS && main == Character.UnicodeScript.LATIN) {
            return Languages.ENGLISH;
        }
        if (main != Character.UnicodeScript.LATIN) {
            // Not English whatever its words: the language whose words it uses most, else its script's name.
            hits.remove(Languages.ENGLISH);
            return hits.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                    .orElse(main.name().toLowerCase(Locale.ROOT));
        }
        int english = hits.getOrDefault(Languages.ENGLISH, 0);
        String best = Languages.ENGLISH;
        int bestHits = english;
        for (Map.Entry<String, Integer> entry : hits.entrySet()) {
            if (entry.getValue() > bestHits) {
                best = entry.getKey();
                bestHits = entry.getValue();
            }
        }
        // Function words are a fifth or more of running text; a text with few of any is not told apart.
        if (best.equals(Languages.ENGLISH) || bestHits < MARGIN * english || bestHits < words / 10) {
            return Languages.ENGLISH;
        }
        return best;
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> words = new LinkedHashMap<>();
        try (InputStream in = LanguageGuess.class.getResourceAsStream("function-words.tsv")) {
            if (in == null) {
                throw new IllegalStateException("function-words.tsv missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                words.put(parts[0], Set.copyOf(List.of(parts[1].strip().split(" +"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(words);
    }
}
