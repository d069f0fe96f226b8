package org.sitrep.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void keepsApostrophesAndHyphensInsideWordsAndDropsPunctuation() {
        assertEquals(List.of("the", "mayor's", "well-known", "plan", "isn't", "new", "2019"),
                Words.lowerCase("The mayor\u2019s well-known plan -- isn't new (2019)!"));
    }

    @Test
    void wordsCarryTheirPositionsInTheText() {
        String text = "  Port Alvar, again.";
        List<Words.Word> words = Words.of(text);
        assertEquals(3, words.size());
        assertEquals("Alvar", text.substring(words.get(1).begin(), words.get(1).end()));
        assertTrue(words.get(0).isCapitalised());
        assertTrue(!words.get(2).isCapitalised());
    }

    @Test
    void trailingJoinerIsNotPartOfTheWord() {
        assertEquals(List.of("rebels", "fled"), Words.lowerCase("rebels' - fled"));
    }
}
