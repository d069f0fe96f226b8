package org.sitrep.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalPetrarchCommandTest {

    @TempDir
    Path folder;

    /** Invented PETRARCH dictionaries in a folder of their own. */
    static Path dictionaries(Path parent) throws IOException {
        Path folder = Files.createDirectories(parent.resolve("dictionaries"));
        Files.writeString(folder.resolve("invented.verbs.txt"), String.join("\n",
                "&GRAINS", "+BARLEY", "+RYE_FLOUR", "",
                "--- SHIP  [071]  ---", "SHIP", "- * &GRAINS TO +  [0233]", "",
                "--- RESTORE  [064]  ---", "RESTORE", "- * DIPLOMATIC  [064]", ""));
        Files.writeString(folder.resolve("invented.actors.txt"), "VALDORIA [VAL]\n+VALDORIAN\nNUR [NUR]\n");
        Files.writeString(folder.resolve("invented.agents.txt"), "ENVOY [~GOV]\n");
        Files.writeString(folder.resolve("invented.discards.txt"), "+HAILSTORM\n");
        return folder;
    }

    private static Path records(Path folder) throws IOException {
        return Files.writeString(folder.resolve("records.xml"), """
                <Validation>
                <Environment>
                    <Verbfile>invented.verbs.txt</Verbfile>
                    <Actorfile>invented.actors.txt</Actorfile>
                    <Agentfile>invented.agents.txt</Agentfile>
                    <Discardfile>invented.discards.txt</Discardfile>
                </Environment>
                <Sentences>
                <Sentence date="20120301" id="A-1" category="SYNSET" sentence="true">
                <EventCoding sourcecode="VAL" targetcode="NUR" eventcode="0233"></EventCoding>
                <Text>Valdoria shipped barley to Nur.</Text>
                </Sentence>
                <Sentence date="20120301" id="A-2" category="PATTERN" sentence="true">
                <EventCoding sourcecode="NUR" targetcode="VAL" eventcode="064"></EventCoding>
                <Text>Valdoria restored diplomatic ties with Nur.</Text>
                </Sentence>
                <Sentence date="20120301" id="A-3" category="ERROR" sentence="true">
                <EventCoding error="storydiscard"></EventCoding>
                <Text>A hailstorm stopped Valdoria restoring diplomatic ties with Nur.</Text>
                </Sentence>
                </Sentences>
                </Validation>
                """);
    }

    @Test
    void printsMatchedMissedAndSpuriousTriplesPerCategory() throws IOException {
        Path dictionaries = dictionaries(folder);
        Cli.Result result = Cli.run("eval", "petrarch", records(dictionaries).toString(), "--dictionaries",
                dictionaries.toString(), "--details");
        assertEquals(0, result.status(), result.toString());
        String out = result.out();
        assertTrue(out.matches("(?s).*\\nSYNSET\\s+1\\s+1\\s+1\\s+0\\s+0\\s+100\\.0%\\s+0\\.0%\\n.*"), out);
        assertTrue(out.matches("(?s).*\\nPATTERN\\s+1\\s+1\\s+0\\s+1\\s+1\\s+0\\.0%\\s+100\\.0%\\n.*"), out);
        assertTrue(out.matches("(?s).*\\noverall\\s+3\\s+2\\s+1\\s+1\\s+1\\s+50\\.0%\\s+50\\.0%\\n.*"), out);
        assertTrue(out.contains("A-2 [PATTERN] Valdoria restored diplomatic ties with Nur."), out);
        assertTrue(result.err().contains("PETRARCH dictionaries: 2 verb blocks with 2 patterns"), result.toString());
    }

    @Test
    void failsWhenTheMatchedShareIsBelowTheThreshold() throws IOException {
        Path dictionaries = dictionaries(folder);
        Path records = records(dictionaries);
        Cli.Result below = Cli.run("eval", "petrarch", records.toString(), "--dictionaries", dictionaries.toString(),
                "--min-matched", "60");
        assertEquals(1, below.status(), below.toString());
        assertTrue(below.err().contains("matched 50.0% of the expected triples, below the required 60.0%"),
                below.toString());
        Cli.Result above = Cli.run("eval", "petrarch", records.toString(), "--dictionaries", dictionaries.toString(),
                "--min-matched", "50");
        assertEquals(0, above.status(), above.toString());
    }

    @Test
    void codesArticlesWithPetrarchDictionaries() throws IOException {
        Path dictionaries = dictionaries(folder);
        Path article = Files.writeString(folder.resolve("article.txt"), "Trade\n\nValdoria shipped rye flour to Nur.\n");
        Cli.Result result = Cli.run("code", article.toString(), "--date", "2012-03-01", "--dictionaries",
                dictionaries.toString());
        assertEquals(0, result.status(), result.toString());
        assertEquals(1, result.outLines().size(), result.toString());
        assertTrue(result.out().contains("\"cameo_code\":\"0233\""), result.toString());
    }

    @Test
    void aFolderWithoutVerbDictionaryIsBadUsage() throws IOException {
        Path empty = Files.createDirectories(folder.resolve("empty"));
        Path article = Files.writeString(folder.resolve("article.txt"), "Valdoria shipped rye flour to Nur.\n");
        Cli.Result result = Cli.run("code", article.toString(), "--dictionaries", empty.toString());
        assertEquals(2, result.status(), result.toString());
        assertTrue(result.err().contains("must hold one verb dictionary"), result.toString());
    }
}
