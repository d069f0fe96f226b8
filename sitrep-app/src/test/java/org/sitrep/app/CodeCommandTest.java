package org.sitrep.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    static List<JsonNode> parse(List<String> lines) throws IOException {
        List<JsonNode> events = new ArrayList<>();
        for (String line : lines) {
            JsonNode node = JSON.readTree(line);
            assertTrue(node.isObject(), line);
            events.add(node);
        }
        return events;
    }

    @Test
    void printsOneJsonObjectPerEventOfTheArticle() throws IOException {
        Path article = Cli.article(folder, "border-clash.txt");
        Cli.Result result = Cli.run("code", article.toString(), "--date", "2025-06-04");
        assertEquals(0, result.status(), result.toString());
        List<JsonNode> events = parse(result.outLines());
        assertFalse(events.isEmpty(), "an attack, an accusation and a demand between two countries: " + result);
        String serialised = result.out();
        assertTrue(serialised.contains("2025-06-04"), "the --date is the events' date: " + result);
        assertTrue(serialised.contains("SDN") && serialised.contains("ETH"), result.toString());
    }

    @Test
    void readsTheArticleFromStdinWhenTheFileIsADash() {
        Path article = Cli.article(folder, "border-clash.txt");
        Cli.Result fromFile = Cli.run("code", article.toString());
        Cli.Result fromStdin = Cli.runWithStdin(Cli.text("border-clash.txt"), "code", "-");
        assertEquals(0, fromStdin.status(), fromStdin.toString());
        // The same title and body give the same article id, so the same events with the same ids.
        assertEquals(fromFile.out(), fromStdin.out());
    }

    @Test
    void keepStatementsKeepsTheSayingBesideTheReportedEvent() throws IOException {
        Path article = Files.writeString(folder.resolve("said.txt"),
                "Statement\n\nFrance said Germany attacked Poland.\n");
        List<JsonNode> plain = parse(Cli.run("code", article.toString()).outLines());
        List<JsonNode> kept = parse(Cli.run("code", article.toString(), "--keep-statements").outLines());
        assertTrue(plain.stream().noneMatch(e -> e.get("cameo_code").asText().equals("010")), plain.toString());
        assertTrue(plain.stream().anyMatch(e -> e.get("cameo_code").asText().startsWith("19")), plain.toString());
        assertTrue(kept.stream().anyMatch(e -> e.get("cameo_code").asText().equals("010")), kept.toString());
        assertEquals(plain.size() + 1, kept.size(), kept.toString());
    }

    @Test
    void emptyArticleIsReportedOnStderrAndExitsWithOne() throws IOException {
        Path empty = Files.writeString(folder.resolve("empty.txt"), "  \n\n");
        Cli.Result result = Cli.run("code", empty.toString());
        assertEquals(1, result.status(), result.toString());
        assertTrue(result.out().isEmpty(), result.toString());
        assertEquals(1, result.errLines().size(), result.toString());
        assertTrue(result.err().startsWith("EMPTY "), result.toString());
    }
}
