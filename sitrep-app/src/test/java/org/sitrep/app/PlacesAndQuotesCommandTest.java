package org.sitrep.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlacesAndQuotesCommandTest {

    @TempDir
    Path folder;

    @Test
    void placesShowsEachNameWithItsPlaceAndEachEventsLocation() {
        Cli.Result result = Cli.run("places", "Fighting near Aleppo\nSyrian jets bombed Saraqeb on Sunday, and "
                + "Damascus said the raids would go on.", "--date", "2020-02-05");
        assertEquals(0, result.status(), result.toString());
        String saraqeb = result.outLines().stream().filter(l -> l.startsWith("Saraqeb")).findFirst().orElseThrow();
        assertTrue(saraqeb.contains("164816") && saraqeb.contains("Idlib") && saraqeb.contains("35.86"), saraqeb);
        String damascus = result.outLines().stream().filter(l -> l.startsWith("Damascus")).findFirst().orElseThrow();
        assertTrue(damascus.contains("stands for an actor"), damascus);
        assertTrue(result.out().contains("2020-02-02"), "the Sunday before the article: " + result);
    }

    @Test
    void quotesListsSpeakersAsJsonLines() throws IOException {
        Path article = Files.writeString(folder.resolve("talks.txt"), "Envoys meet in Geneva\n\n"
                + "\u201CWe came to listen,\u201D the Iranian foreign minister said on Tuesday.\n\n"
                + "The talks will continue next month, according to Swiss diplomats.\n");
        Cli.Result result = Cli.run("quotes", article.toString(), "--date", "2021-03-10", "--json");
        assertEquals(0, result.status(), result.toString());
        List<JsonNode> quotes = CodeCommandTest.parse(result.outLines());
        assertEquals(2, quotes.size(), result.toString());
        assertEquals("direct", quotes.get(0).get("kind").asText());
        assertEquals("We came to listen,", quotes.get(0).get("text").asText());
        assertTrue(quotes.get(0).get("speaker_code").asText().startsWith("IRN"), quotes.get(0).toString());
        assertEquals("indirect", quotes.get(1).get("kind").asText());
        assertEquals("according to", quotes.get(1).get("cue").asText());
    }

    @Test
    void quotesPrintsATableByDefault() throws IOException {
        Path article = Files.writeString(folder.resolve("one.txt"), "Minister speaks\n\n"
                + "The Iranian foreign minister said that the talks had failed.\n");
        Cli.Result result = Cli.run("quotes", article.toString());
        assertEquals(0, result.status(), result.toString());
        assertTrue(result.outLines().get(0).startsWith("KIND"), result.toString());
        assertTrue(result.out().contains("the talks had failed"), result.toString());
        assertTrue(result.out().contains("(1 quote)"), result.toString());
    }
}
