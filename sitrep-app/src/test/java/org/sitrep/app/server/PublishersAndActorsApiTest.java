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

/** The publisher filter and the lists a page fills its pickers from: publishers, and actors by name or code. */
class PublishersAndActorsApiTest {

    @TempDir
    static Path folder;

    private static SitrepServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        Path database = new StoreFixture()
                .articleFrom("Invented Herald",
                        event("2025-03-03", "ISRMIL", "Israeli jets", "struck", "IRNMIL", "Iranian radar sites", "190", -10, 4),
                        event("2025-03-03", "IRNGOV", "Tehran", "condemned", "ISRGOV", "the Israeli cabinet", "111", -2, 3))
                .articleFrom("Made-up Times",
                        event("2025-03-05", "IRNGOV", "Iranian envoys", "met", "RUSGOV", "Russian officials", "040", 1, 1))
                .articleFrom("Invented Herald",
                        event("2025-03-06", "SYRGOV", "The Syrian cabinet", "thanked", "IRNGOV", "Iran", "051", 3.4, 1))
                .writeMerged(folder.resolve("publishers.duckdb"));
        server = SitrepServer.start(ServerOptions.of(database, 0), ServerApiTest.NO_MODELS);
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<String> field(JsonNode listing, String name) {
        List<String> values = new ArrayList<>();
        listing.get("items").forEach(item -> values.add(item.get(name).asText()));
        return values;
    }

    @Test
    void publishersAreListedWithTheirEventsAndArticles() {
        JsonNode publishers = http.ok("/api/publishers");
        assertEquals(List.of("Invented Herald", "Made-up Times"), field(publishers, "name"));
        assertEquals(3, publishers.get("items").get(0).get("events").asInt());
        assertEquals(2, publishers.get("items").get(0).get("articles").asInt());
        assertEquals(List.of("Made-up Times"), field(http.ok("/api/publishers?actor=RUS"), "name"));
    }

    @Test
    void publisherFiltersEventsMergedEventsAndExports() {
        JsonNode events = http.ok("/api/events?publisher=" + Http.encode("Made-up Times"));
        assertEquals(1, events.get("total").asInt());
        assertEquals("Made-up Times", events.get("items").get(0).get("article").get("source").asText());
        assertEquals(3, http.ok("/api/events?publisher=" + Http.encode("Invented Herald")).get("total").asInt());
        assertEquals(0, http.ok("/api/events?publisher=" + Http.encode("invented herald")).get("total").asInt(),
                "a publisher is named exactly, as the list gives it");
        assertEquals(1, http.ok("/api/merged?publisher=" + Http.encode("Made-up Times")).get("total").asInt());
        String csv = http.get("/api/export?format=csv&publisher=" + Http.encode("Made-up Times")).body();
        assertEquals(2, csv.split("\r\n").length, "header and one event: " + csv);
    }

    @Test
    void actorsCompleteByCodeStartOrByAnyNameTheyWereWrittenUnder() {
        assertEquals(List.of("IRNGOV", "IRNMIL"), field(http.ok("/api/actors?name=irn"), "code"));
        // "Tehran" is one of the names IRNGOV was written under, though not its most common one.
        assertEquals(List.of("IRNGOV"), field(http.ok("/api/actors?name=tehr"), "code"));
        assertEquals(List.of("SYRGOV"), field(http.ok("/api/actors?name=Syrian"), "code"));
        assertTrue(field(http.ok("/api/actors?name=zzz"), "code").isEmpty());
        assertEquals(1, http.ok("/api/actors?name=irn&limit=1").get("items").size());
        assertEquals(2, http.ok("/api/actors?name=irn&limit=1").get("total").asInt());
    }
}
