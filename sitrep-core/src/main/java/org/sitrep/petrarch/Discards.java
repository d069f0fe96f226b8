package org.sitrep.petrarch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.Sentence;

/**
 * A PETRARCH discard list: phrases that mark a sentence (or, with a leading {@code +}, a whole story) as not
 * worth coding, such as sports results ("World Golf Championships") or weather ("typhoon"). Phrases match
 * whole tokens, ignoring case. Immutable.
 */
public final class Discards {

    private static final Discards NONE = new Discards(List.of(), List.of());

    private final List<List<String>> sentencePhrases;
    private final List<List<String>> storyPhrases;

    private Discards(List<List<String>> sentencePhrases, List<List<String>> storyPhrases) {
        this.sentencePhrases = List.copyOf(sentencePhrases);
        this.storyPhrases = List.copyOf(storyPhrases);
    }

    public static Discards none() {
        return NONE;
    }

    public static Discards read(Path file) {
        return parse(PetrarchFile.lines(file));
    }

    static Discards parse(List<String> lines) {
        List<List<String>> sentence = new ArrayList<>();
        List<List<String>> story = new ArrayList<>();
        for (String raw : lines) {
            String line = PetrarchFile.stripComment(raw).strip();
            if (line.isEmpty()) {
                continue;
            }
            boolean whole = line.startsWith("+");
            List<String> words = new ArrayList<>();
            for (String word : (whole ? line.substring(1) : line).toUpperCase(Locale.ROOT).split("[\\s_]+")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
            if (!words.isEmpty()) {
                (whole ? story : sentence).add(List.copyOf(words));
            }
        }
        return new Discards(sentence, story);
    }

    /** The phrase that discards this sentence alone, or null. */
    public String sentenceDiscard(Sentence sentence) {
        return find(sentence, sentencePhrases);
    }

    /** The phrase that discards the whole story this sentence belongs to, or null. */
    public String storyDiscard(Sentence sentence) {
        return find(sentence, storyPhrases);
    }

    public int size() {
        return sentencePhrases.size() + storyPhrases.size();
    }

    private static String find(Sentence sentence, List<List<String>> phrases) {
        var tokens = sentence.tokens();
        for (List<String> phrase : phrases) {
            for (int start = 0; start + phrase.size() <= tokens.size(); start++) {
                boolean all = true;
                for (int k = 0; k < phrase.size() && all; k++) {
                    all = tokens.get(start + k).word().toUpperCase(Locale.ROOT).equals(phrase.get(k));
                }
                if (all) {
                    return String.join(" ", phrase);
                }
            }
        }
        return null;
    }
}
