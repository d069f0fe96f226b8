package org.sitrep.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.fixtures.Events;
import org.sitrep.fixtures.Texts;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Sentence;

class EventDaterTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2021, 3, 10);

    private final EventDater dater = new EventDater();

    private EventDate date(String text, LocalDate published, int sentence, String source, String trigger) {
        List<Sentence> sentences = Texts.sentences(text);
        List<DatedExpression> timeline = new TimeResolver().resolve(text, sentences, published);
        Event event = Events.event(text, sentences, sentence, source, null, trigger);
        return dater.date(event, sentences.get(sentence), timeline, published);
    }

    @Test
    void takesTheDateInTheTriggersClause() {
        String text = "Jets struck the depot on Monday, while envoys left on Tuesday.";
        EventDate date = date(text, PUBLISHED, 0, "Jets", "struck");
        assertEquals(LocalDate.of(2021, 3, 8), date.date());
        assertEquals(EventDate.Basis.SAME_CLAUSE, date.basis());
        assertEquals("on Monday", date.expression());
        assertEquals("on Monday", date.span().of(text));
    }

    @Test
    void takesADateElsewhereInTheSentenceWhenTheClauseHasNone() {
        String text = "Talks collapsed on Sunday; rebels then attacked the base.";
        EventDate date = date(text, PUBLISHED, 0, "rebels", "attacked");
        assertEquals(LocalDate.of(2021, 3, 7), date.date());
        assertEquals(EventDate.Basis.SAME_SENTENCE, date.basis());
    }

    @Test
    void marksDatesCountedFromAnEarlierOne() {
        String text = "Rebels shelled the base on Monday. Two hours later, jets struck the town.";
        EventDate date = date(text, PUBLISHED, 1, "jets", "struck");
        assertEquals(LocalDate.of(2021, 3, 8), date.date());
        assertEquals(EventDate.Basis.EARLIER_DATE, date.basis());
    }

    @Test
    void fallsBackToThePublicationDate() {
        String text = "Rebels shelled the base on Monday. Jets struck the town.";
        EventDate date = date(text, PUBLISHED, 1, "Jets", "struck");
        assertEquals(EventDate.publication(PUBLISHED), date);
        assertNull(date("Jets struck the town.", null, 0, "Jets", "struck"));
    }
}
