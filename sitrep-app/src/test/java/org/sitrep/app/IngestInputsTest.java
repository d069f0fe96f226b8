package org.sitrep.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ingest} from standard input and with {@code --date}. */
class IngestInputsTest {

    @TempDir
    Path folder;

    private String query(String database, String sql) {
        Cli.Result result = Cli.run("sql", sql, "--db", database);
        assertEquals(0, result.status(), result.toString());
        return result.outLines().get(2).strip();
    }

    @Test
    void dashReadsOneTextArticleFromStdinWithTheGivenDate() throws IOException {
        String article = Files.readString(Cli.article(folder, "border-clash.txt"), StandardCharsets.UTF_8);
        String database = folder.resolve("store.duckdb").toString();
        Cli.Result result = Cli.runWithStdin(article, "ingest", "-", "--date", "2024-05-06", "--db", database);
        assertEquals(0, result.status(), result.toString());
        assertTrue(result.outLines().get(0).startsWith("read 1, coded 1,"), result.toString());
        assertEquals("2024-05-06", query(database, "SELECT CAST(date AS VARCHAR) AS d FROM articles"));
        assertEquals("stdin", query(database, "SELECT origin FROM articles"));
    }

    @Test
    void dashReadsJsonLinesFromStdin() {
        String lines = JsonArticles.line("Norland and Kestria sign a trade pact",
                "Norland and Kestria signed a trade pact in the capital on Tuesday.", "2024-02-09") + "\n"
                + JsonArticles.line("Vallonia protests", "Vallonia protested the pact.", "2024-02-10") + "\n";
        String database = folder.resolve("store.duckdb").toString();
        Cli.Result result = Cli.runWithStdin(lines, "ingest", "-", "--db", database);
        assertEquals(0, result.status(), result.toString());
        assertTrue(result.outLines().get(0).startsWith("read 2, coded 2,"), result.toString());
        assertEquals("2", query(database, "SELECT count(*) AS n FROM articles WHERE origin LIKE 'stdin:%'"));
    }

    @Test
    void dateOptionDatesTextFiles() {
        Path file = Cli.article(folder, "defence-pact.txt");
        String database = folder.resolve("store.duckdb").toString();
        Cli.Result result = Cli.run("ingest", file.toString(), "--date", "2023-11-30", "--db", database);
        assertEquals(0, result.status(), result.toString());
        assertEquals("2023-11-30", query(database, "SELECT CAST(date AS VARCHAR) AS d FROM articles"));
    }

    @Test
    void folderOfPageFeedAndCrawlIsCodedAndEveryBadRecordCountedWithItsKind() throws IOException {
        Path web = folder.resolve("web");
        Files.createDirectories(web);
        Files.writeString(web.resolve("story.html"), """
                <html lang="en"><head><title>Norland and Kestria sign a trade pact</title>
                <meta property="article:published_time" content="2024-03-05T09:00:00Z"></head><body>
                <nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <article><h1>Norland and Kestria sign a trade pact</h1>
                <p>Norland and Kestria signed a trade pact in the Norlandic capital on Tuesday, cutting tariffs on
                grain and timber, the two foreign ministries said.</p>
                <p>Vallonia criticised the agreement and said it would ask the regional court to review it.</p>
                </article><div class="comments"><p>Great news for farmers on both sides of the border.</p></div>
                </body></html>
                """, StandardCharsets.UTF_8);
        Files.writeString(web.resolve("index.html"),
                "<html><body><nav><a href='/a'>One</a> <a href='/b'>Two</a></nav></body></html>",
                StandardCharsets.UTF_8);
        Files.writeString(web.resolve("feed.rss"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Vallonia Wire</title><link>https://wire.example/</link>
                <description>News</description>
                <item><title>Vallonia recalls its ambassador to Norland</title><link>https://wire.example/1</link>
                <pubDate>Wed, 06 Mar 2024 10:00:00 +0000</pubDate>
                <description>Vallonia recalled its ambassador to Norland on Wednesday in protest at the pact.</description></item>
                <item><title>Empty entry</title><link>https://wire.example/2</link></item>
                </channel></rss>
                """, StandardCharsets.UTF_8);
        String database = folder.resolve("store.duckdb").toString();
        Cli.Result result = Cli.run("ingest", web.toString(), "--db", database);
        assertEquals(0, result.status(), result.toString());
        String summary = result.outLines().get(0);
        assertTrue(summary.startsWith("read 4, coded 2, skipped 2"), result.toString());
        assertTrue(summary.contains("EMPTY 1") && summary.contains("NO_ARTICLE 1"), summary);
        assertEquals("2024-03-05", query(database,
                "SELECT CAST(date AS VARCHAR) AS d FROM articles WHERE origin LIKE '%story.html'"));
    }

    @Test
    void dashWithOtherPathsAndBadDatesAreUsageErrors() {
        Path file = Cli.article(folder, "defence-pact.txt");
        assertEquals(2, Cli.run("ingest", "-", file.toString()).status());
        assertEquals(2, Cli.run("ingest", file.toString(), "--date", "30/11/2023").status());
    }
}
