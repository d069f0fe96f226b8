package org.sitrep.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sitrep eval gold} and {@code sitrep eval agreement} on invented text-based gold files. */
class EvalGoldCommandTest {

    @TempDir
    Path folder;

    /**
     * Two sentences with a gold event the coder cannot produce (a weather report holds no attack), one without
     * gold events, one line unusable.
     */
    private Path gold() throws IOException {
        return Files.write(folder.resolve("gold.jsonl"), List.of(
                "{\"id\": \"w1\", \"half\": \"dev\", \"date\": \"2024-05-02\", \"text\": \"The weather in Paris was "
                        + "mild on Tuesday.\", "
                        + "\"events\": [{\"source\": \"FRA\", \"code\": \"190\", \"target\": \"DEU\"}]}",
                "{\"id\": \"w2\", \"half\": \"test\", \"text\": \"Rain is expected in Lyon later this week.\", "
                        + "\"events\": [{\"source\": \"FRA\", \"code\": \"195\", \"target\": \"\"}]}",
                "{\"id\": \"w3\", \"half\": \"test\", \"text\": \"The museum opened a new wing for sculpture.\", "
                        + "\"events\": []}",
                "{\"id\": \"w4\", \"half\": \"test\", \"text\": \"A broken line.\", "
                        + "\"events\": [{\"code\": \"777\"}]}"));
    }

    @Test
    void printsTablesAndEndsWithTheHeadline() throws IOException {
        Cli.Result result = Cli.run("eval", "gold", gold().toString());
        assertEquals(0, result.status(), result.toString());
        List<String> lines = result.outLines();
        assertTrue(lines.get(lines.size() - 1).startsWith("gold: 3 sentences (2 with events), root recall 0.0%, "
                + "PLOVER type 0.0%, type+countries 0.0%, exact triple 0.0%, root precision "), result.toString());
        assertTrue(lines.get(lines.size() - 1).endsWith(" (1 lines unreadable)"), result.toString());
        assertTrue(result.out().contains("root confusion (rows gold, columns produced)"), result.toString());
        assertTrue(result.err().contains("unusable line gold.jsonl:4 [w4]: not a CAMEO event code: '777'"),
                result.toString());
    }

    @Test
    void errorClassesAddTheirTableAfterTheHeadline() throws IOException {
        Path gold = Files.write(folder.resolve("classes.jsonl"), List.of(
                "{\"id\": \"c1\", \"text\": \"The weather in Paris was mild on Tuesday.\", \"classes\": [8], "
                        + "\"events\": []}",
                "{\"id\": \"c2\", \"text\": \"Rain is expected in Lyon later this week.\", \"classes\": [2, 7], "
                        + "\"events\": [{\"source\": \"FRA\", \"code\": \"195\", \"target\": \"\"}]}"));
        Cli.Result result = Cli.run("eval", "gold", gold.toString());
        assertEquals(0, result.status(), result.toString());
        List<String> lines = result.outLines();
        int headline = lines.indexOf(lines.stream().filter(line -> line.startsWith("gold: 2 sentences")).findFirst()
                .orElseThrow());
        assertTrue(lines.get(headline + 2).startsWith("error class"), result.toString());
        assertTrue(lines.get(headline + 4).matches("2 intent, promise, future\\s+1\\s+1\\s+0\\.0%.*"),
                result.toString());
        assertEquals(headline + 11, lines.size(), result.toString());
        Cli.Result bad = Cli.run("eval", "gold", Files.write(folder.resolve("bad.jsonl"), List.of(
                "{\"id\": \"b1\", \"text\": \"Rain again.\", \"classes\": [12], \"events\": []}")).toString());
        assertTrue(bad.err().contains("unusable line bad.jsonl:1 [b1]: 'classes' must be a list of distinct "
                + "error-class numbers from 1 to 8: 12 is not one"), bad.toString());
    }

    @Test
    void halfSelectsTheSentencesScored() throws IOException {
        Cli.Result result = Cli.run("eval", "gold", gold().toString(), "--half", "dev", "--json");
        assertEquals(0, result.status(), result.toString());
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertEquals(1, json.path("sentences").asInt());
        assertEquals(1, json.path("levels").path("root").path("gold").asInt());
        assertEquals(0, json.path("unreadableLines").asInt());
    }

    @Test
    void gatesExitWithOneBelowTheFigure() throws IOException {
        Path gold = gold();
        Cli.Result failing = Cli.run("eval", "gold", gold.toString(), "--half", "dev", "--min-root-recall", "50");
        assertEquals(1, failing.status(), failing.toString());
        assertTrue(failing.err().contains("root recall 0.0% is below the required 50.0% (--min-root-recall)"),
                failing.toString());
        Cli.Result passing = Cli.run("eval", "gold", gold.toString(), "--half", "dev", "--min-root-recall", "0");
        assertEquals(0, passing.status(), passing.toString());
        Cli.Result unreadable = Cli.run("eval", "gold", gold.toString(), "--max-unreadable", "0");
        assertEquals(1, unreadable.status(), unreadable.toString());
    }

    @Test
    void detailsListTheSentencesThatDiffer() throws IOException {
        Path details = folder.resolve("details.txt");
        Cli.Result result = Cli.run("eval", "gold", gold().toString(), "--details", details.toString());
        assertEquals(0, result.status(), result.toString());
        String text = Files.readString(details);
        assertTrue(text.contains("w1 [dev] The weather in Paris was mild on Tuesday.\n  gold     [FRA 190 DEU]\n"),
                text);
        assertTrue(text.contains("  root missed   [FRA 190 DEU]"), text);
    }

    @Test
    void badHalfIsAUsageError() throws IOException {
        Cli.Result result = Cli.run("eval", "gold", gold().toString(), "--half", "train");
        assertEquals(2, result.status(), result.toString());
    }

    @Test
    void agreementComparesTwoAnnotationFiles() throws IOException {
        Path a = Files.write(folder.resolve("a.jsonl"), List.of(
                "{\"id\": \"s1\", \"events\": [{\"source\": \"FRA\", \"code\": \"111\", \"target\": \"DEU\"}]}",
                "{\"id\": \"s2\", \"events\": []}"));
        Path b = Files.write(folder.resolve("b.jsonl"), List.of(
                "{\"id\": \"s1\", \"events\": [{\"source\": \"FRA\", \"code\": \"112\", \"target\": \"DEU\"}]}",
                "{\"id\": \"s2\", \"events\": []}"));
        Cli.Result result = Cli.run("eval", "agreement", a.toString(), b.toString(), "--json");
        assertEquals(0, result.status(), result.toString());
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertEquals(2, json.path("sentences").asInt());
        assertEquals(1.0, json.path("levels").path("root").path("f1").asDouble(), 1e-9);
        assertEquals(0.0, json.path("levels").path("code").path("f1").asDouble(), 1e-9);
        assertEquals(1.0, json.path("eventOrNone").path("kappa").asDouble(), 1e-9);
    }
}
