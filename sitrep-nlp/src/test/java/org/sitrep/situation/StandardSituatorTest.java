package org.sitrep.situation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Quote;
import org.sitrep.nlp.StandardPipeline;
import org.sitrep.pipeline.Pipeline;

/** The standard pipeline with CoreNLP parses and the real GeoNames index, on invented articles. */
class StandardSituatorTest {

    /** A Wednesday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2019, 3, 6);

    private static Pipeline pipeline;

    @BeforeAll
    static void loadPipeline() {
        pipeline = StandardPipeline.create();
    }

    private static CodedArticle code(String title, String body) {
        return pipeline.process(Article.of(title, body, PUBLISHED, "Invented Wire", "", "test"));
    }

    private static PlaceMention place(CodedArticle coded, String name) {
        return coded.places().stream().filter(p -> p.text().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + coded.places()));
    }

    @Test
    void placesAndDatesEventsFromTheirClause() {
        CodedArticle coded = code("Shelling near Damascus", "Syrian troops shelled Douma on Sunday, killing four "
                + "civilians, a monitoring group said.");
        Event shelling = coded.events().stream().filter(e -> e.cameoCode().startsWith("19")).findFirst()
                .orElseThrow(() -> new AssertionError("no attack among " + coded.events()));
        assertNotNull(shelling.location(), shelling.toString());
        assertEquals(170592, shelling.location().place().geonameId(), "Douma");
        assertEquals(LocalDate.of(2019, 3, 3), shelling.date().date(), "the Sunday before the article");
    }

    @Test
    void aCapitalThatSpeaksIsAnActorAndOneThatIsShelledAPlace() {
        CodedArticle spoke = code("Strikes condemned", "Damascus said the strikes on Idlib violated the truce.");
        assertTrue(place(spoke, "Damascus").actorUse(), spoke.places().toString());
        assertFalse(place(spoke, "Idlib").actorUse());
        CodedArticle shelled = code("Rockets fired", "Rebels fired rockets at Damascus on Tuesday.");
        assertFalse(place(shelled, "Damascus").actorUse(), shelled.places().toString());
    }

    @Test
    void aSmallClauseSubjectIsNoActor() {
        CodedArticle coded = code("Army update", "A Syrian army spokesman declared Harasta \"fully liberated\" on "
                + "Tuesday.");
        assertFalse(place(coded, "Harasta").actorUse(), coded.places().toString());
    }

    @Test
    void findsQuotesWithTheirSpeakersActors() {
        CodedArticle coded = code("Talks", "\"We will not withdraw from the south,\" the Israeli army said in a "
                + "statement.\n\nIran's foreign minister said that the talks would resume next week.");
        List<Quote> quotes = coded.quotes();
        Quote direct = quotes.stream().filter(q -> q.kind() == Quote.Kind.DIRECT).findFirst().orElseThrow();
        assertNotNull(direct.speaker(), direct.toString());
        assertTrue(direct.speaker().code().startsWith("ISR"), direct.toString());
        Quote indirect = quotes.stream().filter(q -> q.kind() == Quote.Kind.INDIRECT).findFirst().orElseThrow();
        assertTrue(indirect.speaker().code().startsWith("IRN"), indirect.toString());
        assertEquals("the talks would resume next week", indirect.text());
    }
}
