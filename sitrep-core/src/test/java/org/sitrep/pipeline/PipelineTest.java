package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.EventDate;
import org.sitrep.model.Location;
import org.sitrep.model.Place;
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

    @Test
    void theSituatorPlacesAndDatesEventsAfterCodingWithThePublicationDate() {
        LocalDate published = LocalDate.of(2022, 4, 1);
        Place place = new Place("KE", 0, "Kestria", Place.Kind.COUNTRY, "KE", "", "", "Kestria", 1, 1, 0);
        Situator situator = (coded, date) -> new Situated(coded.events().stream()
                .map(e -> e.withLocationAndDate(new Location(place, null, Location.Basis.ARTICLE_FOCUS),
                        EventDate.publication(date)))
                .toList(), List.of(), List.of());
        CodedArticle coded = StubStages.pipeline(1000, situator)
                .process(Article.of("", "Kestria hit Norland", published, "", "", "e"));
        assertEquals(published, coded.events().get(0).date().date());
        assertEquals("Kestria", coded.events().get(0).location().place().name());
    }

    @Test
    void otherDictionariesAndCoderKeepTheSituator() {
        Place place = new Place("KE", 0, "Kestria", Place.Kind.COUNTRY, "KE", "", "", "Kestria", 1, 1, 0);
        Situator situator = (coded, date) -> new Situated(coded.events().stream()
                .map(e -> e.withLocationAndDate(new Location(place, null, Location.Basis.ARTICLE_FOCUS),
                        EventDate.publication(date)))
                .toList(), List.of(), List.of());
        Pipeline standard = StubStages.pipeline(1000, situator);
        Pipeline swapped = standard.with(StubStages.SPOTTER, StubStages.RESOLVER, StubStages.CODER);
        CodedArticle coded = swapped.process(Article.of("", "Kestria hit Norland", LocalDate.of(2022, 4, 1), "", "", "g"));
        assertEquals("Kestria", coded.events().get(0).location().place().name());
    }

    @Test
    void aTimedPipelineCodesAlikeAndCountsItsTokensAndStages() {
        StageTimes times = new StageTimes();
        Article article = Article.of("", "Kestria hit Norland\nnothing here", null, "", "", "h");
        CodedArticle plain = StubStages.pipeline(1000).process(article);
        CodedArticle timed = StubStages.pipeline(1000).timed(times).process(article);
        assertEquals(plain.events(), timed.events());
        StageTimes.Snapshot snapshot = times.snapshot();
        assertEquals(5, snapshot.tokens());
        assertEquals(0, snapshot.parsedTokens(), "the stub parser parses nothing");
        assertTrue(snapshot.totalWallNanos() > 0);
        assertEquals(0, snapshot.wallNanos().get(StageTimes.Stage.STORE), "the pipeline does not store");
    }

    @Test
    void aSituatorThatDropsEventsIsABug() {
        Situator dropping = (coded, date) -> new Situated(List.of(), List.of(), List.of());
        Pipeline pipeline = StubStages.pipeline(1000, dropping);
        assertThrows(IllegalStateException.class,
                () -> pipeline.process(Article.of("", "Kestria hit Norland", null, "", "", "f")));
    }
}
