package org.sitrep.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {

    private static final Pattern SUMMARY = Pattern.compile(
            "read (\\d+), coded (\\d+), skipped (\\d+)(?: \\(([^)]*)\\))?, events (\\d+), problems (\\d+)");
    private static final Pattern MERGED = Pattern.compile(
            "[\\d,]+ coded events -> [\\d,]+ merged events \\([\\d,]+ mentions, [\\d,]+ republished copies\\)");

    @TempDir
    Path folder;

    /** The numbers of a summary line: read, coded, skipped, events, problems. */
    private static long[] summary(Cli.Result result) {
        assertEquals(0, result.status(), result.toString());
        // The batch summary, then what merging the stored events gave.
        assertEquals(2, result.outLines().size(), result.toString());
        Matcher matcher = SUMMARY.matcher(result.outLines().get(0).strip());
        assertTrue(matcher.matches(), result.toString());
        assertTrue(MERGED.matcher(result.outLines().get(1)).matches(), result.toString());
        return new long[] {Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)),
            Long.parseLong(matcher.group(3)), Long.parseLong(matcher.group(5)), Long.parseLong(matcher.group(6))};
    }

    private String count(String database, String table) {
        Cli.Result result = Cli.run("sql", "SELECT count(*) AS n FROM " + table, "--db", database);
        assertEquals(0, result.status(), result.toString());
        return result.outLines().get(2).strip();
    }

    @Test
    void ingestingTheSameArticlesTwiceStoresThemOnce() {
        Path articles = folder.resolve("articles");
        Cli.article(articles, "border-clash.txt");
        Cli.article(articles, "defence-pact.txt");
        String database = folder.resolve("store.duckdb").toString();

        long[] first = summary(Cli.run("ingest", articles.toString(), "--db", database, "--threads", "2"));
        String eventsAfterFirst = count(database, "events");
        Cli.Result again = Cli.run("ingest", articles.toString(), "--db", database);
        long[] second = summary(again);

        assertEquals(2, first[0]);
        assertEquals(2, first[1]);
        assertTrue(first[3] > 0, "two articles of conflict and cooperation between states yield events");
        assertEquals(String.valueOf(first[3]), eventsAfterFirst);
        assertEquals(2, second[0]);
        assertEquals(0, second[1]);
        assertEquals(2, second[2]);
        assertTrue(again.out().contains("(DUPLICATE 2)"), again.toString());
        assertEquals(0, second[3]);
        assertEquals(eventsAfterFirst, count(database, "events"));
        assertEquals("2", count(database, "articles"));
    }

    @Test
    void countsAddUpOverAFolderWithBadFiles() throws IOException {
        Path corpus = folder.resolve("corpus");
        Cli.article(corpus, "border-clash.txt");
        Files.writeString(corpus.resolve("empty.txt"), "", StandardCharsets.UTF_8);
        Files.write(corpus.resolve("binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 0, 1, 2, 3, 0, 0, 0});
        Files.writeString(corpus.resolve("wire.jsonl"), String.join("\n",
                JsonArticles.line("Chad and Niger hold border talks",
                        "Chad and Niger held talks on border security in N'Djamena on Friday.", "2024-02-09"),
                "{\"title\": \"cut off in the middle",
                JsonArticles.line("Mali expels French ambassador",
                        "Mali expelled the French ambassador and accused France of interference.", "2024-02-10"))
                + "\n", StandardCharsets.UTF_8);
        String database = folder.resolve("store.duckdb").toString();

        Cli.Result result = Cli.run("ingest", corpus.toString(), "--db", database);
        long[] counts = summary(result);

        // border-clash.txt and two good JSON lines are coded; the empty file, the binary file and the broken
        // line are skipped, each for its own reason.
        assertEquals(6, counts[0], result.toString());
        assertEquals(3, counts[1], result.toString());
        assertEquals(3, counts[2], result.toString());
        assertEquals(counts[0], counts[1] + counts[2]);
        assertTrue(result.out().contains("BINARY 1"), result.toString());
        assertTrue(result.out().contains("EMPTY 1"), result.toString());
        assertTrue(result.out().contains("MALFORMED_RECORD 1"), result.toString());
        assertEquals("3", count(database, "articles WHERE NOT skipped"));
        assertEquals(String.valueOf(counts[4]), count(database, "problems"));
    }

    @Test
    void anUnusableStoreIsReportedBeforeTheModelsLoad() throws IOException {
        Path corpus = folder.resolve("corpus");
        Cli.article(corpus, "border-clash.txt");
        Path notADatabase = folder.resolve("notes.duckdb");
        Files.writeString(notADatabase, "shopping list: bread, tea\n", StandardCharsets.UTF_8);
        AtomicInteger pipelinesMade = new AtomicInteger();

        Cli.Result result = Cli.run(() -> {
            pipelinesMade.incrementAndGet();
            return Cli.pipeline();
        }, "", "ingest", corpus.toString(), "--db", notADatabase.toString());

        assertEquals(1, result.status(), result.toString());
        assertTrue(result.err().contains(notADatabase.toString()), result.toString());
        assertEquals(0, pipelinesMade.get(), "the pipeline is not built for a store that cannot be opened");
    }
}
