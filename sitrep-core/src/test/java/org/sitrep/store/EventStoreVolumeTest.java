package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.CodedArticle;

/**
 * A store of ten thousand articles holds and streams back exactly what went in. (How fast is measured by
 * {@code sitrep bench}, not here: timed assertions fail on slow machines for no fault of the code.)
 */
class EventStoreVolumeTest {

    private static final int ARTICLES = 10_000;

    @TempDir
    Path folder;

    @Test
    void storesAndStreamsBackTenThousandCodedArticles() {
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
        try (EventStore store = EventStore.open(folder.resolve("throughput.duckdb"))) {
            for (CodedArticle article : articles) {
                if (!store.contains(article.article().id())) {
                    store.accept(article);
                }
            }
        }
        try (EventStore store = EventStore.openReadOnly(folder.resolve("throughput.duckdb"))) {
            assertEquals(new StoreCounts(ARTICLES, ARTICLES * 3L, 0, ARTICLES * 5L), store.counts());
            long[] seen = new long[1];
            store.forEachEvent(EventQuery.all(), event -> seen[0]++);
            assertEquals(ARTICLES * 3L, seen[0]);
        }
    }
}
