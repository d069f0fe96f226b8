package org.sitrep.app.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.app.server.StoreFixture.event;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store that later versions extend with event locations and dates, stories and quotes: the server finds
 * the new columns and tables at start-up and serves them.
 */
class LaterSchemaTest {

    @TempDir
    static Path folder;

    private static SitrepServer server;
    private static Http http;

    @BeforeAll
    static void start() throws SQLException {
        Path database = new StoreFixture()
                .article(event("2025-05-02", "SYRMIL", "Syrian troops", "shelled", "SYRREB", "rebel positions", "194", -10, 4),
                        event("2025-05-02", "RUSMIL", "Russian jets", "bombed", "SYRREB", "rebel depots", "195", -10, 4))
                .article(event("2025-05-09", "JORGOV", "Amman", "welcomed", "SYRGOV", "the Syrian delegation", "042", 1.9, 1))
                .writeVersion1(folder.resolve("later.duckdb"));
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + database);
             Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE events ADD COLUMN event_date DATE");
            statement.execute("ALTER TABLE events ADD COLUMN place_name VARCHAR");
            statement.execute("ALTER TABLE events ADD COLUMN place_country VARCHAR");
            statement.execute("ALTER TABLE events ADD COLUMN latitude DOUBLE");
            statement.execute("ALTER TABLE events ADD COLUMN longitude DOUBLE");
            statement.execute("UPDATE events SET place_name = 'Jobar', place_country = 'SYR', latitude = 33.53, "
                    + "longitude = 36.33, event_date = DATE '2025-04-30' WHERE cameo_code = '194'");
            statement.execute("UPDATE events SET place_name = 'Idlib', place_country = 'SYR', latitude = 35.93, "
                    + "longitude = 36.63 WHERE cameo_code = '195'");
            statement.execute("CREATE OR REPLACE TABLE stories (id VARCHAR, label VARCHAR, articles INTEGER)");
            statement.execute("INSERT INTO stories VALUES ('s1', 'Syrian army shells Jobar', 1), "
                    + "('s2', 'Jordan hosts Syrian delegation', 1)");
            statement.execute("CREATE OR REPLACE TABLE quotes (speaker VARCHAR, text VARCHAR)");
            statement.execute("INSERT INTO quotes VALUES ('JORGOV', 'We stand ready to help')");
        }
        server = SitrepServer.start(ServerOptions.of(database, 0), ServerApiTest.NO_MODELS);
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void summaryReportsEveryFeatureTheStoreHas() {
        JsonNode features = http.ok("/api/summary").get("features");
        assertEquals("{\"places\":true,\"eventDates\":true,\"stories\":true,\"quotes\":true,\"mergedEvents\":false}",
                features.toString());
    }

    @Test
    void eventsCarryTheirPlaceAndTheirOwnDate() {
        JsonNode shelling = http.ok("/api/events?code=194").get("items").get(0);
        assertEquals("Jobar", shelling.get("place").get("name").asText());
        assertEquals(33.53, shelling.get("place").get("latitude").asDouble(), 1e-9);
        assertEquals("2025-04-30", shelling.get("date").asText(), "the event's own date wins");
        assertEquals("2025-05-02", shelling.get("article").get("date").asText());
        JsonNode bombing = http.ok("/api/events?code=195").get("items").get(0);
        assertEquals("2025-05-02", bombing.get("date").asText(), "without its own date, the article's");
        JsonNode welcome = http.ok("/api/events?code=042").get("items").get(0);
        assertTrue(welcome.get("place").isNull(), welcome.toString());
    }

    @Test
    void placeFilterAndDateRangeUseTheNewColumns() {
        assertEquals(1, http.ok("/api/events?place=jOBAR").get("total").asInt());
        assertEquals(1, http.ok("/api/events?to=2025-05-01").get("total").asInt(), "only the shelling, dated 30 April");
        assertEquals(2, http.ok("/api/events?country=SYR&root=19").get("total").asInt());
    }

    @Test
    void mapAndPlacesUseCoordinates() {
        JsonNode map = http.ok("/api/map");
        assertEquals("place", map.get("basis").asText());
        assertEquals(2, map.get("total").asInt(), map.toString());
        JsonNode places = http.ok("/api/places?limit=1");
        assertEquals(2, places.get("total").asInt());
        assertEquals(1, places.get("items").size());
        JsonNode first = places.get("items").get(0);
        assertTrue(first.get("latitude").isNumber(), first.toString());
        assertEquals("[0,0,0,1]", first.get("quadClasses").toString());
    }

    @Test
    void storiesAndQuotesAreListedWhateverTheirColumns() {
        JsonNode stories = http.ok("/api/stories");
        assertTrue(stories.get("present").asBoolean());
        assertEquals("[\"id\",\"label\",\"articles\"]", stories.get("columns").toString());
        assertEquals(2, stories.get("total").asInt());
        JsonNode jordan = http.ok("/api/stories?text=jordan");
        assertEquals(1, jordan.get("total").asInt());
        assertEquals("s2", jordan.get("items").get(0).get("id").asText());
        JsonNode quotes = http.ok("/api/quotes?limit=1");
        assertEquals("We stand ready to help", quotes.get("items").get(0).get("text").asText());
    }
}
