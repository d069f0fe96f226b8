package org.sitrep.app.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.app.server.StoreFixture.event;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.pipeline.EnvironmentException;
import org.sitrep.pipeline.Pipeline;

/** The JSON API against a real server on a free port, over a store whose every event the tests know. */
class ServerApiTest {

    @TempDir
    static Path folder;

    private static SitrepServer server;
    private static Http http;

    /** Never called by these tests' endpoints but /api/code, whose failure the tests check. */
    static final Supplier<Pipeline> NO_MODELS = () -> {
        throw new EnvironmentException("models deliberately missing in this test", null);
    };

    @BeforeAll
    static void start() {
        Path database = new StoreFixture()
                .article(event("2025-03-03", "ISRMIL", "Israeli jets", "struck", "IRNMIL", "Iranian radar sites", "190", -10, 4),
                        event("2025-03-03", "IRNGOV", "Tehran", "condemned", "ISRGOV", "the Israeli cabinet", "111", -2, 3))
                .article(event("2025-03-05", "IRNGOV", "Iranian envoys", "met", "RUSGOV", "Russian officials", "040", 1, 1),
                        event("2025-03-05", "RUSGOV", "Moscow", "shipped arms to", "SYRGOV", "Damascus", "072", 8.3, 2))
                .article(event("2025-03-12", "SYRGOV", "The Syrian cabinet", "thanked", "IRNGOV", "Iran", "051", 3.4, 1),
                        event("2025-03-12", "ISRGOV", "Israel", "threatened", "IRNGOV", "Iran", "138", -7, 3))
                .article(event(null, "", "Gunmen", "attacked", "TURMIL", "a Turkish patrol", "190", -10, 4))
                .writeVersion1(folder.resolve("known.duckdb"));
        server = SitrepServer.start(ServerOptions.of(database, 0).withSqlTimeout(Duration.ofSeconds(2)), NO_MODELS);
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode ok(String pathAndQuery) {
        Http.Answer answer = http.get(pathAndQuery);
        assertEquals(200, answer.status(), answer.toString());
        assertTrue(answer.contentType().startsWith("application/json"), answer.contentType());
        return answer.json();
    }

    private static String badRequest(String pathAndQuery) {
        Http.Answer answer = http.get(pathAndQuery);
        assertEquals(400, answer.status(), answer.toString());
        assertEquals(400, answer.json().get("status").asInt(), answer.toString());
        return answer.json().get("error").asText();
    }

    private static List<String> evidence(JsonNode listing) {
        List<String> texts = new ArrayList<>();
        listing.get("items").forEach(item -> texts.add(item.get("evidence").get("text").asText()));
        return texts;
    }

    @Test
    void actorPairKeepsEventsBetweenTheTwoEitherWayRound() {
        JsonNode events = ok("/api/events?actor=irn&actor2=ISR");
        assertEquals(3, events.get("total").asInt(), events.toString());
        assertEquals(Set.of("Israeli jets struck Iranian radar sites", "Tehran condemned the Israeli cabinet",
                "Israel threatened Iran"), new HashSet<>(evidence(events)));
    }

    @Test
    void rootQuadClassDateAndTextFiltersEachNarrowTheEvents() {
        assertEquals(Set.of("Israeli jets struck Iranian radar sites", "Gunmen attacked a Turkish patrol"),
                new HashSet<>(evidence(ok("/api/events?root=19"))));
        assertEquals(Set.of("Iranian envoys met Russian officials", "Moscow shipped arms to Damascus",
                "The Syrian cabinet thanked Iran"), new HashSet<>(evidence(ok("/api/events?quad=1,2"))));
        assertEquals(Set.of("Iranian envoys met Russian officials", "Moscow shipped arms to Damascus"),
                new HashSet<>(evidence(ok("/api/events?from=2025-03-04&to=2025-03-11"))));
        assertEquals(List.of("Israeli jets struck Iranian radar sites"), evidence(ok("/api/events?text=RADAR")));
        assertEquals(List.of("Moscow shipped arms to Damascus"), evidence(ok("/api/events?code=07&country=SYR")));
        assertEquals(List.of("Israel threatened Iran"), evidence(ok("/api/events?source=ISRGOV&target=IRN")));
    }

    @Test
    void pagesCoverEveryEventOnceInDateOrder() {
        List<String> ids = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        for (int offset = 0; offset < 9; offset += 3) {
            JsonNode page = ok("/api/events?sort=oldest&limit=3&offset=" + offset);
            assertEquals(7, page.get("total").asInt());
            page.get("items").forEach(item -> {
                ids.add(item.get("id").asText());
                dates.add(item.get("date").isNull() ? "undated" : item.get("date").asText());
            });
        }
        assertEquals(7, ids.size());
        assertEquals(7, new HashSet<>(ids).size(), "no event twice: " + ids);
        assertEquals("undated", dates.get(6), "undated events come last: " + dates);
        assertEquals(dates.subList(0, 6).stream().sorted().toList(), dates.subList(0, 6));
        JsonNode beyond = ok("/api/events?offset=100");
        assertEquals(7, beyond.get("total").asInt(), "a page past the end still knows the total");
        assertEquals(0, beyond.get("items").size());
        assertEquals(0, ok("/api/events?actor=ZZZ").get("total").asInt());
    }

    @Test
    void anEventCarriesSpansIntoItsSentenceTheCameoDescriptionAndItsArticle() {
        JsonNode first = ok("/api/events?text=radar").get("items").get(0);
        JsonNode event = ok("/api/events/" + first.get("id").asText());
        String sentence = event.get("sentenceText").asText();
        for (String span : List.of("evidence", "trigger", "sourceSpan", "targetSpan")) {
            JsonNode at = event.get(span);
            assertEquals(at.get("text").asText(), sentence.substring(at.get("begin").asInt(), at.get("end").asInt()),
                    span + " in " + event);
        }
        assertEquals("struck", event.get("trigger").get("text").asText());
        assertEquals("190", event.get("cameoCode").asText());
        assertTrue(event.get("description").asText().toLowerCase().contains("force"), event.toString());
        assertEquals("fixture-190", event.get("rule").asText());
        assertEquals("ISRMIL", event.get("source").get("code").asText());
        assertEquals("ISR", event.get("source").get("country").asText());
        assertEquals("Fixture Wire", event.get("article").get("source").asText());
        assertTrue(event.get("place").isNull(), "a store without places gives events no place");
    }

    @Test
    void actorsCountBothRolesAndLeaveOutUnknownActors() {
        JsonNode actors = ok("/api/actors?actor=IRNGOV");
        JsonNode first = actors.get("items").get(0);
        assertEquals("IRNGOV", first.get("code").asText(), actors.toString());
        assertEquals(4, first.get("events").asInt());
        assertEquals(2, first.get("asSource").asInt());
        assertEquals(2, first.get("asTarget").asInt());
        JsonNode all = ok("/api/actors?limit=1000");
        all.get("items").forEach(actor -> assertFalse(actor.get("code").asText().isEmpty(), all.toString()));
        assertEquals(7, all.get("total").asInt(), all.toString());
    }

    @Test
    void networkAtCountryLevelSplitsEachPairIntoCooperationAndConflict() {
        JsonNode network = ok("/api/network?level=country");
        assertEquals("country", network.get("level").asText());
        JsonNode strongest = network.get("edges").get(0);
        assertEquals("IRN", strongest.get("a").asText(), network.toString());
        assertEquals("ISR", strongest.get("b").asText());
        assertEquals(3, strongest.get("events").asInt());
        assertEquals(0, strongest.get("cooperation").asInt());
        assertEquals(3, strongest.get("conflict").asInt());
        assertEquals(1, strongest.get("aToB").asInt(), "Tehran condemned the cabinet");
        assertEquals(2, strongest.get("bToA").asInt());
        assertEquals(4, network.get("totalEdges").asInt(), "IRN-ISR, IRN-RUS, RUS-SYR, IRN-SYR: " + network);
        Set<String> nodes = new HashSet<>();
        network.get("nodes").forEach(node -> nodes.add(node.get("code").asText()));
        assertEquals(Set.of("IRN", "ISR", "RUS", "SYR"), nodes, "no node for an unknown source");
        JsonNode actors = ok("/api/network?level=actor&actor=SYRGOV");
        Set<String> names = new HashSet<>();
        actors.get("nodes").forEach(node -> names.add(node.get("name").asText()));
        assertTrue(names.contains("Damascus"), actors.toString());
    }

    @Test
    void timelineCountsEventsPerWeekAndUndatedApart() {
        JsonNode timeline = ok("/api/timeline?interval=week");
        JsonNode periods = timeline.get("periods");
        assertEquals(2, periods.size(), timeline.toString());
        assertEquals("2025-03-03", periods.get(0).get("start").asText());
        assertEquals(4, periods.get(0).get("events").asInt());
        assertEquals("2025-03-10", periods.get(1).get("start").asText());
        assertEquals(2, periods.get(1).get("events").asInt());
        assertEquals(-1.8, periods.get(1).get("meanGoldstein").asDouble(), 1e-9);
        assertEquals("[1,0,1,0]", periods.get(1).get("quadClasses").toString());
        assertEquals(1, timeline.get("undated").asInt());
    }

    @Test
    void dyadGivesEventsAndMeanGoldsteinPerPeriodForThePair() {
        JsonNode dyad = ok("/api/dyad?a=ISR&b=IRN&interval=week");
        JsonNode periods = dyad.get("periods");
        assertEquals(2, periods.size(), dyad.toString());
        assertEquals(2, periods.get(0).get("events").asInt());
        assertEquals(-6.0, periods.get(0).get("meanGoldstein").asDouble(), 1e-9);
        assertEquals(1, periods.get(0).get("aToB").asInt());
        assertEquals(1, periods.get(0).get("bToA").asInt());
        assertEquals(-7.0, periods.get(1).get("meanGoldstein").asDouble(), 1e-9);
        JsonNode directed = ok("/api/dyad?a=ISR&b=IRN&directed=true&interval=month");
        assertEquals(2, directed.get("periods").get(0).get("events").asInt(), directed.toString());
        assertTrue(badRequest("/api/dyad?a=ISR").contains("both actors"));
        assertTrue(badRequest("/api/dyad?a=ISR&b=IRN&actor=SYR").contains("leave out actor"));
    }

    @Test
    void mapWithoutPlacesPutsEventsAtTheirSourceCountry() {
        JsonNode map = ok("/api/map");
        assertEquals("source-country", map.get("basis").asText());
        assertTrue(map.get("note").asText().contains("no event locations"), map.toString());
        assertEquals(4, map.get("total").asInt(), "ISR, IRN, RUS, SYR; the unknown gunmen have no country");
        JsonNode israel = map.get("points").get(0);
        assertEquals(2, israel.get("events").asInt());
        JsonNode places = ok("/api/places");
        assertEquals(0, places.get("items").size());
        assertTrue(places.get("note").asText().contains("no event locations"));
        assertTrue(badRequest("/api/events?place=Damascus").contains("place needs event locations"));
    }

    @Test
    void storiesOfAStoreWithoutAnyAreAnEmptyListAndQuotesOfAFirstVersionStoreAreNoted() {
        JsonNode stories = ok("/api/stories");
        assertTrue(stories.get("present").asBoolean(), stories.toString());
        assertEquals(0, stories.get("total").asInt(), stories.toString());
        // This store is written in schema version 1, before quotes were extracted.
        JsonNode quotes = ok("/api/quotes");
        assertFalse(quotes.get("present").asBoolean(), quotes.toString());
        assertEquals(0, quotes.get("items").size());
        assertTrue(quotes.get("note").asText().contains("no quotes table"), quotes.toString());
        JsonNode summary = ok("/api/summary");
        assertEquals(4, summary.get("articles").asInt());
        assertEquals(7, summary.get("events").asInt());
        assertEquals("2025-03-03", summary.get("firstDate").asText());
        assertTrue(summary.get("features").get("stories").asBoolean());
    }

    @Test
    void badParametersAreRefusedWithAMessageNamingThem() {
        assertTrue(badRequest("/api/events?actr=SYR").contains("unknown parameter actr"));
        assertTrue(badRequest("/api/events?from=March").contains("from must be a date"));
        assertTrue(badRequest("/api/events?from=2025-03-10&to=2025-03-01").contains("is after"));
        assertTrue(badRequest("/api/events?quad=5").contains("QuadClasses 1 to 4"));
        assertTrue(badRequest("/api/events?root=21").contains("root"));
        assertTrue(badRequest("/api/events?code=1a").contains("code"));
        assertTrue(badRequest("/api/events?actor=SY-R").contains("actor"));
        assertTrue(badRequest("/api/events?limit=0").contains("limit must be between 1 and 1000"));
        assertTrue(badRequest("/api/events?limit=ten").contains("limit must be a whole number"));
        assertTrue(badRequest("/api/events?actor2=ISR").contains("actor2 needs actor"));
        assertTrue(badRequest("/api/events?actor=SYR&actor=ISR").contains("given 2 times"));
        assertTrue(badRequest("/api/network?level=region").contains("level must be one of"));
        assertTrue(badRequest("/api/events/not-hex").contains("hexadecimal"));
    }

    @Test
    void unknownAddressesAndMissingEventsAre404sInJson() {
        Http.Answer missing = http.get("/api/events/0123456789abcdef01234567");
        assertEquals(404, missing.status(), missing.toString());
        assertTrue(missing.json().get("error").asText().contains("no event"));
        Http.Answer nowhere = http.get("/api/nowhere");
        assertEquals(404, nowhere.status());
        assertTrue(nowhere.json().get("error").asText().contains("/api/nowhere"));
    }

    @Test
    void sqlRunsReadOnlyWithinItsRowAndTimeLimits() {
        JsonNode counted = ok("/api/sql?q=" + Http.encode("SELECT count(*) AS n FROM events"));
        assertEquals("[\"n\"]", counted.get("columns").toString());
        assertEquals(7, counted.get("rows").get(0).get(0).asInt());
        JsonNode limited = ok("/api/sql?limit=2&q=" + Http.encode("SELECT id FROM events"));
        assertEquals(2, limited.get("rows").size());
        assertTrue(limited.get("truncated").asBoolean());
        badRequest("/api/sql?q=" + Http.encode("DELETE FROM events"));
        badRequest("/api/sql?q=" + Http.encode("CREATE TABLE x (a INTEGER)"));
        Path outside = folder.resolve("leaked.csv");
        badRequest("/api/sql?q=" + Http.encode("COPY events TO '" + outside + "'"));
        assertFalse(Files.exists(outside), "the SQL endpoint must not write files");
        badRequest("/api/sql?q=" + Http.encode("SELECT * FROM read_csv('" + folder.resolve("known.duckdb") + "')"));
        badRequest("/api/sql?q=" + Http.encode("SET enable_external_access = true"));
        String slow = badRequest("/api/sql?q=" + Http.encode(
                "SELECT sum(hash(a.range * b.range)) FROM range(100000000) a, range(1000) b"));
        assertTrue(slow.contains("longer than the limit"), slow);
        assertEquals(7, ok("/api/sql?q=" + Http.encode("SELECT count(*) FROM events")).get("rows").get(0).get(0).asInt(),
                "the store is unchanged and a connection free after the refusals");
        assertTrue(badRequest("/api/sql").contains("q must hold"));
    }

    @Test
    void codingFailsAsServiceUnavailableWhenTheModelsCannotLoadWithoutAStackTrace() {
        Http.Answer answer = http.post("/api/code", "application/json", "{\"text\":\"Headline\\n\\nBody.\"}");
        assertEquals(503, answer.status(), answer.toString());
        assertTrue(answer.json().get("error").asText().contains("coding models"), answer.toString());
        assertFalse(answer.body().contains("\tat "), "no stack trace: " + answer.body());
        assertFalse(answer.body().contains(".java:"), "no stack trace: " + answer.body());
    }

    @Test
    void codeRequestsAreCheckedBeforeTheModelsAreNeeded() {
        assertEquals(400, http.post("/api/code", "application/json", "{\"text\": 5}").status());
        assertEquals(400, http.post("/api/code", "application/json", "{not json").status());
        assertEquals(400, http.post("/api/code", "application/json", "{\"text\":\"   \"}").status());
        assertEquals(400, http.post("/api/code", "application/json", "{\"text\":\"a\",\"date\":\"soon\"}").status());
        assertEquals(400, http.post("/api/code", "application/xml", "<text/>").status());
        Http.Answer huge = http.post("/api/code", "text/plain", "word ".repeat(60_000));
        assertEquals(413, huge.status(), "a body over 256 KiB: " + huge.status());
    }

    @Test
    void openApiDocumentNamesEveryEndpoint() {
        Http.Answer answer = http.get("/api/openapi");
        assertEquals(200, answer.status());
        assertTrue(answer.contentType().startsWith("application/yaml"), answer.contentType());
        for (String path : List.of("/api/events:", "/api/events/{id}:", "/api/actors:", "/api/network:",
                "/api/timeline:", "/api/dyad:", "/api/map:", "/api/places:", "/api/stories:", "/api/quotes:",
                "/api/cameo:", "/api/sql:", "/api/code:", "/api/summary:", "/api/merged:", "/api/merged/{id}:",
                "/api/export:", "/api/publishers:")) {
            assertTrue(answer.body().contains("\n  " + path), path);
        }
        JsonNode index = ok("/api");
        assertEquals(answer.body().lines().filter(line -> line.matches("  /api/[a-z{}/]+:")).count(),
                index.get("endpoints").size(), "the index and the document list the same endpoints");
    }
}
