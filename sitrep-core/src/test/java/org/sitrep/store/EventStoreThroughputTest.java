package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.CodedArticle;

/**
 * The store must not be what slows a batch down: the engine codes a few dozen articles a second, so the
 * store should take thousands.
 */
class EventStoreThroughputTest {

    private static final int ARTICLES = 10_000;

    @TempDir
    Path folder;

    @Test
    void storesTenThousandCodedArticlesFasterThanTheEngineCodesThem() {
        List<CodedArticle> articles = new ArrayList<>(ARTICLES);
        for (int i = 0; i < ARTICLES; i++) {
            articles.add(CodedArticles.titled("Bulletin " + i + ": border incidents reported")
                    .sentence("Valdorian artillery shelled a Kestrel border post near milestone " + i + ".")
                    .sentence("The Kestrel foreign minister condemned the attack in a statement.")
                    .sentence("Ostmark envoys met Valdorian diplomats to discuss a ceasefire.")
                    .date(LocalDate.of(2020, 1, 1).plusDays(i % 700))
                    .url("https://news.example/bulletin/" + i)
                    .origin("synthetic.jsonl:" + (i + 1))
                    .event(1, "Valdorian artillery", "VALMIL", "shelled", "Kestrel border post", "KSTMIL", "195",
                            -10.0, 4)
                    .event(2, "The Kestrel foreign minister", "KSTGOV", "condemned", null, null, "111", -2.0, 3)
                    .event(3, "Ostmark envoys", "OSTGOV", "met", "Valdorian diplomats", "VALGOV", "043", 2.8, 1)
                    .build());
        }
        long start = System.nanoTime();
        try (EventStore store = EventStore.open(folder.resolve("throughput.duckdb"))) {
            for (CodedArticle article : articles) {
                if (!store.contains(article.article().id())) {
                    store.accept(article);
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double perSecond = ARTICLES / seconds;
        System.out.printf(Locale.ROOT, "EventStore: stored %d articles (%d events) in %.2f s, %.0f articles/s%n",
                ARTICLES, ARTICLES * 3, seconds, perSecond);
        try (EventStore store = EventStore.openReadOnly(folder.resolve("throughput.duckdb"))) {
            assertEquals(new StoreCounts(ARTICLES, ARTICLES * 3L, 0, ARTICLES * 5L), store.counts());
            long start2 = System.nanoTime();
            long[] seen = new long[1];
            store.forEachEvent(EventQuery.all(), event -> seen[0]++);
            System.out.printf(Locale.ROOT, "EventStore: streamed %d events in %.2f s%n", seen[0],
                    (System.nanoTime() - start2) / 1e9);
            assertEquals(ARTICLES * 3L, seen[0]);
        }
        // Ten times the engine's target of 20 articles a second, leaving room for slow test machines.
        assertTrue(perSecond > 200, "only " + perSecond + " articles/s");
    }
}
