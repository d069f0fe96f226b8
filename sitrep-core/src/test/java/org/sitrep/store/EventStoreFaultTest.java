package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.merge.MergeRules;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Problem;
import org.sitrep.pipeline.EnvironmentException;
import org.sitrep.store.internal.Faults;

/** Failed writes roll the whole batch back; the store keeps no half-stored article and no doubled row. */
class EventStoreFaultTest {

    @TempDir
    Path folder;

    @AfterEach
    void disarm() {
        Faults.arm(null);
    }

    private static CodedArticle clash(int n) {
        return CodedArticles.titled("Norland and Vallonia clash, report " + n)
                .sentence("Norland troops shelled a Vallonian outpost near Tarsk " + n + ".")
                .sentence("The Vallonian defence minister condemned the shelling.")
                .date(LocalDate.of(2024, 4, 2))
                .origin("clash.jsonl:" + n)
                .problem(Problem.Kind.UNKNOWN_ACTOR)
                .event(1, "Norland troops", "NORMIL", "shelled", "Vallonian outpost", "VALMIL", "195", -10.0, 4)
                .event(2, "The Vallonian defence minister", "VALGOV", "condemned", null, null, "111", -2.0, 3)
                .build();
    }

    /** Every article-bearing table, counted. */
    private static List<Object> rows(EventStore store) {
        return store.sql("""
                SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM article_texts),
                       (SELECT count(*) FROM events), (SELECT count(*) FROM mentions),
                       (SELECT count(*) FROM problems)""", 1).rows().get(0);
    }

    @Test
    void failedCommitRollsBackEveryTableOfTheBatchAndTheArticlesAreCodedAgain() {
        Path database = folder.resolve("events.duckdb");
        try (EventStore store = EventStore.open(database)) {
            store.accept(clash(1));
        }
        Faults.arm("fail:commit:1");
        EventStore failing = EventStore.open(database);
        failing.accept(clash(2));
        failing.accept(clash(3));
        failing.reject(new Problem(Problem.Kind.EMPTY, "empty.txt", "no text"));
        EnvironmentException failure = assertThrows(EnvironmentException.class, failing::flush);
        assertTrue(failure.getMessage().contains("simulated write failure"), failure.getMessage());
        assertFalse(failing.contains(clash(2).article().id()), "a rolled-back article is not known");
        assertThrows(EnvironmentException.class, () -> failing.accept(clash(4)), "no write after a failure");
        failing.close();
        Faults.arm(null);
        try (EventStore store = EventStore.open(database)) {
            assertEquals(List.of(1L, 1L, 2L, 3L, 1L), rows(store));
            assertFalse(store.contains(clash(2).article().id()));
            store.accept(clash(2));
            store.accept(clash(3));
            store.reject(new Problem(Problem.Kind.EMPTY, "empty.txt", "no text"));
            assertEquals(List.of(3L, 3L, 6L, 9L, 4L), rows(store));
        }
    }

    @Test
    void failureAfterTheAppendersFlushedOnTheirOwnStillLeavesNoRowOfTheBatch() {
        Path database = folder.resolve("events.duckdb");
        // 7 counted rows an article (3 of them mentions): the mentions appender passes its own 2,048-row flush
        // at article 683, before the 6,000th row (article 858) fails.
        Faults.arm("fail:row:6000");
        EventStore failing = EventStore.open(database);
        EnvironmentException failure = assertThrows(EnvironmentException.class, () -> {
            for (int n = 1; n <= 1000; n++) {
                failing.accept(clash(n));
            }
        });
        assertTrue(failure.getMessage().startsWith("cannot store article clash.jsonl:"), failure.getMessage());
        failing.close();
        Faults.arm(null);
        try (EventStore store = EventStore.open(database)) {
            assertEquals(List.of(0L, 0L, 0L, 0L, 0L), rows(store));
        }
    }

    @Test
    void failedMergeKeepsThePreviousMergedTables() {
        Path database = folder.resolve("events.duckdb");
        long merged;
        try (EventStore store = EventStore.open(database)) {
            store.accept(clash(1));
            merged = store.mergeEvents(MergeRules.defaults()).mergedEvents();
        }
        Faults.arm("fail:merge:1");
        EventStore failing = EventStore.open(database);
        failing.accept(clash(2));
        assertThrows(EnvironmentException.class, () -> failing.mergeEvents(MergeRules.defaults()));
        failing.close();
        Faults.arm(null);
        try (EventStore store = EventStore.openReadOnly(database)) {
            assertEquals(List.of(merged), store.sql("SELECT count(*) FROM merged_events", 1).rows().get(0));
        }
    }

    @Test
    void failedCheckpointIsReportedAndTheCommittedRowsSurvive() {
        Path database = folder.resolve("events.duckdb");
        Faults.arm("fail:checkpoint:1");
        EventStore store = EventStore.open(database);
        store.accept(clash(1));
        EnvironmentException failure = assertThrows(EnvironmentException.class, store::close);
        assertTrue(failure.getMessage().contains("checkpoint"), failure.getMessage());
        Faults.arm(null);
        try (EventStore reopened = EventStore.open(database)) {
            assertEquals(List.of(1L, 1L, 2L, 3L, 1L), rows(reopened));
        }
    }

    @Test
    void reRunStoresNoSecondRowForARejectedRecord() {
        Path database = folder.resolve("events.duckdb");
        Problem empty = new Problem(Problem.Kind.EMPTY, "corpus/empty.txt", "the file holds no text");
        try (EventStore store = EventStore.open(database)) {
            store.reject(empty);
            store.reject(empty);
        }
        try (EventStore store = EventStore.open(database)) {
            store.reject(empty);
            store.reject(new Problem(Problem.Kind.EMPTY, "corpus/other.txt", "the file holds no text"));
            assertEquals(List.of(2L), store.sql("SELECT count(*) FROM problems", 1).rows().get(0));
        }
    }

    @Test
    void openingRemovesOrphanProblemsButKeepsThoseOfFailedArticles() throws Exception {
        Path database = folder.resolve("events.duckdb");
        try (EventStore store = EventStore.open(database)) {
            store.accept(clash(1));
        }
        // What a store written before commits were atomic could hold after a crash.
        try (Connection raw = DriverManager.getConnection("jdbc:duckdb:" + database);
             Statement statement = raw.createStatement()) {
            statement.execute("INSERT INTO problems VALUES ('lost', 'x.jsonl:9', 'UNKNOWN_ACTOR', 'orphan')");
            statement.execute("INSERT INTO problems VALUES ('failed', 'x.jsonl:8', 'FAILURE', 'parser died')");
            statement.execute("INSERT INTO problems VALUES (NULL, 'empty.txt', 'EMPTY', 'no text')");
            statement.execute("INSERT INTO mentions VALUES ('lost', 0, 0, 4, 'Tarsk', 'NOR', 'Norland', 'x')");
        }
        try (EventStore store = EventStore.open(database)) {
            assertEquals(List.of(List.of("EMPTY", "-"), List.of("FAILURE", "failed"),
                            List.of("UNKNOWN_ACTOR", clash(1).article().id())),
                    store.sql("SELECT kind, coalesce(article_id, '-') FROM problems ORDER BY kind = 'UNKNOWN_ACTOR', "
                            + "kind", 10).rows());
            assertEquals(List.of(0L), store.sql("SELECT count(*) FROM mentions WHERE article_id = 'lost'", 1)
                    .rows().get(0));
        }
    }

    @Test
    void aDuplicateRecordIsStoredOnceAndTheStoredArticleReadAgainNotAtAll() {
        Path database = folder.resolve("events.duckdb");
        CodedArticle original = clash(1);
        // The same text again at another line of the corpus.
        org.sitrep.model.Article copy = org.sitrep.model.Article.of(original.article().title(),
                original.article().body(), original.article().date(), "", "", "clash.jsonl:99");
        Problem duplicate = new Problem(Problem.Kind.DUPLICATE, copy.origin(),
                "same content as article " + copy.id() + ", stored before");
        for (int run = 0; run < 3; run++) {
            try (EventStore store = EventStore.open(database)) {
                if (run == 0) {
                    store.accept(original);
                } else {
                    store.duplicate(original.article(), new Problem(Problem.Kind.DUPLICATE,
                            original.article().origin(), "same content as article " + copy.id() + ", stored before"));
                }
                store.duplicate(copy, duplicate);
            }
        }
        try (EventStore store = EventStore.openReadOnly(database)) {
            assertEquals(List.of(List.of("UNKNOWN_ACTOR", 1L), List.of("DUPLICATE", 1L)),
                    store.sql("SELECT kind, count(*) FROM problems GROUP BY kind ORDER BY kind DESC", 5).rows());
        }
    }
}
