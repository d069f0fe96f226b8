package org.sitrep.app.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.app.server.StoreFixture.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.export.EventWriter;
import org.sitrep.export.ExportFormat;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;

/**
 * Export of the selection through the API: the events the event list shows for the same filters, written by
 * the same exporters as {@code sitrep export}, and bad requests still answered in JSON.
 */
class ExportApiTest {

    @TempDir
    static Path folder;

    private static Path database;
    private static final java.util.Map<ExportFormat, String> byTheStore = new java.util.EnumMap<>(ExportFormat.class);
    private static SitrepServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        database = new StoreFixture()
                .articleFrom("Invented Herald",
                        event("2025-03-03", "ISRMIL", "Israeli jets", "struck", "IRNMIL", "Iranian radar sites", "190", -10, 4),
                        event("2025-03-03", "IRNGOV", "Tehran", "condemned", "ISRGOV", "the Israeli cabinet", "111", -2, 3))
                .articleFrom("Made-up Times",
                        event("2025-03-05", "IRNGOV", "Iranian envoys", "met", "RUSGOV", "Russian officials", "040", 1, 1),
                        event("2025-03-05", "RUSGOV", "Moscow", "shipped arms to", "SYRGOV", "Damascus", "072", 8.3, 2))
                .articleFrom("Fictional Post",
                        event("2025-03-12", "SYRGOV", "The Syrian cabinet", "thanked", "IRNGOV", "Iran", "051", 3.4, 1),
                        event("2025-03-12", "ISRGOV", "Israel", "threatened", "IRNGOV", "Iran", "138", -7, 3))
                .article(event(null, "", "Gunmen", "attacked", "TURMIL", "a Turkish patrol", "190", -10, 4))
                .writeMerged(folder.resolve("export.duckdb"));
        // Before the server opens the file: DuckDB takes one configuration per file in a process.
        for (ExportFormat format : List.of(ExportFormat.CSV, ExportFormat.GDELT, ExportFormat.PLOVER)) {
            byTheStore.put(format, exportedByTheStore(format));
        }
        server = SitrepServer.start(ServerOptions.of(database, 0), ServerApiTest.NO_MODELS);
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Http.Answer export(String query) {
        Http.Answer answer = http.get("/api/export?" + query);
        assertEquals(200, answer.status(), answer.toString());
        return answer;
    }

    /** What {@code sitrep export} writes for the whole store, through the same writer. */
    private static String exportedByTheStore(ExportFormat format) {
        StringWriter out = new StringWriter();
        try (EventStore store = EventStore.openReadOnly(database); EventWriter writer = EventWriter.create(format, out)) {
            store.forEachEvent(EventQuery.all(), writer::write);
        }
        return out.toString();
    }

    private static List<String> lines(String body) {
        List<String> lines = new ArrayList<>(List.of(body.split("\r?\n")));
        lines.removeIf(String::isEmpty);
        return lines;
    }

    @Test
    void wholeStoreExportIsWhatSitrepExportWrites() {
        for (ExportFormat format : List.of(ExportFormat.CSV, ExportFormat.GDELT, ExportFormat.PLOVER)) {
            String name = format.name().toLowerCase(java.util.Locale.ROOT);
            // Oldest first is the command's order: by date (undated last), article, sentence.
            assertEquals(byTheStore.get(format), export("format=" + name + "&sort=oldest").body(), name);
        }
    }

    @Test
    void csvHoldsTheEventsTheListShowsForTheSameFilters() {
        Http.Answer csv = export("format=csv&actor=IRN&quad=3,4");
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        List<String> rows = lines(csv.body());
        JsonNode listed = http.get("/api/events?actor=IRN&quad=3,4").json();
        assertEquals(listed.get("total").asInt() + 1, rows.size(), "a header and one row per listed event: " + rows);
        assertEquals(3, listed.get("total").asInt());
        List<String> ids = new ArrayList<>();
        listed.get("items").forEach(item -> ids.add(item.get("id").asText()));
        for (int i = 0; i < ids.size(); i++) {
            assertTrue(rows.get(i + 1).startsWith(ids.get(i) + ","), "row " + (i + 1) + " is event " + ids.get(i)
                    + " in the list's order: " + rows.get(i + 1));
        }
    }

    @Test
    void gdeltRowsHaveSixtyOneColumnsAndFollowTheFilter() {
        Http.Answer gdelt = export("format=gdelt&from=2025-03-05");
        assertTrue(gdelt.contentType().startsWith("text/tab-separated-values"), gdelt.contentType());
        List<String> rows = lines(gdelt.body());
        assertEquals(4, rows.size(), gdelt.body());
        for (String row : rows) {
            assertEquals(61, row.split("\t", -1).length, row);
        }
        assertTrue(http.get("/api/export?format=gdelt").header("Content-Disposition")
                .contains("attachment; filename=\"sitrep-events.gdelt.tsv\""));
    }

    @Test
    void ploverRecordsAreJsonLinesOfTheSelection() throws Exception {
        Http.Answer plover = export("format=plover&quad=4");
        ObjectMapper json = new ObjectMapper();
        List<String> rows = lines(plover.body());
        assertEquals(2, rows.size(), "the two material conflicts: " + plover.body());
        for (String row : rows) {
            JsonNode record = json.readTree(row);
            assertTrue(record.get("cameo_code").asText().startsWith("19"), row);
        }
        assertTrue(rows.get(0).contains("Invented Herald") || rows.get(1).contains("Invented Herald"));
    }

    @Test
    void limitCutsTheExport() {
        assertEquals(1 + 2, lines(export("format=csv&limit=2").body()).size());
    }

    @Test
    void badExportRequestsAreJsonErrors() {
        for (String query : List.of("", "format=xlsx", "format=csv&limit=0", "format=csv&limit=100001",
                "format=csv&quad=7", "format=csv&colour=red", "format=csv&sort=loudest")) {
            Http.Answer answer = http.get("/api/export?" + query);
            assertEquals(400, answer.status(), query + ": " + answer);
            assertTrue(answer.contentType().startsWith("application/json"), query + ": " + answer.contentType());
            assertEquals(400, answer.json().get("status").asInt(), query);
        }
    }
}
