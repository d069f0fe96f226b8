package org.sitrep.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    private static final Pattern EVENT_COUNT = Pattern.compile("tokens: (\\d+) events?,");

    @TempDir
    Path folder;

    private static int eventCount(Cli.Result result) {
        Matcher matcher = EVENT_COUNT.matcher(result.out());
        assertTrue(matcher.find(), result.toString());
        return Integer.parseInt(matcher.group(1));
    }

    @Test
    void printsATableOfTheDemoArticlesEventsWithCameoDescriptions() {
        Cli.Result result = Cli.run("demo");
        assertEquals(0, result.status(), result.toString());
        List<String> lines = result.outLines();
        assertTrue(lines.get(0).startsWith("Turkish troops seize"), result.toString());
        int events = eventCount(result);
        assertTrue(events >= 5, "a story of a capture, demands, threats and a surrender: " + result);
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("SOURCE")).findFirst().orElseThrow());
        List<String> rows = lines.subList(header + 2, header + 2 + events);
        // A capture in the story: some row must be coded in root 19 (fight) or 17 (coerce) with a description.
        assertTrue(rows.stream().anyMatch(row -> row.matches(".*\\b1[79]\\d{0,2} [A-Z][a-z].*")), result.toString());
        assertTrue(rows.stream().anyMatch(row -> row.contains("TUR")), result.toString());
        assertTrue(result.out().contains("temporary"), result.toString());
    }

    @Test
    void storesTheArticleOnceInAGivenDatabase() {
        String database = folder.resolve("demo.duckdb").toString();
        Cli.Result first = Cli.run("demo", "--db", database);
        Cli.Result second = Cli.run("demo", "--db", database);
        assertEquals(0, first.status(), first.toString());
        assertEquals(0, second.status(), second.toString());
        assertTrue(first.out().contains("stored in " + database), first.toString());
        assertTrue(second.out().contains("already in " + database), second.toString());
        Cli.Result count = Cli.run("sql", "SELECT count(*) AS n FROM events", "--db", database);
        assertEquals(0, count.status(), count.toString());
        assertEquals(String.valueOf(eventCount(first)), count.outLines().get(2).strip(), count.toString());
    }
}
