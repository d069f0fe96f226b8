package org.sitrep.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.export.internal.GdeltEventWriter;
import org.sitrep.export.internal.GdeltMentionWriter;
import org.sitrep.merge.MergeRules;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.Location;
import org.sitrep.model.Place;
import org.sitrep.store.CodedArticles;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.testing.SharedData;

/**
 * sitrep's GDELT exports read back with the reader that loads GDELT's own export: DuckDB's CSV reader with the
 * column types of GDELT's published header, the schema a pandas or R user would give it. Each check names a
 * defect GDELT users met before.
 */
class ExportRoundTripTest {

    static final String SAMPLE = "corpora/gdelt-export-sample/20191024143000.export.CSV";
    // Without the shared header the other tests load every column as text; the sample test requires it.
    static final String HEADER_FILE =
            "corpora/gdelt-export-sample/GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv";
    static final Path HEADER = SharedData.root().resolve(HEADER_FILE);

    /** GDELT 2.0 Mentions columns and types, as GDELT's codebook gives them. */
    static final Map<String, String> MENTION_TYPES = mentionTypes();

    static final Place DOUMA = new Place("170592", 170592, "Duma", Place.Kind.TOWN, "SY", "SY.08",
            "Rif-dimashq", "Syria", 33.57175, 36.4027, 111864);

    @TempDir
    Path folder;

    private Path database;

    @BeforeEach
    void store() {
        database = folder.resolve("store.duckdb");
        CodedArticle first = located(CodedArticles.titled("Fighters attack army post")
                .sentence("Islamic State fighters attacked Syrian troops near Douma, killing four.")
                .date(LocalDate.of(2023, 4, 11)).source("Levant Wire (Web News)")
                .url("https://www.levant-wire.example/news/1?ref=rss")
                .event(1, "Islamic State fighters", "IMGMUSISI", "attacked", "Syrian troops", "SYRMIL", "190",
                        -10, 4)
                .build());
        CodedArticle second = located(CodedArticles.titled("Army post attacked")
                .sentence("Islamic State fighters attacked Syrian troops near Douma on Tuesday.")
                .date(LocalDate.of(2023, 4, 12)).source("Daily Courier").url("http://courier.example.org/a/2")
                .event(1, "Islamic State fighters", "IMGMUSISI", "attacked", "Syrian troops", "SYRMIL", "190",
                        -10, 4)
                .build());
        CodedArticle undated = CodedArticles.titled("Talks welcomed")
                .sentence("Turkey welcomed the peaceful talks with Greece.")
                .source("No Date Times").url("https://nodate.example/t")
                .event(1, "Turkey", "TUR", "welcomed", "Greece", "GRC", "051", 3.4, 1)
                .build();
        try (EventStore store = EventStore.open(database)) {
            store.accept(first);
            store.accept(second);
            store.accept(undated);
            store.mergeEvents(MergeRules.defaults());
        }
    }

    private static CodedArticle located(CodedArticle coded) {
        List<Event> events = coded.events().stream()
                .map(e -> e.withLocationAndDate(new Location(DOUMA, null, Location.Basis.ARTICLE_FOCUS), null))
                .toList();
        return new CodedArticle(coded.article(), coded.sentences(), coded.mentions(), events, coded.problems());
    }

    private Path export(String name, Instant exported, java.util.function.Consumer<Writer> body) throws IOException {
        Path file = folder.resolve(name);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            body.accept(out);
        }
        return file;
    }

    private Path exportEvents(Instant exported) throws IOException {
        return export("events-" + exported.getEpochSecond() + ".tsv", exported, out -> {
            try (EventStore store = EventStore.openReadOnly(database);
                 EventWriter writer = EventWriter.create(ExportFormat.GDELT, out, exported)) {
                store.forEachEvent(EventQuery.all(), writer::write);
            }
        });
    }

    private Path exportMerged(Instant exported) throws IOException {
        return export("merged-" + exported.getEpochSecond() + ".tsv", exported, out -> {
            try (EventStore store = EventStore.openReadOnly(database);
                 MergedEventWriter writer = MergedEventWriter.gdelt(out, exported)) {
                store.forEachMergedEvent(writer::write);
            }
        });
    }

    private Path exportMentions() throws IOException {
        return export("mentions.tsv", Instant.EPOCH, out -> {
            try (EventStore store = EventStore.openReadOnly(database);
                 MentionWriter writer = MentionWriter.gdelt(out)) {
                store.forEachEventMention(writer::write);
            }
        });
    }

    /** GDELT's published event columns and types, as DuckDB types. */
    static Map<String, String> eventTypes() throws IOException {
        Map<String, String> types = new LinkedHashMap<>();
        if (!Files.isRegularFile(HEADER)) {
            GdeltEventWriter.COLUMNS.forEach(c -> types.put(c, "VARCHAR"));
            return types;
        }
        List<String> lines = Files.readAllLines(HEADER, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split(",", 3);
            types.put(parts[0], switch (parts[1]) {
                case "INTEGER" -> "BIGINT";
                case "FLOAT" -> "DOUBLE";
                default -> "VARCHAR";
            });
        }
        return types;
    }

    private static Map<String, String> mentionTypes() {
        Map<String, String> types = new LinkedHashMap<>();
        String integer = "BIGINT";
        for (String column : GdeltMentionWriter.COLUMNS) {
            types.put(column, switch (column) {
                case "MentionSourceName", "MentionIdentifier", "MentionDocTranslationInfo", "Extras" -> "VARCHAR";
                case "MentionDocTone" -> "DOUBLE";
                default -> integer;
            });
        }
        return types;
    }

    /** Loads a tab-separated file into table {@code name} with the given schema, as one loads GDELT's files. */
    static void load(Connection connection, String name, Path file, Map<String, String> types) throws SQLException {
        StringBuilder columns = new StringBuilder("{");
        types.forEach((column, type) -> columns.append(columns.length() > 1 ? ", " : "")
                .append('\'').append(column).append("': '").append(type).append('\''));
        columns.append('}');
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE OR REPLACE TABLE " + name + " AS SELECT * FROM read_csv('" + file
                    + "', delim = '\\t', header = false, quote = '', escape = '', columns = " + columns + ")");
        }
    }

    static List<Map<String, Object>> rows(Connection connection, String sql) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            int n = result.getMetaData().getColumnCount();
            while (result.next()) {
                Map<String, Object> row = new HashMap<>();
                for (int i = 1; i <= n; i++) {
                    row.put(result.getMetaData().getColumnLabel(i), result.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    static Object one(Connection connection, String sql) throws SQLException {
        List<Map<String, Object>> rows = rows(connection, sql);
        assertEquals(1, rows.size(), sql);
        return rows.get(0).values().iterator().next();
    }

    @Test
    void gdeltEventsLoadWithTheSchemaThatLoadsGdeltsOwnExport() throws Exception {
        Path sample = SharedData.require(SAMPLE);
        SharedData.require(HEADER_FILE);
        Path ours = exportEvents(Instant.parse("2025-01-01T00:00:00Z"));
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            load(duck, "theirs", sample, eventTypes());
            load(duck, "ours", ours, eventTypes());
            assertEquals(2111L, ((Number) one(duck, "SELECT count(*) FROM theirs")).longValue());
            assertEquals(3L, ((Number) one(duck, "SELECT count(*) FROM ours")).longValue());
            // The pandas idiom pd.to_datetime(df.SQLDATE.astype(str), format='%Y%m%d') needs 8 digits everywhere.
            for (String table : List.of("theirs", "ours")) {
                assertEquals(0L, ((Number) one(duck, "SELECT count(*) FROM " + table + " WHERE SQLDATE IS NULL"
                        + " OR MonthYear IS NULL OR Year IS NULL OR DATEADDED IS NULL"
                        + " OR length(SQLDATE::VARCHAR) <> 8 OR length(DATEADDED::VARCHAR) <> 14"
                        + " OR try_strptime(SQLDATE::VARCHAR, '%Y%m%d') IS NULL"
                        + " OR try_strptime(DATEADDED::VARCHAR, '%Y%m%d%H%M%S') IS NULL"
                        + " OR MonthYear <> SQLDATE // 100 OR Year <> SQLDATE // 10000")).longValue(), table);
                assertEquals(0L, ((Number) one(duck, "SELECT count(*) FROM " + table
                        + " WHERE GLOBALEVENTID > 9007199254740991 OR AvgTone IS NULL")).longValue(), table);
            }
            // DATEADDED falls on a 15-minute batch, as GDELT's does.
            assertEquals(0L, ((Number) one(duck, "SELECT count(*) FROM ours WHERE DATEADDED % 10000 NOT IN "
                    + "(0, 1500, 3000, 4500)")).longValue());
        }
    }

    @Test
    void undatedArticleTakesTheDayItWasIngested() throws Exception {
        Path ours = exportEvents(Instant.parse("2030-06-01T00:00:00Z"));
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            load(duck, "ours", ours, eventTypes());
            Object added = one(duck, "SELECT DATEADDED FROM ours WHERE Actor1Code = 'TUR'");
            Object day = one(duck, "SELECT SQLDATE FROM ours WHERE Actor1Code = 'TUR'");
            assertEquals(added.toString().substring(0, 8), day.toString(), "not the export's 2030 day");
        }
    }

    @Test
    void dateAddedIsWhenSitrepStoredTheEventAndStableAcrossExports() throws Exception {
        Path early = exportEvents(Instant.parse("2030-06-01T00:00:00Z"));
        Path late = exportEvents(Instant.parse("2031-02-03T04:05:06Z"));
        assertEquals(Files.readString(early), Files.readString(late));
        Path mergedEarly = exportMerged(Instant.parse("2030-06-01T00:00:00Z"));
        Path mergedLate = exportMerged(Instant.parse("2031-02-03T04:05:06Z"));
        assertEquals(Files.readString(mergedEarly), Files.readString(mergedLate));
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            load(duck, "ours", early, eventTypes());
            String added = one(duck, "SELECT min(DATEADDED) FROM ours").toString();
            assertFalse(added.startsWith("2030"), added);
        }
    }

    @Test
    void mentionsCarryTheirEventsDateAddedAndDomainAndTone() throws Exception {
        Path merged = exportMerged(Instant.parse("2030-06-01T00:00:00Z"));
        Path mentions = exportMentions();
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            load(duck, "events", merged, eventTypes());
            load(duck, "mentions", mentions, MENTION_TYPES);
            long total = ((Number) one(duck, "SELECT count(*) FROM mentions")).longValue();
            assertEquals(3L, total, "two reports of the attack, one of the talks");
            assertEquals(2L, ((Number) one(duck, "SELECT count(*) FROM events")).longValue());
            assertEquals(total, ((Number) one(duck, "SELECT count(*) FROM mentions m JOIN events e "
                    + "ON e.GLOBALEVENTID = m.GLOBALEVENTID AND e.DATEADDED = m.EventTimeDate")).longValue(),
                    "EventTimeDate equals the event's DATEADDED in every row");
            assertEquals(List.of("courier.example.org", "levant-wire.example", "nodate.example"),
                    rows(duck, "SELECT MentionSourceName AS n FROM mentions ORDER BY 1").stream()
                            .map(r -> r.get("n")).toList());
            assertEquals(0L, ((Number) one(duck, "SELECT count(*) FROM mentions WHERE MentionDocTone IS NULL "
                    + "OR MentionTimeDate IS NULL")).longValue());
            assertTrue(((Number) one(duck, "SELECT max(MentionDocTone) FROM mentions WHERE MentionSourceName "
                    + "= 'nodate.example'")).doubleValue() > 0, "welcomed, peaceful: a positive tone");
            assertTrue(((Number) one(duck, "SELECT max(MentionDocTone) FROM mentions WHERE MentionSourceName "
                    + "= 'levant-wire.example'")).doubleValue() < 0, "attacked, killing: a negative tone");
        }
    }

    @Test
    void armedGroupsAreNotMauritianAndActorsHaveGeography() throws Exception {
        Path ours = exportEvents(Instant.parse("2030-06-01T00:00:00Z"));
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            load(duck, "ours", ours, eventTypes());
            Map<String, Object> attack = rows(duck, "SELECT * FROM ours WHERE Actor1Code = 'IMGMUSISI' LIMIT 1")
                    .get(0);
            assertEquals(null, attack.get("Actor1CountryCode"));
            assertEquals("ISI", attack.get("Actor1KnownGroupCode"));
            assertEquals("IMG", attack.get("Actor1Type1Code"));
            // A group without a country is placed where the event is; Syrian troops in Syria too.
            assertEquals(attack.get("ActionGeo_FullName"), attack.get("Actor1Geo_FullName"));
            assertEquals("SY", attack.get("Actor2Geo_CountryCode"));
            assertEquals(4L, ((Number) attack.get("Actor2Geo_Type")).longValue());
            // An actor whose country is not the event's place (no place here) stands at its country.
            Map<String, Object> talks = rows(duck, "SELECT * FROM ours WHERE Actor1Code = 'TUR'").get(0);
            assertEquals(1L, ((Number) talks.get("Actor1Geo_Type")).longValue());
            assertEquals("Turkey", talks.get("Actor1Geo_FullName"));
            assertEquals("TU", talks.get("Actor1Geo_CountryCode"));
            assertEquals("GR", talks.get("Actor2Geo_CountryCode"));
            assertEquals(0L, ((Number) talks.get("ActionGeo_Type")).longValue());
        }
    }

    @Test
    void polecatRowsLoadWithPolecatsHeaderAndFillWhatSitrepKnows() throws Exception {
        Path file = export("polecat.tsv", Instant.EPOCH, out -> {
            try (EventStore store = EventStore.openReadOnly(database);
                 EventWriter writer = EventWriter.create(ExportFormat.POLECAT, out,
                         Instant.parse("2030-06-01T00:00:00Z"))) {
                store.forEachEvent(EventQuery.all(), writer::write);
            }
        });
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            try (Statement statement = duck.createStatement()) {
                statement.execute("CREATE TABLE p AS SELECT * FROM read_csv('" + file
                        + "', delim = '\\t', header = true, quote = '', escape = '')");
            }
            List<String> names = rows(duck, "SELECT column_name AS n FROM (DESCRIBE p)").stream()
                    .map(r -> (String) r.get("n")).toList();
            assertEquals(org.sitrep.export.internal.PolecatEventWriter.COLUMNS, names);
            assertEquals("DATE", one(duck, "SELECT column_type FROM (DESCRIBE p) WHERE column_name = 'Event Date'"));
            assertEquals(3L, ((Number) one(duck, "SELECT count(*) FROM p")).longValue());
            Map<String, Object> attack = rows(duck, "SELECT * FROM p WHERE \"Event Type\" = 'ASSAULT' LIMIT 1")
                    .get(0);
            assertEquals(null, attack.get("Actor Country"), "IMG is a sector, not a country");
            assertEquals("IMG", attack.get("Primary Actor Sector"));
            assertEquals("SYR", attack.get("Recipient Country"));
            assertEquals("Syria", attack.get("Country"));
            assertEquals("Islamic State fighters", attack.get("Actor Name Raw"));
            assertEquals(0L, ((Number) one(duck, "SELECT count(*) FROM p WHERE \"Event Date\" IS NULL"))
                    .longValue());
        }
    }

    @Test
    void parquetFilesKeepTheStoresTypes() throws Exception {
        Path directory = Files.createDirectories(folder.resolve("parquet"));
        Map<String, Long> counts;
        try (EventStore store = EventStore.openReadOnly(database)) {
            counts = ParquetExport.write(store, directory);
        }
        assertEquals(List.of("events.parquet", "merged_events.parquet", "mentions.parquet"),
                List.copyOf(counts.keySet()));
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            String events = directory.resolve("events.parquet").toString();
            assertEquals(3L, ((Number) one(duck, "SELECT count(*) FROM '" + events + "'")).longValue());
            assertEquals("DATE", one(duck, "SELECT column_type FROM (DESCRIBE SELECT * FROM '" + events
                    + "') WHERE column_name = 'article_date'"));
            assertEquals("TIMESTAMP", one(duck, "SELECT column_type FROM (DESCRIBE SELECT * FROM '" + events
                    + "') WHERE column_name = 'ingested_at'"));
            assertEquals(2L, ((Number) one(duck, "SELECT count(*) FROM '"
                    + directory.resolve("merged_events.parquet") + "'")).longValue());
            assertEquals(3L, ((Number) one(duck, "SELECT count(*) FROM '"
                    + directory.resolve("mentions.parquet") + "'")).longValue());
        }
        assertEquals(3L, counts.get("events.parquet"), "COPY reports the rows it wrote");
    }

    @Test
    void sqlAnswersComeOutAsCsvAndJsonLines() throws Exception {
        org.sitrep.store.QueryResult result;
        try (EventStore store = EventStore.openReadOnly(database)) {
            result = store.sql("SELECT source_code, goldstein, date, target_code FROM events "
                    + "ORDER BY date NULLS LAST, source_code", 0);
        }
        java.io.StringWriter csv = new java.io.StringWriter();
        QueryResultWriter.csv(result, csv);
        String[] lines = csv.toString().split("\r\n");
        assertEquals("source_code,goldstein,date,target_code", lines[0]);
        assertEquals("IMGMUSISI,-10.0,2023-04-11,SYRMIL", lines[1]);
        assertEquals("TUR,3.4,,GRC", lines[3], "NULL is an empty field");
        java.io.StringWriter json = new java.io.StringWriter();
        QueryResultWriter.jsonLines(result, json);
        String[] objects = json.toString().split("\n");
        assertEquals(3, objects.length);
        var first = new com.fasterxml.jackson.databind.ObjectMapper().readTree(objects[0]);
        assertEquals(-10.0, first.get("goldstein").asDouble());
        assertTrue(first.get("goldstein").isNumber());
        assertEquals("2023-04-11", first.get("date").asText());
        assertTrue(new com.fasterxml.jackson.databind.ObjectMapper().readTree(objects[2]).get("date").isNull());
    }
}
