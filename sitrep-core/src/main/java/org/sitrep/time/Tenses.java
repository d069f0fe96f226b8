package org.sitrep.time;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.internal.Clauses;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * The tense of the clause a token stands in. With tags: a modal "will", "shall" or "'ll" makes it future, "is
 * to", "is due to", "is set to" and "is going to" too; a past-tense verb past; a present-tense verb present.
 * Without tags, the same from word lists: future markers, then common past forms and words in "-ed".
 */
public final class Tenses {

    private static final Set<String> FUTURE_MODALS = Set.of("will", "'ll", "\u2019ll", "shall", "wo");
    private static final Set<String> PLANNED = Set.of("due", "set", "scheduled", "expected", "going", "slated",
            "planned", "poised");
    private static final Set<String> BE_PRESENT = Set.of("is", "are", "am", "'s", "'re");
    private static final Set<String> IRREGULAR_PAST = Set.of(
            "said", "was", "were", "had", "did", "began", "took", "came", "went", "met", "held", "told", "fought",
            "struck", "left", "made", "gave", "saw", "fell", "shot", "won", "lost", "led", "sent", "spoke", "broke",
            "drove", "fled", "hit", "killed", "rose", "ran", "brought", "bought", "caught", "chose", "flew", "froze",
            "got", "grew", "heard", "kept", "knew", "laid", "let", "meant", "put", "read", "rode", "sought", "sold",
            "set", "shook", "sank", "slew", "stood", "stole", "swore", "taught", "thought", "threw", "understood",
            "woke", "wore", "withdrew", "wrote", "became", "blew", "bore", "built", "burnt", "dealt", "drew", "felt",
            "forbade", "forgot", "found", "hid", "hung", "lay", "lit", "overran", "overtook", "paid", "quit", "rang",
            "seized", "sprang", "spread", "stuck", "swept", "tore", "undertook", "upheld", "wound");

    private Tenses() {
    }

    /** The tense of the clause holding token {@code tokenIndex}. */
    public static Tense of(Sentence sentence, int tokenIndex) {
        List<Token> tokens = sentence.tokens();
        if (tokenIndex < 0 || tokenIndex >= tokens.size()) {
            return Tense.UNKNOWN;
        }
        int[] clauses = Clauses.of(sentence);
        int clause = clauses[tokenIndex];
        boolean tagged = !tokens.get(0).tag().isEmpty();
        Tense found = Tense.UNKNOWN;
        for (int t = 0; t < tokens.size(); t++) {
            if (clauses[t] != clause) {
                continue;
            }
            Token token = tokens.get(t);
            String word = token.word().toLowerCase(Locale.ROOT);
            if (FUTURE_MODALS.contains(word) || isPlanned(tokens, t)) {
                return Tense.FUTURE;
            }
            Tense tense = tagged ? fromTag(token) : fromWord(word);
            // The first finite verb of the clause decides; later ones only fill in.
            if (found == Tense.UNKNOWN) {
                found = tense;
            } else if (found == Tense.PRESENT && tense == Tense.PAST) {
                // "has been", "has fought": a present auxiliary before a participle is a past event.
                found = Tense.PAST;
            }
        }
        return found;
    }

    /** "is to meet", "are due to", "is set to", "is going to". */
    private static boolean isPlanned(List<Token> tokens, int t) {
        String word = tokens.get(t).word().toLowerCase(Locale.ROOT);
        if (!BE_PRESENT.contains(word) || t + 1 >= tokens.size()) {
            return false;
        }
        String next = tokens.get(t + 1).word().toLowerCase(Locale.ROOT);
        if (next.equals("to")) {
            return true;
        }
        return PLANNED.contains(next) && t + 2 < tokens.size()
                && tokens.get(t + 2).word().equalsIgnoreCase("to");
    }

    private static Tense fromTag(Token token) {
        return switch (token.tag()) {
            case "VBD" -> Tense.PAST;
            case "VBN" -> Tense.PAST;
            case "VBZ", "VBP" -> Tense.PRESENT;
            default -> Tense.UNKNOWN;
        };
    }

    private static Tense fromWord(String word) {
        if (IRREGULAR_PAST.contains(word) || word.length() > 4 && word.endsWith("ed")) {
            return Tense.PAST;
        }
        if (word.equals("says") || word.equals("is") || word.equals("are") || word.equals("has") || word.equals("have")) {
            return Tense.PRESENT;
        }
        return Tense.UNKNOWN;
    }
}
