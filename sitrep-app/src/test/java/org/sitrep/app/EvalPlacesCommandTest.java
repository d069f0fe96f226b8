package org.sitrep.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sitrep eval places} on an invented one-article corpus in NewsCluster's layout. */
class EvalPlacesCommandTest {

    @TempDir
    Path folder;

    private Path gold() throws IOException {
        Path articles = Files.createDirectories(folder.resolve("corpora/newscluster/news_cluster"));
        Files.writeString(articles.resolve("a1.json"), "{\"title\": \"Shelling in Aleppo\", \"text\": \"Syrian "
                + "government forces shelled rebel positions in Aleppo on Monday, killing five civilians.\", "
                + "\"date_publish\": \"2016-08-01 10:00:00\", \"url\": \"https://example.org/a1\"}");
        return Files.write(folder.resolve("places.jsonl"), List.of("{\"id\": \"p1\", \"half\": \"test\", "
                + "\"corpus\": \"newscluster\", \"article\": \"a1.json\", \"place\": \"Aleppo\", \"lat\": 36.2, "
                + "\"lon\": 37.16}"));
    }

    @Test
    void gatesExitWithOneBelowTheFigure() throws IOException {
        Path gold = gold();
        String corpora = folder.resolve("corpora").toString();
        Cli.Result passing = Cli.run("eval", "places", gold.toString(), "--corpora", corpora, "--min-modal", "0",
                "--min-any-place", "0");
        assertEquals(0, passing.status(), passing.toString());
        assertTrue(passing.out().contains("(c) modal event location"), passing.toString());
        Cli.Result failing = Cli.run("eval", "places", gold.toString(), "--corpora", corpora, "--min-modal", "101");
        assertEquals(1, failing.status(), failing.toString());
        assertTrue(failing.err().contains("is below --min-modal 101.0%"), failing.toString());
    }
}
