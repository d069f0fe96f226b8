package org.sitrep.app.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.app.server.StoreFixture.event;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.EventDate.Precision;

/**
 * The timeline and event dates when the text dates an event only to its month or year: such events are not
 * drawn as days, an event of long ago does not set where the page looks first, and the event's detail says
 * how its date was chosen beside its article's date.
 */
class TimelineApiTest {

    @TempDir
    static Path folder;

    private static SitrepServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        server = SitrepServer.start(ServerOptions.of(datedStore(folder.resolve("dates.duckdb")), 0),
                ServerApiTest.NO_MODELS);
        http = new Http(server.port());
    }

    /**
     * Ten days of March 2025 with a strike each, two meetings whose sentences date them "in 1877" and "in
     * February 2025", and a clash told of "on 4 July 1990".
     */
    static Path datedStore(Path database) {
        StoreFixture fixture = new StoreFixture();
        for (int day = 1; day <= 10; day++) {
            String date = String.format("2025-03-%02d", day);
            fixture.article(event(date, "ISRMIL", "Israeli jets", "struck", "IRNMIL", "Iranian radar sites", "190", -10, 4));
        }
        fixture.article(event("2025-03-04", "RUSGOV", "Russian envoys", "met", "IRNGOV", "Iranian officials", "040", 1, 1)
                .dated("1877-01-01", Precision.YEAR, "in 1877"));
        fixture.article(event("2025-03-05", "RUSGOV", "Russian envoys", "met", "SYRGOV", "Syrian officials", "040", 1, 1)
                .dated("2025-02-01", Precision.MONTH, "in February 2025"));
        fixture.article(event("2025-03-06", "TURMIL", "Turkish troops", "clashed with", "SYRMIL", "Syrian troops", "190", -10, 4)
                .dated("1990-07-04", Precision.DAY, "on 4 July 1990"));
        return fixture.write(database);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<String> starts(JsonNode timeline) {
        List<String> starts = new ArrayList<>();
        timeline.get("periods").forEach(period -> starts.add(period.get("start").asText()));
        return starts;
    }

    @Test
    void yearAndMonthOnlyEventsAreNotDrawnAsDays() {
        JsonNode daily = http.ok("/api/timeline?interval=day");
        List<String> days = starts(daily);
        assertEquals(11, days.size(), days.toString());
        assertEquals("1990-07-04", days.get(0), "a day of long ago is a day");
        assertEquals("2025-03-01", days.get(1));
        assertEquals("2025-03-10", days.get(10));
        JsonNode coarse = daily.get("coarse");
        assertEquals(2, coarse.size(), coarse.toString());
        assertEquals("year", coarse.get(0).get("precision").asText());
        assertEquals("1877-01-01", coarse.get(0).get("period").get("start").asText());
        assertEquals(1, coarse.get(0).get("period").get("events").asInt());
        assertEquals("month", coarse.get(1).get("precision").asText());
        assertEquals("2025-02-01", coarse.get(1).get("period").get("start").asText());
    }

    @Test
    void monthlySeriesTakesMonthOnlyEventsAndKeepsYearOnlyOnesApart() {
        JsonNode monthly = http.ok("/api/timeline?interval=month");
        assertEquals(List.of("1990-07-01", "2025-02-01", "2025-03-01"), starts(monthly));
        assertEquals(1, monthly.get("periods").get(1).get("events").asInt());
        assertEquals(10, monthly.get("periods").get(2).get("events").asInt());
        assertEquals(1, monthly.get("coarse").size());
        assertEquals("year", monthly.get("coarse").get(0).get("precision").asText());
    }

    @Test
    void focusIsTheShortestRunHoldingMostEvents() {
        JsonNode focus = http.ok("/api/timeline?interval=day").get("focus");
        // Ten of the eleven dated days hold 90 %: March, without 1990.
        assertEquals(10, focus.get("events").asInt(), focus.toString());
        assertEquals(11, focus.get("of").asInt());
        assertEquals("2025-03-01", focus.get("from").asText());
        assertEquals("2025-03-10", focus.get("to").asText());
        JsonNode monthly = http.ok("/api/timeline?interval=month").get("focus");
        assertEquals("2025-02-01", monthly.get("from").asText(), "eleven of twelve events are in February and March");
        assertEquals("2025-03-01", monthly.get("to").asText());
        assertEquals(11, monthly.get("events").asInt());
        JsonNode none = http.ok("/api/timeline?actor=CHN");
        assertTrue(none.get("focus").isNull(), none.toString());
    }

    @Test
    void eventTellsHowItsDateWasChosenBesideItsArticleDate() {
        JsonNode old = http.ok("/api/events?actor=RUS&actor2=IRN").get("items").get(0);
        assertEquals("1877-01-01", old.get("date").asText(), "the event's own date");
        assertEquals("2025-03-04", old.get("article").get("date").asText());
        JsonNode chosen = old.get("eventDate");
        assertEquals("year", chosen.get("precision").asText());
        assertEquals("same_sentence", chosen.get("basis").asText());
        assertEquals("in 1877", chosen.get("expression").asText());
        JsonNode plain = http.ok("/api/events?actor=ISR&limit=1").get("items").get(0);
        assertTrue(plain.get("eventDate").isNull(), "an event its text does not date: " + plain);
    }
}
