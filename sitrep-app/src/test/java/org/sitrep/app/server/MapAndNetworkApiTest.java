package org.sitrep.app.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.app.server.StoreFixture.event;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the map and the network claim: a map of events without places says whether the store has places at
 * all, and a country-level network shows no agent type (GOV, MED) as a country.
 */
class MapAndNetworkApiTest {

    @TempDir
    static Path folder;

    private static SitrepServer server;
    private static Http http;

    static Path placedStore(Path database) {
        return new StoreFixture()
                .article(event("2025-03-03", "TURMIL", "Turkish troops", "shelled", "SYRREB", "rebel positions", "194", -10, 4)
                        .placed("Zelvora", "SY", 35.1, 38.2))
                .article(event("2025-03-04", "GOV", "The government", "accused", "MED", "the press", "112", -2, 3),
                        event("2025-03-04", "GOV", "The government", "criticized", "SYRGOV", "Damascus", "111", -2, 3),
                        event("2025-03-04", "IRNGOV", "Tehran", "met", "SYRGOV", "Damascus", "040", 1, 1))
                .write(database);
    }

    @BeforeAll
    static void start() {
        server = SitrepServer.start(ServerOptions.of(placedStore(folder.resolve("placed.duckdb")), 0),
                ServerApiTest.NO_MODELS);
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void placedEventsAreOnTheMapAtTheirPlace() {
        JsonNode map = http.ok("/api/map");
        assertEquals("place", map.get("basis").asText());
        assertEquals("Zelvora", map.get("points").get(0).get("name").asText());
        assertEquals(35.1, map.get("points").get(0).get("latitude").asDouble(), 1e-9);
    }

    @Test
    void mapOfUnplacedEventsDoesNotClaimTheStoreHasNoPlaces() {
        JsonNode map = http.ok("/api/map?quad=1");
        assertEquals("source-country", map.get("basis").asText());
        String note = map.get("note").asText();
        assertTrue(note.startsWith("none of the matching events has a place"), note);
        assertFalse(note.contains("this store has no"), note);
    }

    @Test
    void storeWithoutAnyPlaceSaysSo() {
        Path database = new StoreFixture()
                .article(event("2025-03-04", "IRNGOV", "Tehran", "met", "SYRGOV", "Damascus", "040", 1, 1))
                .write(folder.resolve("unplaced.duckdb"));
        try (SitrepServer unplaced = SitrepServer.start(ServerOptions.of(database, 0), ServerApiTest.NO_MODELS)) {
            String note = new Http(unplaced.port()).get("/api/map").json().get("note").asText();
            assertTrue(note.startsWith("no event in this store has a place"), note);
        }
    }

    @Test
    void countryNetworkShowsNoAgentTypeAsACountry() {
        JsonNode countries = http.ok("/api/network?level=country");
        Set<String> nodes = new HashSet<>();
        countries.get("nodes").forEach(node -> nodes.add(node.get("code").asText()));
        assertEquals(Set.of("TUR", "SYR", "IRN"), nodes, countries.toString());
        assertTrue(countries.get("note").asText().contains("GOV"), countries.toString());
        JsonNode actors = http.ok("/api/network?level=actor");
        Set<String> actorNodes = new HashSet<>();
        actors.get("nodes").forEach(node -> actorNodes.add(node.get("code").asText()));
        assertTrue(actorNodes.contains("GOV") && actorNodes.contains("MED"), "actors keep them: " + actorNodes);
        assertTrue(actors.get("note").isNull());
    }
}
