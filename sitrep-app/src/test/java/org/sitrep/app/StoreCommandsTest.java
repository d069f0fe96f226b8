package org.sitrep.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** events, sql and export over one store, ingested once for the class. */
class StoreCommandsTest {

    @TempDir
    static Path folder;

    private static String database;
    private static List<JsonNode> allEvents;

    @BeforeAll
    static void ingest() throws IOException {
        Path corpus = folder.resolve("corpus");
        Cli.article(corpus, "border-clash.txt");
        Files.writeString(corpus.resolve("dated.jsonl"), String.join("\n",
                JsonArticles.line("Russia warns Ukraine over drone strikes",
                        "Russia threatened to retaliate against Ukraine after drone strikes on its oil depots.",
                        "2024-08-01"),
                JsonArticles.line("Germany pledges aid to Ukraine",
                        "Germany promised military aid to Ukraine and condemned Russia for the strikes.",
                        "2024-09-15"))
                + "\n", StandardCharsets.UTF_8);
        database = folder.resolve("store.duckdb").toString();
        Cli.Result ingest = Cli.run("ingest", corpus.toString(), "--db", database);
        assertEquals(0, ingest.status(), ingest.toString());
        Cli.Result all = Cli.run("events", "--json", "--limit", "0", "--db", database);
        assertEquals(0, all.status(), all.toString());
        allEvents = CodeCommandTest.parse(all.outLines());
        assertTrue(allEvents.size() >= 3, "three articles of conflict between states: " + ingest + all);
    }

    private static String field(JsonNode event, String path) {
        JsonNode node = event.at(path);
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    private static String cameoCode(JsonNode event) {
        return field(event, EventFields.CAMEO_CODE);
    }

    @Test
    void eventsTableShowsEveryStoredEventUnderAHeader() {
        Cli.Result result = Cli.run("events", "--db", database);
        assertEquals(0, result.status(), result.toString());
        List<String> lines = result.outLines();
        assertTrue(lines.get(0).matches("DATE +SOURCE +CODE +TARGET +RULE +EVIDENCE"), result.toString());
        assertEquals(allEvents.size() + 3, lines.size(), "header, rule, rows, count: " + result);
        assertEquals("(" + allEvents.size() + " events)", lines.get(lines.size() - 1));
    }

    @Test
    void limitCutsTheList() {
        Cli.Result result = Cli.run("events", "--json", "--limit", "1", "--db", database);
        assertEquals(1, result.outLines().size(), result.toString());
    }

    @Test
    void actorFilterKeepsEventsWithThatActorOnEitherSide() throws IOException {
        Cli.Result result = Cli.run("events", "--json", "--limit", "0", "--actor", "ukr", "--db", database);
        assertEquals(0, result.status(), result.toString());
        List<JsonNode> events = CodeCommandTest.parse(result.outLines());
        assertFalse(events.isEmpty(), result.toString());
        for (JsonNode event : events) {
            String source = field(event, EventFields.SOURCE_CODE);
            String target = field(event, EventFields.TARGET_CODE);
            assertTrue(source.startsWith("UKR") || (target != null && target.startsWith("UKR")), event.toString());
        }
        long expected = allEvents.stream().filter(event -> field(event, EventFields.SOURCE_CODE).startsWith("UKR")
                || (field(event, EventFields.TARGET_CODE) != null
                        && field(event, EventFields.TARGET_CODE).startsWith("UKR"))).count();
        assertEquals(expected, events.size());
    }

    @Test
    void codeFilterMatchesCodePrefixes() throws IOException {
        String root = cameoCode(allEvents.get(0)).substring(0, 2);
        Cli.Result result = Cli.run("events", "--json", "--limit", "0", "--code", root, "--db", database);
        List<JsonNode> events = CodeCommandTest.parse(result.outLines());
        long expected = allEvents.stream().filter(event -> cameoCode(event).startsWith(root)).count();
        assertEquals(expected, events.size(), result.toString());
        assertTrue(events.stream().allMatch(event -> cameoCode(event).startsWith(root)), result.toString());
    }

    @Test
    void sinceFilterDropsOlderAndUndatedArticles() throws IOException {
        Cli.Result result = Cli.run("events", "--json", "--limit", "0", "--since", "2024-09-01", "--db", database);
        List<JsonNode> events = CodeCommandTest.parse(result.outLines());
        assertFalse(events.isEmpty(), result.toString());
        assertTrue(events.size() < allEvents.size(), result.toString());
        for (JsonNode event : events) {
            LocalDate date = LocalDate.parse(field(event, EventFields.DATE));
            assertFalse(date.isBefore(LocalDate.of(2024, 9, 1)), event.toString());
        }
    }

    @Test
    void sqlPrintsATableAndAgreesWithEvents() {
        Cli.Result result = Cli.run("sql", "SELECT count(*) AS n, count(DISTINCT article_id) AS articles FROM events",
                "--db", database);
        assertEquals(0, result.status(), result.toString());
        List<String> lines = result.outLines();
        assertTrue(lines.get(0).matches("n +articles"), result.toString());
        assertTrue(lines.get(2).matches(allEvents.size() + " +\\d+"), result.toString());
        assertEquals("(1 row)", lines.get(3));
    }

    @Test
    void sqlSaysWhenRowsWereCut() {
        Cli.Result result = Cli.run("sql", "SELECT * FROM range(10)", "--max-rows", "3", "--db", database);
        assertEquals(0, result.status(), result.toString());
        assertEquals(2 + 3 + 1, result.outLines().size(), result.toString());
        assertTrue(result.out().contains("first 3 rows"), result.toString());
    }

    @Test
    void sqlRefusesToChangeTheStore() {
        Cli.Result delete = Cli.run("sql", "DELETE FROM events", "--db", database);
        Cli.Result create = Cli.run("sql", "CREATE TABLE notes (text VARCHAR)", "--db", database);
        assertEquals(2, delete.status(), delete.toString());
        assertEquals(1, delete.errLines().size(), delete.toString());
        assertEquals(2, create.status(), create.toString());
        Cli.Result count = Cli.run("sql", "SELECT count(*) FROM events", "--db", database);
        assertEquals(String.valueOf(allEvents.size()), count.outLines().get(2).strip());
    }

    @Test
    void sqlCopyToAFileIsRefusedAndWritesNothing(@TempDir Path elsewhere) {
        Path target = elsewhere.resolve("events.csv");
        Cli.Result copy = Cli.run("sql", "COPY (SELECT * FROM events) TO '" + target + "'", "--db", database);
        assertEquals(2, copy.status(), copy.toString());
        assertTrue(copy.err().contains("read-only"), copy.toString());
        assertFalse(Files.exists(target), "sitrep sql wrote " + target);
    }

    @Test
    void badSqlIsBadUsageWithDuckDbsMessageOnOneLine() {
        Cli.Result result = Cli.run("sql", "SELEC * FROM events", "--db", database);
        assertEquals(2, result.status(), result.toString());
        assertEquals(1, result.errLines().size(), result.toString());
        assertTrue(result.err().contains("SELEC"), result.toString());
        assertTrue(result.out().isEmpty(), result.toString());
    }

    @Test
    void exportsJsonLinesLikeEventsJson() {
        Cli.Result export = Cli.run("export", "--format", "jsonl", "--db", database);
        Cli.Result events = Cli.run("events", "--json", "--limit", "0", "--db", database);
        assertEquals(0, export.status(), export.toString());
        assertEquals(events.out(), export.out());
    }

    @Test
    void exportsCsvWithAHeaderRow() {
        Cli.Result result = Cli.run("export", "--format", "CSV", "--db", database);
        assertEquals(0, result.status(), result.toString());
        assertEquals(allEvents.size() + 1, result.outLines().size(), result.toString());
        assertTrue(result.outLines().get(0).contains(","), result.toString());
    }

    @Test
    void exportsGdeltRowsOfSixtyOneColumnsToAFile() throws IOException {
        Path output = folder.resolve("events.tsv");
        Cli.Result result = Cli.run("export", "--format", "gdelt", "--output", output.toString(), "--db", database);
        assertEquals(0, result.status(), result.toString());
        assertTrue(result.out().isEmpty(), result.toString());
        assertEquals("exported " + allEvents.size() + " events to " + output, result.err().strip());
        List<String> rows = Files.readAllLines(output, StandardCharsets.UTF_8);
        assertEquals(allEvents.size(), rows.size());
        for (String row : rows) {
            assertEquals(61, row.split("\t", -1).length, row);
        }
    }

    @Test
    void ploverExportReportsTheLinesItWrote() throws IOException {
        Path output = folder.resolve("plover.jsonl");
        Cli.Result result = Cli.run("export", "--format", "plover", "--output", output.toString(), "--db", database);
        assertEquals(0, result.status(), result.toString());
        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        long ploverless = allEvents.stream().map(StoreCommandsTest::cameoCode)
                .filter(code -> code.startsWith("01") || code.startsWith("02")).count();
        assertEquals(allEvents.size() - ploverless, lines.size());
        assertEquals("exported " + lines.size() + (lines.size() == 1 ? " record to " : " records to ") + output,
                result.err().strip());
    }

    @Test
    void polecatExportHasPolecatsHeader() {
        Cli.Result result = Cli.run("export", "--format", "polecat", "--db", database);
        assertEquals(0, result.status(), result.toString());
        assertTrue(result.outLines().get(0).startsWith("Event ID\tEvent Date\tEvent Type\t"), result.toString());
        assertEquals(40, result.outLines().get(0).split("\t", -1).length);
    }

    @Test
    void parquetExportWritesThreeFilesIntoADirectory() {
        Path output = folder.resolve("parquet");
        Cli.Result result = Cli.run("export", "--format", "parquet", "--output", output.toString(), "--db", database);
        assertEquals(0, result.status(), result.toString());
        assertTrue(Files.isRegularFile(output.resolve("events.parquet")), result.toString());
        assertTrue(Files.isRegularFile(output.resolve("merged_events.parquet")), result.toString());
        assertTrue(Files.isRegularFile(output.resolve("mentions.parquet")), result.toString());
        assertTrue(result.err().contains("exported " + allEvents.size() + " rows to "
                + output.resolve("events.parquet")), result.toString());
        Cli.Result bare = Cli.run("export", "--format", "parquet", "--db", database);
        assertEquals(2, bare.status(), "parquet needs a directory: " + bare);
    }

    @Test
    void sqlPrintsCsvAndJsonLinesForScripts() throws IOException {
        Cli.Result csv = Cli.run("sql", "SELECT count(*) AS n, 'a,b' AS s FROM events", "--format", "csv",
                "--db", database);
        assertEquals(0, csv.status(), csv.toString());
        assertEquals(List.of("n,s", allEvents.size() + ",\"a,b\""), csv.outLines());
        Cli.Result json = Cli.run("sql", "SELECT count(*) AS n, NULL AS nothing FROM events", "--format", "json",
                "--db", database);
        assertEquals(0, json.status(), json.toString());
        JsonNode row = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.outLines().get(0));
        assertEquals(allEvents.size(), row.get("n").asInt());
        assertTrue(row.get("nothing").isNull());
        Cli.Result cut = Cli.run("sql", "SELECT * FROM range(10)", "--format", "csv", "--max-rows", "3",
                "--db", database);
        assertEquals(4, cut.outLines().size(), cut.toString());
        assertTrue(cut.err().contains("--max-rows 0"), cut.toString());
        Cli.Result all = Cli.run("sql", "SELECT * FROM range(150)", "--format", "json", "--max-rows", "0",
                "--db", database);
        assertEquals(150, all.outLines().size());
    }
}
