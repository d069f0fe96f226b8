package org.sitrep.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Span;

/**
 * A rule-based sentence splitter for places that need sentences of articles that were not coded, such as story
 * summaries: a line break ends a sentence, and so does {@code .}, {@code !} or {@code ?} followed by a space
 * and a capital, digit or quote, unless the word before is a known abbreviation or a single initial.
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "gen", "col", "lt",
            "sgt", "capt", "maj", "rep", "sen", "gov", "pres", "prof", "rev", "jr", "sr", "no", "vs", "inc",
            "corp", "co", "ltd", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "u.s",
            "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "ft", "mt");

    private SentenceSplitter() {
    }

    /** The sentences of {@code text}, trimmed, in order; blank stretches give none. */
    public static List<Span> split(String text) {
        List<Span> sentences = new ArrayList<>();
        int start = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(text, start, i, sentences);
                start = i + 1;
            } else if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i)) {
                int end = i + 1;
                while (end < length && isClosing(text.charAt(end))) {
                    end++;
                }
                add(text, start, end, sentences);
                start = end;
                i = end - 1;
            }
        }
        add(text, start, length, sentences);
        return sentences;
    }

    private static boolean endsSentence(String text, int mark) {
        int next = mark + 1;
        while (next < text.length() && isClosing(text.charAt(next))) {
            next++;
        }
        if (next >= text.length()) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(next))) {
            return false;
        }
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        if (next >= text.length()) {
            return true;
        }
        char following = text.charAt(next);
        if (!(Character.isUpperCase(following) || Character.isDigit(following) || isOpening(following)
                || following == '\n')) {
            return false;
        }
        if (text.charAt(mark) != '.') {
            return true;
        }
        int wordStart = mark;
        while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))
                && !isOpening(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, mark).toLowerCase(Locale.ROOT);
        boolean initial = word.length() == 1 && Character.isLetter(word.charAt(0));
        return !initial && !ABBREVIATIONS.contains(word);
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')';
    }

    private static boolean isOpening(char c) {
        return c == '"' || c == '\'' || c == '\u201C' || c == '\u2018' || c == '(';
    }

    private static void add(String text, int begin, int end, List<Span> sentences) {
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (begin < end) {
            sentences.add(new Span(begin, end));
        }
    }
}
