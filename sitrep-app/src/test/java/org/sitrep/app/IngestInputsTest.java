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
    void dashWithOtherPathsAndBadDatesAreUsageErrors() {
        Path file = Cli.article(folder, "defence-pact.txt");
        assertEquals(2, Cli.run("ingest", "-", file.toString()).status());
        assertEquals(2, Cli.run("ingest", file.toString(), "--date", "30/11/2023").status());
    }
}
