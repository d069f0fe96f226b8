package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.store.internal.TextIndexCache;

/**
 * A store opened batch after batch in one process (as the watcher opens it) finds copies of texts stored in any
 * earlier opening, while indexing only the texts stored since the last one; what a session looked up but never
 * stored, or what was removed from the store behind its back, is not found.
 */
class DuplicatesAcrossOpeningsTest {

    private static final LocalDate DAY = LocalDate.of(2024, 9, 2);
    private static final String[] STORIES = {
            "Engineers closed the old stone bridge at Harl after divers found cracks in two of its piers. Traffic "
                    + "to the market town now takes the ferry, and the council says repairs will take the summer.",
            "The Tovan rowing club won the autumn regatta for a third year, beating crews from four valleys on a "
                    + "windy lake. Its captain thanked the volunteers who rebuilt the boathouse after the flood.",
            "Beekeepers in the Orrin hills report the best heather honey in a decade after a wet spring and a warm "
                    + "August, and the cooperative plans to open a second shop near the railway station."};

    @TempDir
    Path folder;

    private static CodedArticle story(int n, String title) {
        return CodedArticles.titled(title).date(DAY).source("Valley Post").origin("stories.jsonl:" + n)
                .sentence(STORIES[n]).build();
    }

    /** The same story as another paper runs it, under its own headline and with a line added. */
    private static Article reprint(int n) {
        return Article.of("Reprinted: story " + n, STORIES[n] + " Readers may write to the editor.", DAY,
                "Hill Gazette", "", "reprints.jsonl:" + n);
    }

    private static Optional<String> originalIn(Path database, Article article) {
        try (EventStore store = EventStore.open(database)) {
            return store.originalOf(article);
        }
    }

    @Test
    void eachOpeningIndexesOnlyTheTextsStoredSinceAndStillFindsOlderOriginals() throws Exception {
        Path database = folder.resolve("watched.duckdb");
        CodedArticle bridge = story(0, "Bridge at Harl closed");
        CodedArticle regatta = story(1, "Tovan crew wins again");
        try (EventStore store = EventStore.open(database)) {
            assertEquals(Optional.empty(), store.originalOf(bridge.article()));
            store.accept(bridge);
        }
        try (EventStore store = EventStore.open(database)) {
            long before = TextIndexCache.indexedSoFar();
            assertEquals(Optional.empty(), store.originalOf(regatta.article()));
            assertEquals(1, TextIndexCache.indexedSoFar() - before, "only the text stored by the last opening");
            store.accept(regatta);
        }
        long before = TextIndexCache.indexedSoFar();
        assertEquals(Optional.of(bridge.article().id()), originalIn(database, reprint(0)));
        assertEquals(1, TextIndexCache.indexedSoFar() - before);

        // Looked up but never stored: the next opening does not know it.
        Article honey = story(2, "Best honey in a decade").article();
        assertEquals(Optional.empty(), originalIn(database, honey));
        assertEquals(Optional.empty(), originalIn(database, reprint(2)));

        // A text removed behind the store's back: every text is indexed again, and the removed one is gone.
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + database);
             Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM article_texts WHERE article_id = '" + bridge.article().id() + "'");
        }
        before = TextIndexCache.indexedSoFar();
        assertEquals(Optional.empty(), originalIn(database, reprint(0)));
        assertEquals(1, TextIndexCache.indexedSoFar() - before, "the one text left, indexed again");
        assertEquals(Optional.of(regatta.article().id()), originalIn(database, reprint(1)));
    }
}
