package org.sitrep.app.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.sitrep.app.server.StoreFixture.event;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.merge.MergeRules;
import org.sitrep.store.EventStore;

/**
 * The page's answers are kept for identical requests and dropped when a batch lands in the served store, as
 * {@code serve --watch} writes it; analysts' SQL and failures are never kept.
 */
class AnswerCacheApiTest {

    @TempDir
    Path folder;

    private SitrepServer server;
    private Http http;

    @BeforeEach
    void start() {
        Path database = new StoreFixture()
                .article(event("2025-04-01", "ESTGOV", "Tallinn", "praised", "LVAGOV", "Riga", "051", 3.4, 1))
                .article(event("2025-04-02", "LVAGOV", "Latvian ministers", "met", "LTUGOV", "Vilnius", "040", 1, 1))
                .writeMerged(folder.resolve("cache.duckdb"));
        server = SitrepServer.start(ServerOptions.of(database, 0), ServerApiTest.NO_MODELS, true);
        http = new Http(server.port());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Writes one more article as the watcher does: through the server's own store, merged after. */
    private void landBatch() {
        try (EventStore store = server.openStore()) {
            store.accept(StoreFixture.build(List.of(event("2025-04-03", "LTUGOV", "Lithuania", "threatened",
                    "ESTGOV", "Estonia", "138", -7, 3)), 77, "Invented Herald"));
            store.mergeNewEvents(MergeRules.defaults());
        }
    }

    @Test
    void identicalRequestsGetIdenticalBodiesWhateverTheParameterOrder() {
        String first = http.get("/api/merged?sort=newest&limit=50&offset=0").body();
        String again = http.get("/api/merged?sort=newest&limit=50&offset=0").body();
        String reordered = http.get("/api/merged?offset=0&limit=50&sort=newest").body();
        assertEquals(first, again);
        assertEquals(first, reordered);
        Http.Answer answer = http.get("/api/events?limit=1");
        assertEquals(200, answer.status());
        assertEquals("application/json", answer.contentType().replaceAll(";.*", ""));
        assertEquals(1, answer.json().get("items").size(), "another limit is another answer");
        assertEquals(2, http.ok("/api/events").get("items").size());
    }

    @Test
    void aBatchLandingInTheStoreRefreshesEveryAnswer() {
        assertEquals(2, http.ok("/api/summary").get("events").asInt());
        assertEquals(2, http.ok("/api/events").get("total").asInt());
        assertEquals(2, http.ok("/api/merged").get("total").asInt());
        String publishers = http.get("/api/publishers").body();
        landBatch();
        assertEquals(3, http.ok("/api/summary").get("events").asInt());
        assertEquals(3, http.ok("/api/events").get("total").asInt());
        assertEquals(3, http.ok("/api/merged").get("total").asInt());
        assertNotEquals(publishers, http.get("/api/publishers").body());
        assertEquals(1, http.ok("/api/events?quad=3").get("total").asInt());
    }

    @Test
    void analystsSqlIsNeverKept() {
        String sql = "/api/sql?q=" + Http.encode("SELECT random() AS r");
        assertNotEquals(http.ok(sql).get("rows").get(0).get(0).asDouble(),
                http.ok(sql).get("rows").get(0).get(0).asDouble());
    }

    @Test
    void aFailedRequestIsNotKeptAndAnswersOnceTheStoreHoldsWhatItAsked() {
        Http.Answer refused = http.get("/api/events?quad=9");
        assertEquals(400, refused.status());
        assertEquals(400, http.get("/api/events?quad=9").status());
        assertEquals(0, http.ok("/api/events?source=LTUGOV&target=ESTGOV").get("total").asInt());
        String story = "/api/stories/none-yet";
        assertEquals(404, http.get(story).status());
        landBatch();
        assertEquals(1, http.ok("/api/events?source=LTUGOV&target=ESTGOV").get("total").asInt());
    }
}
