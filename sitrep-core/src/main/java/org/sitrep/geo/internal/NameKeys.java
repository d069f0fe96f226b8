package org.sitrep.geo.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns place names into lookup keys, the same way for the gazetteer's names and for names found in text.
 *
 * <p>A <em>key</em> is lower-case ASCII: diacritics dropped, apostrophes and ayn/hamza marks dropped
 * ("Ma'arrat", "Ma‘arrat" and "Maarrat" agree), every other run of non-letters a single space ("al-Aswad" and
 * "al Aswad" agree). A <em>skeleton</em> is looser, for transliterations of one Arabic, Persian or Cyrillic name
 * that differ in vowels and doubled letters: Arabic articles become {@code l}, vowels after a word's first
 * letter are dropped, doubled letters collapse ("Sheikhoun" and "Shaykhun" both give {@code shkhn}).
 */
public final class NameKeys {

    /** Arabic article spellings as separate words: "al", "el", and the assimilated "ad", "ash", "ez"... */
    private static final Set<String> ARTICLES = Set.of("al", "el", "il", "ul", "ad", "ed", "ar", "er", "as", "es",
            "az", "ez", "at", "et", "an", "en", "ash", "esh", "ach", "ech", "adh", "edh", "ath", "eth", "aj", "ej",
            "ag", "ak", "ec", "ac");

    /** Articles that may open a name and be left out by writers: "Al-Hajar al-Aswad" is also "Hajar al-Aswad". */
    private static final Set<String> LEADING_ARTICLES = Set.of("al", "el", "ad", "ar", "as", "az", "at", "an",
            "ash", "ech", "es", "ez", "ed", "en", "et", "er");

    private NameKeys() {
    }

    /** The lookup key of a name; empty when the name has no Latin letter or digit. */
    public static String key(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder key = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (isApostrophe(c)) {
                continue;
            }
            String folded = fold(c);
            if (folded == null) {
                space = key.length() > 0;
                continue;
            }
            if (space) {
                key.append(' ');
                space = false;
            }
            key.append(folded);
        }
        return key.toString();
    }

    /**
     * The key and its variants a writer may use for the same place: without a leading Arabic article, and with
     * "el", "ad", "ash"... written as "al". The key itself comes first.
     */
    public static List<String> variants(String key) {
        Set<String> variants = new LinkedHashSet<>();
        variants.add(key);
        String[] words = key.split(" ");
        StringBuilder normalised = new StringBuilder();
        for (String word : words) {
            if (normalised.length() > 0) {
                normalised.append(' ');
            }
            normalised.append(ARTICLES.contains(word) ? "al" : word);
        }
        variants.add(normalised.toString());
        if (words.length > 1 && LEADING_ARTICLES.contains(words[0])) {
            variants.add(key.substring(words[0].length() + 1));
        }
        return new ArrayList<>(variants);
    }

    /** Whether the key's first word is an Arabic article that writers may leave out. */
    public static boolean hasLeadingArticle(String key) {
        int space = key.indexOf(' ');
        return space > 0 && LEADING_ARTICLES.contains(key.substring(0, space));
    }

    /** The skeleton of a key: see the class comment. Articles, even a leading one, are kept as {@code l}. */
    public static String skeleton(String key) {
        StringBuilder skeleton = new StringBuilder(key.length());
        String[] words = key.split(" ");
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            if (skeleton.length() > 0) {
                skeleton.append(' ');
            }
            if (ARTICLES.contains(word)) {
                skeleton.append('l');
                continue;
            }
            String consonants = word.replace("ph", "f").replace("q", "k").replace("dj", "j").replace("ck", "k")
                    .replace("ou", "u");
            char last = 0;
            for (int i = 0; i < consonants.length(); i++) {
                char c = consonants.charAt(i);
                if (i == 0 && isVowel(c)) {
                    // An opening vowel is kept but all vowels agree: Erbil, Irbil and Arbil.
                    c = 'a';
                } else if (isVowel(c) || (c == 'y' && i > 0) || (c == 'w' && i > 0)) {
                    continue;
                }
                if (c != last) {
                    skeleton.append(c);
                }
                last = c;
            }
        }
        return skeleton.toString();
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '\u02BB' || c == '`'
                || c == '\u02BF' || c == '\u02BE' || c == '\u00B4' || c == '\u2032';
    }

    /** A letter or digit as lower-case ASCII, or {@code null} for anything else. */
    private static String fold(char c) {
        if (c < 128) {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                return String.valueOf(c);
            }
            if (c >= 'A' && c <= 'Z') {
                return String.valueOf((char) (c + 32));
            }
            return null;
        }
        switch (c) {
            case 'ł', 'Ł' -> {
                return "l";
            }
            case 'ø', 'Ø' -> {
                return "o";
            }
            case 'æ', 'Æ' -> {
                return "ae";
            }
            case 'œ', 'Œ' -> {
                return "oe";
            }
            case 'ß' -> {
                return "ss";
            }
            case 'đ', 'Đ', 'ð', 'Ð' -> {
                return "d";
            }
            case 'ı' -> {
                return "i";
            }
            case 'ħ', 'Ħ' -> {
                return "h";
            }
            case 'þ', 'Þ' -> {
                return "th";
            }
            default -> {
                if (Character.isLetter(c)) {
                    String lower = String.valueOf(c).toLowerCase(Locale.ROOT);
                    // Letters of other scripts have no ASCII form: the name is not for English text.
                    return lower.chars().allMatch(ch -> ch < 128) ? lower : "\u0000";
                }
                return null;
            }
        }
    }

    /** Whether a key came from a name in Latin script only (see {@link #key}). */
    public static boolean isLatin(String key) {
        return !key.isEmpty() && key.indexOf('\u0000') < 0;
    }
}
