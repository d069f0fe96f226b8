package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Problem;

class PipelineTest {

    @Test
    void skipsBlankArticleWithEmptyProblem() {
        CodedArticle coded = StubStages.pipeline(1000).process(Article.of("", "  \n ", null, "", "", "a.txt"));
        assertTrue(coded.wasSkipped());
        assertEquals(Problem.Kind.EMPTY, coded.problems().get(0).kind());
        assertEquals("a.txt", coded.problems().get(0).origin());
    }

    @Test
    void skipsArticleOverTheSizeLimit() {
        CodedArticle coded = StubStages.pipeline(10).process(Article.of("Title", "Kestria hit Norland", null, "", "", "b"));
        assertEquals(Problem.Kind.TOO_LARGE, coded.problems().get(0).kind());
        assertTrue(coded.events().isEmpty());
    }

    @Test
    void keepsReaderProblemsInFrontAndCodesTheArticle() {
        Problem encoding = new Problem(Problem.Kind.BROKEN_ENCODING, "c", "bad bytes");
        CodedArticle coded = StubStages.pipeline(1000)
                .process(Article.of("", "Kestria hit Norland", null, "", "", "c"), List.of(encoding));
        assertFalse(coded.wasSkipped());
        assertEquals(List.of(encoding), coded.problems());
        assertEquals(1, coded.events().size());
    }

    @Test
    void headlineIsCodedAsItsOwnSentence() {
        CodedArticle coded = StubStages.pipeline(1000)
                .process(Article.of("Kestria Warns Norland", "nothing here", null, "", "", "d"));
        assertEquals(0, coded.events().get(0).sentence());
        assertEquals("Kestria Warns Norland", coded.sentenceText(0));
    }
}
