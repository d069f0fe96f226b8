package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project's coder dev set ({@code gold/coder/refs.jsonl}) against the shared corpora, when they are at hand. */
class CoderDevSetTest {

    private static final Path REFS = Path.of("../gold/coder/refs.jsonl");

    /** {@code ../shared/corpora} beside the repository, or beside the folder of its worktrees. */
    static Optional<Path> sharedCorpora() {
        return Stream.of("../../shared/corpora", "../../../shared/corpora").map(Path::of).filter(Files::isDirectory)
                .findFirst();
    }

    @Test
    void everyReferenceResolvesAndMatchesItsHash(@TempDir Path folder) throws IOException {
        Optional<Path> corpora = sharedCorpora();
        assumeTrue(corpora.isPresent(), "../shared/corpora not present: the dev set's references are not checked");
        List<String> ids = new ArrayList<>();
        for (String line : Files.readAllLines(REFS)) {
            ids.add("{\"id\": \"" + line.replaceAll(".*\"id\": \"([^\"]+)\".*", "$1") + "\", \"events\": []}");
        }
        Path gold = Files.write(folder.resolve("gold.jsonl"), ids);
        GoldFile.Contents contents = GoldFile.read(gold, REFS, corpora.get(), GoldFile.Half.ALL);
        assertEquals(List.of(), contents.errors());
        assertEquals(420, contents.sentences().size());
        assertEquals(210, contents.sentences().stream().filter(sentence -> sentence.half().equals("dev")).count());
    }
}
