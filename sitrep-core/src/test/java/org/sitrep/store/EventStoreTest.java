package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.Problem;
import org.sitrep.pipeline.EnvironmentException;

class EventStoreTest {

    @TempDir
    Path folder;

    private static CodedArticle border() {
        return CodedArticles.titled("Valdorian army shells Kestrel border post")
                .sentence("Valdorian artillery shelled a Kestrel border post on Tuesday.")
                .sentence("The Kestrel foreign minister condemned the attack.")
                .date(LocalDate.of(2021, 3, 9))
                .source("Invented Wire")
                .url("https://news.example/valdoria-kestrel")
                .event(1, "Valdorian artillery", "VALMIL", "shelled", "Kestrel border post", "KSTMIL", "195",
                        -10.0, 4)
                .event(2, "The Kestrel foreign minister", "KSTGOV", "condemned", null, null, "111", -2.0, 3)
                .build();
    }

    private static CodedArticle talks(LocalDate date, String title) {
        return CodedArticles.titled(title)
                .sentence("Ostmark envoys met Valdorian diplomats in Geneva.")
                .date(date)
                .event(1, "Ostmark envoys", "OSTGOV", "met", "Valdorian diplomats", "VALGOV", "043", 2.8, 1)
                .build();
    }

    @Test
    void roundTripsHandBuiltArticle() {
        CodedArticle coded = border();
        Path database = folder.resolve("events.duckdb");
        try (EventStore store = EventStore.open(database)) {
            store.accept(coded);
        }
        try (EventStore store = EventStore.openReadOnly(database)) {
            List<StoredEvent> events = store.events(EventQuery.all());
            assertEquals(2, events.size());
            StoredEvent shelling = events.get(0);
            Event expected = coded.events().get(0);
            assertEquals(expected, shelling.event());
            assertEquals(LocalDate.of(2021, 3, 9), shelling.date());
            assertEquals("Valdorian army shells Kestrel border post", shelling.articleTitle());
            assertEquals("Invented Wire", shelling.articleSource());
            assertEquals("https://news.example/valdoria-kestrel", shelling.url());
            assertEquals("Valdorian artillery shelled a Kestrel border post on Tuesday.", shelling.sentenceText());
            assertEquals("Valdorian artillery shelled a Kestrel border post", shelling.evidenceText());
            assertEquals(StoredEvent.of(coded, expected).withArticle(shelling.ingestedAt(), shelling.articleText()),
                    shelling);
            assertEquals(coded.article().text(), shelling.articleText(), "the article's text comes along");
            assertTrue(shelling.ingestedAt() != null, "so does the time it was stored");
            StoredEvent condemnation = events.get(1);
            assertEquals(coded.events().get(1), condemnation.event());
            assertNull(condemnation.event().target());
            assertEquals("condemned", condemnation.triggerText());

            QueryResult article = store.sql("SELECT id, title, date, source, url, origin, sentence_count, "
                    + "token_count, event_count, skipped FROM articles", 10);
            assertEquals(List.of(coded.article().id(), coded.article().title(), LocalDate.of(2021, 3, 9),
                    "Invented Wire", "https://news.example/valdoria-kestrel", "test.jsonl:1", 3,
                    coded.tokenCount(), 2, false), article.rows().get(0));
            QueryResult mentions = store.sql("SELECT sentence_index, \"begin\", \"end\", text, actor_code, entry "
                    + "FROM mentions ORDER BY \"begin\"", 10);
            assertEquals(3, mentions.rows().size());
            assertEquals(List.of(1, coded.mentions().get(0).span().begin(), coded.mentions().get(0).span().end(),
                    "Valdorian artillery", "VALMIL", "test:VALMIL"), mentions.rows().get(0));
            String text = coded.article().text();
            for (List<Object> row : mentions.rows()) {
                assertEquals(row.get(3), text.substring((Integer) row.get(1), (Integer) row.get(2)));
            }
        }
    }

    @Test
    void containsKnowsArticlesBeforeFlushAndAfterReopening() {
        Path database = folder.resolve("events.duckdb");
        CodedArticle coded = border();
        try (EventStore store = EventStore.open(database)) {
            assertFalse(store.contains(coded.article().id()));
            store.accept(coded);
            assertTrue(store.contains(coded.article().id()));
            assertThrows(IllegalArgumentException.class, () -> store.accept(coded));
        }
        try (EventStore store = EventStore.open(database)) {
            assertTrue(store.contains(coded.article().id()));
            assertFalse(store.contains("0123456789abcdef0123456789abcdef"));
            assertEquals(new StoreCounts(1, 2, 0, 3), store.counts());
        }
        try (EventStore store = EventStore.openReadOnly(database)) {
            assertTrue(store.contains(coded.article().id()));
        }
    }

    @Test
    void filtersByActorPrefixOnSourceOrTarget() {
        try (EventStore store = EventStore.open(folder.resolve("events.duckdb"))) {
            store.accept(border());
            store.accept(talks(LocalDate.of(2021, 5, 1), "Envoys meet"));
            assertEquals(List.of("195", "111"), codes(store.events(new EventQuery("KST", null, null, 0))));
            assertEquals(List.of("195", "043"), codes(store.events(new EventQuery("VAL", null, null, 0))));
            assertEquals(List.of("043"), codes(store.events(new EventQuery("VALGOV", null, null, 0))));
            assertEquals(List.of("043"), codes(store.events(new EventQuery("OSTGOV", null, null, 0))));
            assertEquals(List.of(), codes(store.events(new EventQuery("OSTMIL", null, null, 0))));
        }
    }

    @Test
    void filtersByCodePrefix() {
        try (EventStore store = EventStore.open(folder.resolve("events.duckdb"))) {
            store.accept(border());
            store.accept(talks(LocalDate.of(2021, 5, 1), "Envoys meet"));
            assertEquals(List.of("195"), codes(store.events(new EventQuery(null, "19", null, 0))));
            assertEquals(List.of("195", "111"), codes(store.events(new EventQuery(null, "1", null, 0))));
            assertEquals(List.of("043"), codes(store.events(new EventQuery(null, "04", null, 0))));
            assertEquals(List.of(), codes(store.events(new EventQuery(null, "0431", null, 0))));
        }
    }

    @Test
    void filtersByDateLeavingUndatedArticlesOut() {
        try (EventStore store = EventStore.open(folder.resolve("events.duckdb"))) {
            store.accept(border());
            store.accept(talks(LocalDate.of(2021, 5, 1), "Envoys meet in May"));
            store.accept(talks(null, "Envoys meet, date unknown"));
            assertEquals(4, store.events(EventQuery.all()).size());
            List<StoredEvent> since = store.events(new EventQuery(null, null, LocalDate.of(2021, 3, 10), 0));
            assertEquals(1, since.size());
            assertEquals(LocalDate.of(2021, 5, 1), since.get(0).date());
            assertEquals(3, store.events(new EventQuery(null, null, LocalDate.of(2021, 3, 9), 0)).size());
        }
    }

    @Test
    void ordersByDateThenArticleThenSentenceWithUndatedLastAndHonoursLimit() {
        try (EventStore store = EventStore.open(folder.resolve("events.duckdb"))) {
            store.accept(talks(null, "Undated talks"));
            store.accept(talks(LocalDate.of(2021, 5, 1), "May talks"));
            store.accept(border());
            List<StoredEvent> events = store.events(EventQuery.all());
            assertEquals(List.of("195", "111", "043", "043"), codes(events));
            assertEquals(List.of(1, 2), List.of(events.get(0).event().sentence(), events.get(1).event().sentence()));
            assertNull(events.get(3).date());
            assertEquals(List.of("195", "111"), codes(store.events(new EventQuery(null, null, null, 2))));
            List<StoredEvent> streamed = new ArrayList<>();
            store.forEachEvent(EventQuery.all(), streamed::add);
            assertEquals(events, streamed);
        }
    }

    @Test
    void readOnlyStoreRefusesInsertAndCreate() {
        Path database = folder.resolve("events.duckdb");
        try (EventStore store = EventStore.open(database)) {
            store.accept(border());
        }
        try (EventStore store = EventStore.openReadOnly(database)) {
            IllegalArgumentException insert = assertThrows(IllegalArgumentException.class,
                    () -> store.sql("INSERT INTO problems VALUES (NULL, 'x', 'EMPTY', 'y')", 10));
            assertTrue(insert.getMessage().contains("read-only"), insert.getMessage());
            assertThrows(IllegalArgumentException.class, () -> store.sql("CREATE TABLE sneaky (a INTEGER)", 10));
            assertThrows(IllegalStateException.class, () -> store.accept(talks(null, "More talks")));
            assertThrows(IllegalStateException.class,
                    () -> store.reject(new Problem(Problem.Kind.EMPTY, "x", "y")));
            assertEquals(new StoreCounts(1, 2, 0, 3), store.counts());
        }
    }

    @Test
    void writableStoreRunsSqlReadOnlyAndKeepsWorking() {
        try (EventStore store = EventStore.open(folder.resolve("events.duckdb"))) {
            store.accept(border());
            QueryResult count = store.sql("SELECT count(*) AS n FROM events", 10);
            assertEquals(List.of("n"), count.columns());
            assertEquals(2L, ((Number) count.rows().get(0).get(0)).longValue());
            assertThrows(IllegalArgumentException.class, () -> store.sql("DELETE FROM events", 10));
            store.accept(talks(LocalDate.of(2021, 5, 1), "Envoys meet"));
            assertEquals(3, store.events(EventQuery.all()).size());
        }
    }

    @Test
    void sqlRunsOnlyOneSelectSoItWritesNoFileAndChangesNoSetting() throws Exception {
        Path database = storeWithTwoArticles();
        Path written = folder.resolve("copied.csv");
        try (EventStore store = EventStore.openReadOnly(database)) {
            for (String refused : List.of("COPY (SELECT * FROM events) TO '" + written + "'",
                    "COPY events TO '" + written + "' (FORMAT csv)", "PRAGMA enable_profiling", "CHECKPOINT",
                    "SET threads = 1", "CREATE TEMP VIEW events AS SELECT 1 AS id", "EXPLAIN SELECT 1",
                    "SELECT 1; CREATE TEMP TABLE t AS SELECT 1", "/* SELECT */ COPY events TO '" + written + "'")) {
                IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                        () -> store.sql(refused, 10), refused);
                assertTrue(error.getMessage().contains("read-only") || error.getMessage().contains("exactly one"),
                        refused + ": " + error.getMessage());
            }
            assertFalse(Files.exists(written), "COPY wrote a file");
            assertEquals(3L, ((Number) store.sql("WITH e AS (SELECT * FROM events) SELECT count(*) FROM e", 10)
                    .rows().get(0).get(0)).longValue());
            assertEquals(3L, ((Number) store.sql("FROM events SELECT count(*)", 10).rows().get(0).get(0))
                    .longValue());
        }
    }

    @Test
    void truncatesSqlResultsAtMaxRows() {
        try (EventStore store = EventStore.openReadOnly(storeWithTwoArticles())) {
            QueryResult two = store.sql("SELECT cameo_code FROM events ORDER BY cameo_code", 2);
            assertEquals(2, two.rows().size());
            assertTrue(two.truncated());
            QueryResult all = store.sql("SELECT cameo_code FROM events ORDER BY cameo_code", 3);
            assertEquals(List.of(List.of("043"), List.of("111"), List.of("195")), all.rows());
            assertFalse(all.truncated());
            assertFalse(store.sql("SELECT cameo_code FROM events", 0).truncated());
            assertEquals(3, store.sql("SELECT cameo_code FROM events", 0).rows().size());
        }
    }

    @Test
    void badSqlCarriesDuckDbMessage() {
        try (EventStore store = EventStore.openReadOnly(storeWithTwoArticles())) {
            IllegalArgumentException syntax = assertThrows(IllegalArgumentException.class,
                    () -> store.sql("SELEC * FROM events", 10));
            assertTrue(syntax.getMessage().contains("Parser Error"), syntax.getMessage());
            IllegalArgumentException table = assertThrows(IllegalArgumentException.class,
                    () -> store.sql("SELECT * FROM no_such_table", 10));
            assertTrue(table.getMessage().contains("no_such_table"), table.getMessage());
        }
    }

    @Test
    void sqlReturnsNullsAsNulls() {
        try (EventStore store = EventStore.openReadOnly(storeWithTwoArticles())) {
            QueryResult targets = store.sql("SELECT target_code FROM events WHERE cameo_code = '111'", 10);
            assertEquals(1, targets.rows().size());
            assertNull(targets.rows().get(0).get(0));
        }
    }

    @Test
    void recordsProblemsWithAndWithoutArticle() {
        Path database = folder.resolve("events.duckdb");
        CodedArticle badDate = CodedArticles.titled("Talks resume").sentence("Talks resumed quietly.")
                .origin("corpus.jsonl:7").problem(Problem.Kind.BAD_DATE).build();
        try (EventStore store = EventStore.open(database)) {
            store.reject(new Problem(Problem.Kind.MALFORMED_RECORD, "corpus.jsonl:3", "not valid JSON"));
            store.accept(badDate);
        }
        try (EventStore store = EventStore.openReadOnly(database)) {
            QueryResult problems = store.sql("SELECT article_id, origin, kind, message FROM problems ORDER BY origin",
                    10);
            assertEquals(2, problems.rows().size());
            assertEquals(java.util.Arrays.asList(null, "corpus.jsonl:3", "MALFORMED_RECORD", "not valid JSON"),
                    problems.rows().get(0));
            assertEquals(List.of(badDate.article().id(), "corpus.jsonl:7", "BAD_DATE", "invented BAD_DATE problem"),
                    problems.rows().get(1));
            assertEquals(new StoreCounts(1, 0, 2, 0), store.counts());
        }
    }

    @Test
    void storesSkippedArticlesButNotEnvironmentFailures() {
        CodedArticle tooLarge = CodedArticles.titled("Huge").sentence("Far too long.")
                .problem(Problem.Kind.TOO_LARGE).build();
        CodedArticle failed = CodedArticles.titled("Unlucky").sentence("The parser broke down.")
                .problem(Problem.Kind.FAILURE).build();
        Path database = folder.resolve("events.duckdb");
        try (EventStore store = EventStore.open(database)) {
            store.accept(CodedArticle.skipped(tooLarge.article(), tooLarge.problems()));
            store.accept(CodedArticle.skipped(failed.article(), failed.problems()));
            assertTrue(store.contains(tooLarge.article().id()));
            assertFalse(store.contains(failed.article().id()), "a failed article must be tried again");
        }
        try (EventStore store = EventStore.openReadOnly(database)) {
            assertEquals(List.of(List.of(true)), store.sql("SELECT skipped FROM articles", 10).rows());
            assertEquals(new StoreCounts(1, 0, 2, 0), store.counts());
        }
    }

    @Test
    void reopensDatabaseAndAppends() {
        Path database = folder.resolve("nested/dir/events.duckdb");
        try (EventStore store = EventStore.open(database)) {
            store.accept(border());
        }
        try (EventStore store = EventStore.open(database)) {
            store.accept(talks(LocalDate.of(2021, 5, 1), "Envoys meet"));
        }
        try (EventStore store = EventStore.openReadOnly(database)) {
            assertEquals(new StoreCounts(2, 3, 0, 5), store.counts());
            assertEquals(List.of(List.of(org.sitrep.store.internal.Schema.VERSION)),
                    store.sql("SELECT version FROM schema_version", 10).rows());
        }
    }

    @Test
    void removesEventsLeftWithoutTheirArticleByACrash() throws Exception {
        Path database = storeWithTwoArticles();
        try (Connection raw = DriverManager.getConnection("jdbc:duckdb:" + database);
             Statement statement = raw.createStatement()) {
            statement.execute("INSERT INTO events SELECT * REPLACE ('orphan' AS article_id) FROM events LIMIT 1");
            statement.execute("INSERT INTO mentions SELECT * REPLACE ('orphan' AS article_id) FROM mentions LIMIT 1");
        }
        try (EventStore store = EventStore.open(database)) {
            assertEquals(new StoreCounts(2, 3, 0, 5), store.counts());
        }
    }

    @Test
    void openReadOnlyFailsForMissingOrForeignFile() throws Exception {
        assertThrows(EnvironmentException.class, () -> EventStore.openReadOnly(folder.resolve("none.duckdb")));
        Path text = folder.resolve("notes.duckdb");
        Files.writeString(text, "not a database", StandardCharsets.UTF_8);
        assertThrows(EnvironmentException.class, () -> EventStore.openReadOnly(text));
        Path empty = folder.resolve("empty.duckdb");
        try (Connection raw = DriverManager.getConnection("jdbc:duckdb:" + empty);
             Statement statement = raw.createStatement()) {
            statement.execute("CREATE TABLE something (a INTEGER)");
        }
        EnvironmentException foreign = assertThrows(EnvironmentException.class, () -> EventStore.openReadOnly(empty));
        assertTrue(foreign.getMessage().contains("not a sitrep database"), foreign.getMessage());
    }

    @Test
    void closedStoreRefusesUse() {
        EventStore store = EventStore.open(folder.resolve("events.duckdb"));
        store.close();
        store.close();
        assertThrows(IllegalStateException.class, () -> store.contains("x"));
        assertThrows(IllegalStateException.class, () -> store.events(EventQuery.all()));
    }

    @Test
    void rejectsEventQueriesThatCannotBeCodes() {
        assertThrows(IllegalArgumentException.class, () -> new EventQuery("SY-R", null, null, 0));
        assertEquals("SYRMIL", new EventQuery(" syrMil ", null, null, 0).actor());
        assertThrows(IllegalArgumentException.class, () -> new EventQuery(null, "19%", null, 0));
        assertThrows(IllegalArgumentException.class, () -> new EventQuery(null, null, null, -1));
        assertNull(new EventQuery("", "", null, 0).actor());
    }

    private Path storeWithTwoArticles() {
        Path database = folder.resolve("two.duckdb");
        try (EventStore store = EventStore.open(database)) {
            store.accept(border());
            store.accept(talks(LocalDate.of(2021, 5, 1), "Envoys meet"));
        }
        return database;
    }

    private static List<String> codes(List<StoredEvent> events) {
        return events.stream().map(e -> e.event().cameoCode()).toList();
    }
}
