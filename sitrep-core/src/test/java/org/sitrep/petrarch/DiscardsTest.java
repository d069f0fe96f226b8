package org.sitrep.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

class DiscardsTest {

    private static Sentence sentence(String text) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        String[] words = text.split(" ");
        for (int i = 0; i < words.length; i++) {
            tokens.add(Token.unparsed(i, words[i], new Span(at, at + words[i].length())));
            at += words[i].length() + 1;
        }
        return Sentence.unparsed(0, new Span(0, text.length()), tokens);
    }

    @Test
    void tellsSentenceDiscardsFromStoryDiscardsAndMatchesWholeWordsIgnoringCase() {
        Discards discards = Discards.parse(List.of("# sports", "CURLING_FINAL  # a comment", "+HAILSTORM",
                "", "WATER POLO"));
        assertEquals(3, discards.size());
        assertEquals("CURLING FINAL", discards.sentenceDiscard(sentence("Valdoria won the curling final .")));
        assertEquals("WATER POLO", discards.sentenceDiscard(sentence("Water polo resumed")));
        assertNull(discards.sentenceDiscard(sentence("Valdoria won the curling finals")));
        assertNull(discards.storyDiscard(sentence("Valdoria won the curling final")));
        assertEquals("HAILSTORM", discards.storyDiscard(sentence("A hailstorm hit the coast")));
        assertNull(Discards.none().storyDiscard(sentence("A hailstorm hit the coast")));
    }
}
