package org.sitrep.export.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.EventDate;
import org.sitrep.store.CodedArticles;
import org.sitrep.store.StoredEvent;

class EventDayTest {

    private static final Instant EXPORTED = Instant.parse("2025-05-05T10:00:00Z");

    @Test
    void batchTimeIsTheStartOfTheFifteenMinuteWindow() {
        assertEquals("20191024143000", EventDay.batch(Instant.parse("2019-10-24T14:30:00Z")));
        assertEquals("20191024143000", EventDay.batch(Instant.parse("2019-10-24T14:44:59.999Z")));
        assertEquals("20191024141500", EventDay.batch(Instant.parse("2019-10-24T14:29:59Z")));
        assertEquals("20191024000000", EventDay.batch(Instant.parse("2019-10-24T00:14:00Z")));
    }

    @Test
    void dayFallsBackFromEventToArticleToIngestToExport() {
        CodedArticle dated = CodedArticles.titled("Norland talks")
                .sentence("Norland met Vallonia.").date(LocalDate.of(2021, 4, 2))
                .event(1, "Norland", "NOR", "met", "Vallonia", "VAL", "040", 1.0, 1).build();
        StoredEvent article = StoredEvent.of(dated, dated.events().get(0));
        assertEquals(new EventDay(LocalDate.of(2021, 4, 2), "article"), EventDay.of(article, EXPORTED));
        EventDate own = new EventDate(LocalDate.of(2021, 3, 30), EventDate.Precision.DAY, "Tuesday",
                new org.sitrep.model.Span(0, 7), EventDate.Basis.SAME_SENTENCE);
        StoredEvent withOwn = StoredEvent.of(dated, dated.events().get(0).withLocationAndDate(null, own));
        assertEquals(new EventDay(LocalDate.of(2021, 3, 30), "event"), EventDay.of(withOwn, EXPORTED));

        CodedArticle undated = CodedArticles.titled("Norland talks")
                .sentence("Norland met Vallonia.")
                .event(1, "Norland", "NOR", "met", "Vallonia", "VAL", "040", 1.0, 1).build();
        StoredEvent never = StoredEvent.of(undated, undated.events().get(0));
        assertEquals(new EventDay(LocalDate.of(2025, 5, 5), "exported"), EventDay.of(never, EXPORTED));
        StoredEvent stored = never.withArticle(Instant.parse("2024-12-31T23:59:00Z"), null);
        assertEquals(new EventDay(LocalDate.of(2024, 12, 31), "ingested"), EventDay.of(stored, EXPORTED));
    }
}
