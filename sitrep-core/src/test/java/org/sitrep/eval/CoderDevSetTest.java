package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.testing.SharedData;

/** The project's coder dev set ({@code gold/coder/refs.jsonl}) against the shared corpora, when they are at hand. */
class CoderDevSetTest {

    private static final Path REFS = Path.of("../gold/coder/refs.jsonl");

    @Test
    void everyReferenceResolvesAndMatchesItsHash(@TempDir Path folder) throws IOException {
        Path corpora = SharedData.require("corpora");
        List<String> ids = new ArrayList<>();
        for (String line : Files.readAllLines(REFS)) {
            ids.add("{\"id\": \"" + line.replaceAll(".*\"id\": \"([^\"]+)\".*", "$1") + "\", \"events\": []}");
        }
        Path gold = Files.write(folder.resolve("gold.jsonl"), ids);
        GoldFile.Contents contents = GoldFile.read(gold, REFS, corpora, GoldFile.Half.ALL);
        assertEquals(List.of(), contents.errors());
        assertEquals(420, contents.sentences().size());
        assertEquals(210, contents.sentences().stream().filter(sentence -> sentence.half().equals("dev")).count());
    }
}
