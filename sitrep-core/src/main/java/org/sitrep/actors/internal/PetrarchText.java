package org.sitrep.actors.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The small text conventions of PETRARCH/TABARI dictionaries: upper-case phrases with underscores, dates as
 * YYMMDD or YYYYMMDD, regular English plurals. Stateless.
 */
public final class PetrarchText {

    /**
     * Name particles written in lower case inside a name in English news ("Bashar al-Assad", "Ministry of
     * Defence"). The dictionary builder adds the capitalised variant for a phrase that starts with one.
     */
    private static final Set<String> PARTICLES = Set.of("al", "el", "ad", "as", "ash", "ar", "az", "bin", "ibn",
            "bint", "de", "da", "di", "du", "del", "della", "der", "den", "des", "do", "dos", "das", "van", "von",
            "of", "the", "and", "for", "on", "in", "at", "to");

    /** Single words this short are acronyms in these files (US, UN, IS); title case would make them words. */
    private static final int ACRONYM_MAX_LETTERS = 3;

    private PetrarchText() {
    }

    /**
     * The words of a dictionary phrase: split on underscores and spaces, PETRARCH's two connectors (sitrep
     * matches consecutive words only, so both mean "next word"), with TABARI's trailing stem marker dropped.
     */
    public static List<String> words(String phrase) {
        List<String> words = new ArrayList<>();
        for (String word : phrase.strip().split("[_\\s]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /**
     * How an upper-case dictionary phrase is written in news text: title case with name particles in lower
     * case ("BASHAR_AL-ASSAD" gives "Bashar al-Assad"), plus the phrase in capitals for single words, which
     * is how acronyms appear ("NATO"). Short single words are kept in capitals only. Phrases already in mixed
     * case are kept as written.
     */
    public static List<String> textForms(String phrase) {
        List<String> words = words(phrase);
        Set<String> forms = new LinkedHashSet<>();
        if (words.isEmpty()) {
            return List.of();
        }
        String joined = String.join(" ", words);
        if (!joined.equals(joined.toUpperCase(Locale.ROOT))) {
            forms.add(joined);
            return List.copyOf(forms);
        }
        if (words.size() == 1) {
            String word = words.get(0);
            if (letters(word) > ACRONYM_MAX_LETTERS) {
                forms.add(titleWord(word, false));
            }
            forms.add(word);
            return List.copyOf(forms);
        }
        StringBuilder title = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
                title.append(' ');
            }
            title.append(titleWord(words.get(i), i > 0 || words.size() > 1));
        }
        forms.add(title.toString());
        return List.copyOf(forms);
    }

    private static int letters(String word) {
        int count = 0;
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetter(word.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    /** Title case over the letter runs of one word: "AL-ASSAD" is "al-Assad", "U.N." stays "U.N.". */
    private static String titleWord(String word, boolean particlesLowered) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (particlesLowered && PARTICLES.contains(lower)) {
            return lower;
        }
        if (!hasVowel(word) && letters(word) > 1 || word.startsWith("(")) {
            // Vowel-less words are abbreviations ("PKK", "YPG"), and so are words in brackets ("(AAIA)").
            return word;
        }
        StringBuilder out = new StringBuilder(word.length());
        int runStart = -1;
        for (int i = 0; i <= word.length(); i++) {
            boolean letter = i < word.length() && Character.isLetter(word.charAt(i));
            if (letter && runStart < 0) {
                runStart = i;
            } else if (!letter && runStart >= 0) {
                out.append(titleRun(word.substring(runStart, i), runStart == 0, i < word.length() ? word.charAt(i) : ' ',
                        particlesLowered));
                runStart = -1;
            }
            if (!letter && i < word.length()) {
                out.append(word.charAt(i));
            }
        }
        return out.toString();
    }

    private static String titleRun(String run, boolean first, char after, boolean particlesLowered) {
        String lower = run.toLowerCase(Locale.ROOT);
        // "al-" and "el-" fuse with the name they precede; "d'" and "l'" elide before a vowel (Côte d'Ivoire).
        if (first && after == '-' && (lower.equals("al") || lower.equals("el"))) {
            return lower;
        }
        if (first && particlesLowered && after == '\'' && (lower.equals("d") || lower.equals("l"))) {
            return lower;
        }
        if (lower.startsWith("mc") && lower.length() > 3) {
            return "Mc" + Character.toUpperCase(lower.charAt(2)) + lower.substring(3);
        }
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static boolean hasVowel(String word) {
        for (int i = 0; i < word.length(); i++) {
            if ("AEIOUYaeiouy".indexOf(word.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A YYMMDD or YYYYMMDD date; two-digit years 00-30 are 20YY, the others 19YY, as in KEDS, TABARI and
     * PETRARCH. Throws {@link IllegalArgumentException} for anything else or an impossible day.
     */
    public static LocalDate date(String text) {
        String digits = text.strip();
        if (!digits.matches("\\d{6}|\\d{8}")) {
            throw new IllegalArgumentException("not a YYMMDD or YYYYMMDD date: '" + text + "'");
        }
        int year;
        int rest;
        if (digits.length() == 6) {
            int yy = Integer.parseInt(digits.substring(0, 2));
            year = yy <= 30 ? 2000 + yy : 1900 + yy;
            rest = 2;
        } else {
            year = Integer.parseInt(digits.substring(0, 4));
            rest = 4;
        }
        try {
            return LocalDate.of(year, Integer.parseInt(digits.substring(rest, rest + 2)),
                    Integer.parseInt(digits.substring(rest + 2, rest + 4)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("no such day: '" + text + "'", e);
        }
    }

    /**
     * The regular plural PETRARCH generates for an agent phrase: -IES after a consonant and Y, -ES after S,
     * X, CH and SH, else -S; only the last word changes.
     */
    public static String regularPlural(String phrase) {
        String upper = phrase.toUpperCase(Locale.ROOT);
        int n = phrase.length();
        if (n > 1 && upper.endsWith("Y") && "AEIOU".indexOf(upper.charAt(n - 2)) < 0) {
            return phrase.substring(0, n - 1) + caseLike(phrase, "IES");
        }
        if (upper.endsWith("S") || upper.endsWith("X") || upper.endsWith("CH") || upper.endsWith("SH")) {
            return phrase + caseLike(phrase, "ES");
        }
        return phrase + caseLike(phrase, "S");
    }

    private static String caseLike(String phrase, String suffix) {
        char last = phrase.charAt(phrase.length() - 1);
        return Character.isLowerCase(last) ? suffix.toLowerCase(Locale.ROOT) : suffix;
    }
}
