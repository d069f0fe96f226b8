package org.sitrep.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into words without a tokenizer model: runs of letters and digits, with an apostrophe or hyphen
 * kept inside a word ("don't", "al-Assad"). Fast and language-light, which is what duplicate detection and
 * story clustering need; coding uses the real segmenter.
 */
public final class Words {

    /** A word and where it stands, in UTF-16 code units of the text. */
    public record Word(String text, int begin, int end) {

        /** Whether it starts with an upper-case letter, as names do. */
        public boolean isCapitalised() {
            return Character.isUpperCase(text.codePointAt(0));
        }

        public String lower() {
            return text.toLowerCase(Locale.ROOT);
        }
    }

    /**
     * English function words and reporting verbs: frequent in every article, so they say nothing about which
     * story an article tells.
     */
    public static final Set<String> STOPWORDS = Set.of("a", "about", "above", "after", "again", "against", "all",
            "also", "am", "an", "and", "any", "are", "as", "at", "be", "because", "been", "before", "being",
            "below", "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during",
            "each", "even", "few", "for", "from", "further", "get", "got", "had", "has", "have", "having", "he",
            "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it",
            "its", "itself", "just", "like", "many", "may", "me", "might", "more", "most", "much", "must", "my",
            "myself", "new", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or", "other",
            "our", "ours", "ourselves", "out", "over", "own", "said", "same", "say", "says", "she", "should", "so",
            "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there",
            "these", "they", "this", "those", "through", "to", "too", "told", "two", "under", "until", "up",
            "upon", "us", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom",
            "why", "will", "with", "would", "year", "years", "you", "your", "yours", "yourself", "yourselves",
            "it's", "don't", "didn't", "doesn't", "isn't", "wasn't", "won't", "can't", "i'm", "he's", "she's",
            "that's", "there's", "they're", "we're", "you're", "let", "make", "made", "back", "well", "still",
            "since", "around", "three", "first", "last", "time", "according", "people", "way", "going", "think",
            "want", "know", "see", "go", "news", "mr", "ms", "mrs", "dr", "st", "per", "cent", "via");

    private Words() {
    }

    /** The words of {@code text}, in order. */
    public static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            int codePoint = text.codePointAt(i);
            if (!Character.isLetterOrDigit(codePoint)) {
                i += Character.charCount(codePoint);
                continue;
            }
            int begin = i;
            int end = i;
            while (i < length) {
                codePoint = text.codePointAt(i);
                int next = i + Character.charCount(codePoint);
                if (Character.isLetterOrDigit(codePoint)) {
                    i = next;
                    end = i;
                } else if (isJoiner(codePoint) && next < length && Character.isLetterOrDigit(text.codePointAt(next))
                        && end == i) {
                    i = next;
                } else {
                    break;
                }
            }
            words.add(new Word(normaliseApostrophes(text.substring(begin, end)), begin, end));
            i = Math.max(i, end);
        }
        return words;
    }

    /** Lower-cased words of {@code text}, in order. */
    public static List<String> lowerCase(String text) {
        List<Word> words = of(text);
        List<String> lower = new ArrayList<>(words.size());
        for (Word word : words) {
            lower.add(word.lower());
        }
        return lower;
    }

    private static boolean isJoiner(int codePoint) {
        return codePoint == '\'' || codePoint == '\u2019' || codePoint == '-';
    }

    private static String normaliseApostrophes(String word) {
        return word.indexOf('\u2019') < 0 ? word : word.replace('\u2019', '\'');
    }
}
