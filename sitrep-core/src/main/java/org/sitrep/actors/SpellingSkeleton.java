package org.sitrep.actors;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A spelling-blind key for names transliterated from Arabic, Persian, Russian and other scripts. Sounds that
 * transliterations write differently fold together: q, gh, kh, g, k and c; dh and d; th and t; ph and f; o
 * and u; e, i and y; doubled letters; diacritics; a leading article al-, el-, ad-, ash- and the like. So
 * Qassemi and Ghasemi, Gaddafi, Qaddafi, Kadhafi and Gadhafi, Rouhani and Rohani, Zelensky and Zelenskiy,
 * Erdogan and Erdoğan share a skeleton.
 */
final class SpellingSkeleton {

    /** Shorter keys collide too easily to be matched by skeleton. */
    static final int MIN_LENGTH = 5;

    private SpellingSkeleton() {
    }

    static String of(String key) {
        String text = Normalizer.normalize(key, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        text = text.replaceAll("(^|[\\s-])(al|el|ad|ash|as|an|ar|at|az|ud|ul)-", "$1");
        text = text.replace("kh", "k").replace("gh", "k").replace("dh", "d").replace("th", "t")
                .replace("ph", "f").replace("sh", "s").replace("ou", "u").replace("oo", "u").replace("ee", "i");
        StringBuilder skeleton = new StringBuilder(text.length());
        char previous = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = switch (text.charAt(i)) {
                case 'q', 'g', 'c' -> 'k';
                case 'o' -> 'u';
                case 'e', 'y' -> 'i';
                case 'w' -> 'v';
                default -> text.charAt(i);
            };
            if (!Character.isLetter(c) || c == previous) {
                continue;
            }
            skeleton.append(c);
            previous = c;
        }
        return skeleton.toString();
    }
}
