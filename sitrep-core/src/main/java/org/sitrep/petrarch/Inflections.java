package org.sitrep.petrarch;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Regular English inflections of upper-case words, as PETRARCH dictionaries expect them to be generated:
 * verbs list their base form and only irregular forms, nouns their singular.
 */
final class Inflections {

    private static final String VOWELS = "AEIOU";

    private Inflections() {
    }

    /** The word with its regular third-person, past and gerund forms. */
    static Set<String> verbForms(String verb) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(verb);
        if (verb.length() < 2 || !Character.isLetter(verb.charAt(verb.length() - 1))) {
            return forms;
        }
        forms.add(plural(verb));
        char last = verb.charAt(verb.length() - 1);
        char beforeLast = verb.charAt(verb.length() - 2);
        if (last == 'E') {
            forms.add(verb + "D");
            String stem = verb.substring(0, verb.length() - 1);
            forms.add(beforeLast == 'E' ? verb + "ING" : stem + "ING");
        } else if (last == 'Y' && !isVowel(beforeLast)) {
            forms.add(verb.substring(0, verb.length() - 1) + "IED");
            forms.add(verb + "ING");
        } else {
            forms.add(verb + "ED");
            forms.add(verb + "ING");
            if (endsConsonantVowelConsonant(verb)) {
                // "stop": stopped, stopping; PETRARCH files list such forms inconsistently, so both count.
                forms.add(verb + last + "ED");
                forms.add(verb + last + "ING");
            }
        }
        return forms;
    }

    /** The regular plural of a noun (or third person of a verb). */
    static String plural(String noun) {
        if (noun.isEmpty()) {
            return noun;
        }
        char last = noun.charAt(noun.length() - 1);
        if (noun.endsWith("MAN")) {
            return noun.substring(0, noun.length() - 3) + "MEN";
        }
        if (last == 'Y' && noun.length() > 1 && !isVowel(noun.charAt(noun.length() - 2))) {
            return noun.substring(0, noun.length() - 1) + "IES";
        }
        if (last == 'S' || last == 'X' || last == 'Z' || noun.endsWith("CH") || noun.endsWith("SH")) {
            return noun + "ES";
        }
        return noun + "S";
    }

    private static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }

    private static boolean endsConsonantVowelConsonant(String word) {
        int n = word.length();
        if (n < 3) {
            return false;
        }
        char last = word.charAt(n - 1);
        return !isVowel(last) && "WXY".indexOf(last) < 0 && isVowel(word.charAt(n - 2))
                && !isVowel(word.charAt(n - 3));
    }
}
