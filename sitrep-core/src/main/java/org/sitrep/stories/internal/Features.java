package org.sitrep.stories.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.internal.Words;
import org.sitrep.model.Actor;
import org.sitrep.model.Span;
import org.sitrep.stories.StoryInput;
import org.sitrep.stories.StoryOptions;

/**
 * The features of an article for story clustering, each with a raw weight: content words of headline and body
 * (headline words weigh {@link StoryOptions#titleWeight()}) and coded actors. Also finds the names and places
 * an article repeats, for story labels. (Multi-word names as features of their own were tried and did not
 * help: their words already count.)
 */
public final class Features {

    /** Prefix of coded-actor features, which keeps them apart from words. */
    public static final String ACTOR = "a:";

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "at", "from", "outside");
    private static final Set<String> NOT_NAMES = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "christmas", "the", "a", "an",
            "this", "his", "her", "their", "its", "our", "my", "i", "he", "she", "they", "we", "it", "twitter",
            "facebook", "instagram");

    private Features() {
    }

    /** Weighted feature counts of an article, in first-seen order. */
    public static Map<String, Double> of(StoryInput input, StoryOptions options) {
        Map<String, Double> counts = new LinkedHashMap<>();
        addWords(input.article().title(), options.titleWeight(), counts);
        addWords(input.article().body(), 1, counts);
        if (options.actorWeight() > 0) {
            for (Actor actor : input.actors()) {
                if (actor.isKnown()) {
                    counts.merge(ACTOR + actor.code(), options.actorWeight(), Double::sum);
                }
            }
        }
        return counts;
    }

    /** Whether a lower-cased word carries content: not a function word, not a bare number, not one letter. */
    public static boolean isContentWord(String lower) {
        if (lower.length() < 2 || Words.STOPWORDS.contains(lower)) {
            return false;
        }
        for (int i = 0; i < lower.length(); i++) {
            if (Character.isLetter(lower.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static void addWords(String text, double weight, Map<String, Double> counts) {
        if (weight == 0) {
            return;
        }
        for (String word : Words.lowerCase(text)) {
            String term = withoutPossessive(word);
            if (isContentWord(term)) {
                counts.merge(term, weight, Double::sum);
            }
        }
    }

    private static String withoutPossessive(String word) {
        return word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
    }

    /**
     * A run of capitalised words inside a sentence, such as "Elon Musk" or "Costa Rica".
     *
     * @param text       as written
     * @param words      how many words
     * @param afterPlacePreposition whether "in", "near", "at", "from" or "outside" comes right before it
     */
    public record Name(String text, int words, boolean afterPlacePreposition) {

        /** Lower-cased, for counting. */
        public String key() {
            return text.toLowerCase(Locale.ROOT);
        }
    }

    /**
     * The names of an article, in text order: runs of capitalised words within a sentence, leading function
     * words dropped ("The", "In"). A single capitalised word opening a sentence is not taken, since every
     * sentence opens with one.
     */
    public static List<Name> names(StoryInput input) {
        String text = input.article().text();
        List<Name> names = new ArrayList<>();
        List<Span> sentences = input.sentences().isEmpty() ? List.of(new Span(0, text.length())) : input.sentences();
        for (Span sentence : sentences) {
            String sentenceText = sentence.of(text);
            List<Words.Word> words = Words.of(sentenceText);
            int i = 0;
            while (i < words.size()) {
                if (!words.get(i).isCapitalised()) {
                    i++;
                    continue;
                }
                int start = i;
                int end = i + 1;
                while (end < words.size() && words.get(end).isCapitalised()
                        && sentenceText.substring(words.get(end - 1).end(), words.get(end).begin()).equals(" ")) {
                    end++;
                }
                i = end;
                while (start < end && Words.STOPWORDS.contains(words.get(start).lower())) {
                    start++;
                }
                while (end > start && Words.STOPWORDS.contains(words.get(end - 1).lower())) {
                    end--;
                }
                if (start >= end || (end - start == 1 && start == 0)) {
                    continue;
                }
                String name = sentenceText.substring(words.get(start).begin(), words.get(end - 1).end());
                if (end - start == 1 && (name.length() < 3 || NOT_NAMES.contains(name.toLowerCase(Locale.ROOT)))) {
                    continue;
                }
                boolean afterPreposition = start > 0
                        && PLACE_PREPOSITIONS.contains(words.get(start - 1).lower());
                names.add(new Name(withoutPossessiveName(name), end - start, afterPreposition));
            }
        }
        return names;
    }

    private static String withoutPossessiveName(String name) {
        if (name.endsWith("'s") || name.endsWith("\u2019s")) {
            return name.substring(0, name.length() - 2);
        }
        return name;
    }

    /** Whether a name after a place preposition may be a place: not a month, weekday or pronoun. */
    public static boolean mayBePlace(Name name) {
        return name.afterPlacePreposition() && !NOT_NAMES.contains(name.key());
    }
}
