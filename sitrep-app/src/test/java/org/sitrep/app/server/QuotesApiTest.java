package org.sitrep.app.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.app.server.StoreFixture.event;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quotes through the API: speaker, words, their article, and the events they are linked to. */
class QuotesApiTest {

    @TempDir
    static Path folder;

    private static SitrepServer server;
    private static Http http;

    /** Two reported warnings, each an event of its own, and a strike that nobody is quoted on. */
    static Path quoteStore(Path database) {
        return new StoreFixture()
                .articleFrom("Invented Herald",
                        event("2025-03-03", "IRNGOV", "Tehran", "warned", "ISRGOV", "the Israeli cabinet", "138", -7, 3)
                                .said("that any strike on Zelvora would be answered"),
                        event("2025-03-03", "ISRMIL", "Israeli jets", "struck", "IRNMIL", "radar sites", "190", -10, 4))
                .articleFrom("Made-up Times",
                        event("2025-03-05", "RUSGOV", "Moscow", "urged", "IRNGOV", "Tehran", "094", 2, 1)
                                .said("to show restraint in the harbour dispute"))
                .write(database);
    }

    @BeforeAll
    static void start() {
        server = SitrepServer.start(ServerOptions.of(quoteStore(folder.resolve("quotes.duckdb")), 0),
                ServerApiTest.NO_MODELS);
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void quotesNameTheirSpeakerWordsArticleAndLinkedEvents() {
        JsonNode quotes = http.get("/api/quotes").json();
        assertEquals(2, quotes.get("total").asInt(), quotes.toString());
        JsonNode warning = null;
        for (JsonNode quote : quotes.get("items")) {
            if (quote.get("speaker_text").asText().equals("Tehran")) {
                warning = quote;
            }
        }
        assertTrue(warning != null, "Tehran's warning: " + quotes);
        assertEquals("IRNGOV", warning.get("speaker_code").asText());
        assertEquals("that any strike on Zelvora would be answered", warning.get("text").asText());
        assertEquals("Invented Herald", warning.get("article").get("source").asText());
        assertEquals("2025-03-03", warning.get("article").get("date").asText());
        assertEquals(1, warning.get("events").size(), "the warning, not the strike: " + warning);
        assertEquals("138", warning.get("events").get(0).get("cameoCode").asText());
        String eventId = warning.get("events").get(0).get("id").asText();
        assertEquals("Tehran warned the Israeli cabinet",
                http.get("/api/events/" + eventId).json().get("evidence").get("text").asText());
    }

    @Test
    void quotesAreFoundByTheirWordsOrSpeaker() {
        JsonNode restraint = http.get("/api/quotes?text=restraint").json();
        assertEquals(1, restraint.get("total").asInt());
        assertEquals("RUSGOV", restraint.get("items").get(0).get("speaker_code").asText());
        assertEquals("094", restraint.get("items").get(0).get("events").get(0).get("cameoCode").asText());
        assertEquals(1, http.get("/api/quotes?text=moscow").json().get("total").asInt());
        assertTrue(http.get("/api/quotes?text=nobody").json().get("items").isEmpty());
    }
}
