package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Problem;
import org.sitrep.pipeline.Input;

/**
 * Articles read through {@link ArticleReader}: English is kept, other languages are skipped as
 * {@code LANGUAGE xx} rather than coded into nothing. Fixtures: invented news paragraphs, one per language.
 */
class LanguageSkipTest {

    private static List<String[]> fixtures() throws IOException {
        List<String[]> fixtures = new ArrayList<>();
        try (InputStream in = LanguageSkipTest.class.getResourceAsStream("internal/languages.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    fixtures.add(line.split("\t", 2));
                }
            }
        }
        return fixtures;
    }

    private static Input readOne(String text) {
        ReadOptions options = new ReadOptions(LocalDate.of(2025, 6, 1), 100_000);
        try (ArticleReader reader = ArticleReader.openStream(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "stdin", options)) {
            Input input = reader.next();
            assertTrue(!reader.hasNext(), "one article per text");
            return input;
        }
    }

    @Test
    void nonEnglishArticlesAreSkippedWithTheirLanguageCode() throws IOException {
        int checked = 0;
        for (String[] fixture : fixtures()) {
            if (fixture[0].equals("en")) {
                continue;
            }
            Input input = readOne("Headline\n" + fixture[1]);
            Problem problem = assertInstanceOf(Input.Unreadable.class, input, fixture[0]).problem();
            assertEquals(Problem.Kind.LANGUAGE, problem.kind());
            assertTrue(problem.kind().fatal());
            assertTrue(problem.message().startsWith("LANGUAGE " + fixture[0] + ":"), problem.message());
            checked++;
        }
        assertEquals(18, checked, "three paragraphs each of fr, de, es, ar, ru, zh");
    }

    @Test
    void englishArticlesAreKeptWithoutALanguageProblem() throws IOException {
        int checked = 0;
        for (String[] fixture : fixtures()) {
            if (!fixture[0].equals("en")) {
                continue;
            }
            Input.Readable readable = assertInstanceOf(Input.Readable.class, readOne("Headline\n" + fixture[1]));
            assertTrue(readable.problems().stream().noneMatch(p -> p.kind() == Problem.Kind.LANGUAGE));
            checked++;
        }
        assertEquals(2, checked);
    }
}
