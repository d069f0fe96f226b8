package org.sitrep.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;

class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        return SentenceSplitter.split(text).stream().map(span -> span.of(text)).toList();
    }

    @Test
    void splitsOnFinalPunctuationAndLineBreaksButNotAfterTitlesOrInitials() {
        assertEquals(List.of("Headline here", "Mr. Olsen met Gen. J. Harte in the U.S. capital on Monday.",
                        "\"It went well,\" he said.", "Talks resume in 3 weeks?", "Yes."),
                sentences("Headline here\n\nMr. Olsen met Gen. J. Harte in the U.S. capital on Monday. "
                        + "\"It went well,\" he said. Talks resume in 3 weeks? Yes."));
    }

    @Test
    void doesNotSplitInsideNumbersOrBeforeLowerCase() {
        assertEquals(List.of("Prices rose 2.5 percent, e.g. bread rose most."),
                sentences("Prices rose 2.5 percent, e.g. bread rose most."));
    }

    @Test
    void blankTextHasNoSentences() {
        assertEquals(List.<Span>of(), SentenceSplitter.split(" \n\n "));
    }
}
