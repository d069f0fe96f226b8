package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Dependency;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Parsed;
import org.sitrep.pipeline.Segmented;

class CoreNlpParserTest {

    private static CoreNlpSegmenter segmenter;
    private static CoreNlpParser parser;

    @BeforeAll
    static void loadModels() {
        segmenter = new CoreNlpSegmenter();
        parser = new CoreNlpParser();
    }

    @Test
    void anInterruptedThreadStopsParsingBetweenSentences() {
        Segmented segmented = segmenter.segment("Kestrian troops crossed the river. Norland protested loudly.");
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, () -> parser.parse(segmented, s -> true, s -> true));
        } finally {
            Thread.interrupted();
        }
        assertTrue(parser.parse(segmented, s -> true, s -> true).sentences().get(1).parsed());
    }

    @Test
    void keepsHeadlineWithoutFullStopApartFromBody() {
        String text = "Kestria Warns Norland Over Border\n\nKestrian troops crossed the river. Norland protested.";
        Segmented segmented = segmenter.segment(text);
        assertEquals(3, segmented.sentences().size());
        assertEquals("Kestria Warns Norland Over Border", segmented.sentences().get(0).span().of(text));
    }

    @Test
    void tokenSpansPointAtTheTextEvenAfterSupplementaryCharacters() {
        String text = "Emoji \uD83D\uDE00 first. Then \"quoted\" (words) here.";
        Segmented segmented = segmenter.segment(text);
        for (Sentence sentence : segmented.sentences()) {
            for (Token token : sentence.tokens()) {
                assertEquals(token.word(), token.span().of(text), "token " + token);
            }
        }
    }

    @Test
    void parsesOnlyChosenSentencesWithLemmasAndSubject() {
        String text = "Kestrian soldiers captured the town. The weather was mild.";
        Segmented segmented = segmenter.segment(text);
        Parsed parsed = parser.parse(segmented, s -> s.index() == 0, s -> true);
        Sentence first = parsed.sentences().get(0);
        assertTrue(first.parsed());
        assertFalse(parsed.sentences().get(1).parsed());
        assertEquals("capture", first.tokens().get(2).lemma());
        assertEquals("soldier", first.tokens().get(1).lemma(), first.tokens().toString());
        assertTrue(first.tokens().get(2).isVerb());
        List<Dependency> arcs = first.dependencies();
        assertTrue(arcs.contains(new Dependency(2, 1, "nsubj")), arcs.toString());
        assertTrue(arcs.contains(new Dependency(2, 4, "obj")), arcs.toString());
        assertTrue(arcs.contains(new Dependency(Dependency.ROOT, 2, "root")), arcs.toString());
    }

    @Test
    void tagsWithoutParsingWhenTheSecondChoiceSaysNo() {
        Segmented segmented = segmenter.segment("Kestrian soldiers captured the town.");
        Sentence only = parser.parse(segmented, s -> true, s -> false).sentences().get(0);
        assertFalse(only.parsed());
        assertEquals("VBD", only.tokens().get(2).tag());
        assertTrue(only.dependencies().isEmpty());
    }

    @Test
    void passiveAgentCarriesItsSubtype() {
        String text = "The town was captured by Kestrian troops.";
        Sentence sentence = parser.parseOne(segmenter.segment(text).sentences().get(0));
        assertTrue(sentence.dependencies().stream().anyMatch(d -> d.relation().equals("nsubj:pass")),
                sentence.dependencies().toString());
        assertTrue(sentence.dependencies().stream().anyMatch(d -> d.relation().equals("obl:agent")
                || d.relation().equals("obl")), sentence.dependencies().toString());
    }
}
