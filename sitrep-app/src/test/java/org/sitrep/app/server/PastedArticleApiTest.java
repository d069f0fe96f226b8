package org.sitrep.app.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.store.EventStore;

/**
 * {@code POST /api/code} places events as ingest does: the same pipeline's article, coded once through the API
 * and once stored as {@code sitrep ingest} stores it, gives its event the same place both ways.
 */
class PastedArticleApiTest {

    @TempDir
    static Path folder;

    private static SitrepServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        Pipeline pipeline = PlacingPipeline.create();
        Path database = folder.resolve("pasted.duckdb");
        String[] parts = PlacingPipeline.ARTICLE.split(Article.TITLE_SEPARATOR, 2);
        try (EventStore store = EventStore.open(database)) {
            store.accept(pipeline.process(Article.of(parts[0], parts[1], LocalDate.of(2025, 6, 2), "Invented Herald",
                    "https://example.org/fixture/pasted", "fixture:pasted")));
        }
        server = SitrepServer.start(ServerOptions.of(database, 0), () -> pipeline);
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static JsonNode coded() {
        Http.Answer answer = http.post("/api/code?date=2025-06-02", "text/plain", PlacingPipeline.ARTICLE);
        assertEquals(200, answer.status(), answer.toString());
        return answer.json();
    }

    @Test
    void pastedEventIsPlacedWhereTheStoredOneIs() {
        JsonNode pasted = coded().get("events").get(0).get("place");
        JsonNode stored = http.ok("/api/events").get("items").get(0).get("place");
        assertFalse(pasted.isNull(), "the pasted article's event has a place");
        assertEquals("Zelvora", pasted.get("name").asText());
        assertEquals("same_sentence", pasted.get("basis").asText(), "and says how it was chosen");
        assertEquals(stored, pasted, "the place ingest stored for the same event");
    }

    @Test
    void placesAndQuotesComeAsNamedFields() {
        JsonNode coded = coded();
        JsonNode place = coded.get("places").get("items").get(0);
        assertEquals("Zelvora", place.get("text").asText());
        assertTrue(place.get("name").asText().startsWith("Zelvora"), place.toString());
        assertEquals("NL", place.get("country").asText());
        assertTrue(place.get("latitude").isNumber(), place.toString());
        JsonNode quote = coded.get("quotes").get("items").get(0);
        assertEquals("A Vallonian spokesman", quote.get("speaker").asText());
        assertEquals("the shelling broke the ceasefire", quote.get("text").asText());
        assertEquals("said", quote.get("cue").asText());
    }
}
