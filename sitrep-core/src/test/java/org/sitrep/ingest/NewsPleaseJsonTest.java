package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;
import org.sitrep.pipeline.Input;

/** The fields news-please and trafilatura write, read from JSON lines. */
class NewsPleaseJsonTest {

    private static final LocalDate DEFAULT_DATE = LocalDate.of(2025, 2, 10);

    @TempDir
    Path folder;

    private List<Input> read(String resource) throws IOException {
        Path file = folder.resolve(resource);
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            Files.write(file, in.readAllBytes());
        }
        List<Input> inputs = new ArrayList<>();
        try (ArticleReader reader = ArticleReader.open(List.of(file), new ReadOptions(DEFAULT_DATE, 100_000))) {
            reader.forEachRemaining(inputs::add);
        }
        return inputs;
    }

    private static Input.Readable readable(Input input) {
        return assertInstanceOf(Input.Readable.class, input, input.toString());
    }

    private static Problem problem(Input input) {
        return assertInstanceOf(Input.Unreadable.class, input, input.toString()).problem();
    }

    @Test
    void newsPleaseRecordGivesMaintextDatePublishSourceDomainAndUrl() throws IOException {
        Article article = readable(read("news-please.jsonl").get(0)).article();
        assertEquals("Norland and Vallonia resume border talks", article.title());
        assertTrue(article.body().startsWith("Norland and Vallonia resumed border talks"), article.body());
        assertEquals(LocalDate.of(2025, 2, 2), article.date());
        assertEquals("norland-herald.example", article.source());
        assertEquals("https://norland-herald.example/world/talks", article.url());
    }

    @Test
    void nullDatePublishFallsBackToTheDefaultDate() throws IOException {
        assertEquals(DEFAULT_DATE, readable(read("news-please.jsonl").get(1)).article().date());
    }

    @Test
    void declaredNonEnglishLanguageSkipsTheRecordWithItsCode() throws IOException {
        List<Input> inputs = read("news-please.jsonl");
        Problem german = problem(inputs.get(2));
        assertEquals(Problem.Kind.LANGUAGE, german.kind());
        assertTrue(german.message().startsWith("LANGUAGE de"), german.message());
        Problem spanish = problem(read("trafilatura.jsonl").get(1));
        assertTrue(spanish.message().startsWith("LANGUAGE es"), spanish.message());
    }

    @Test
    void unparseableDatePublishIsABadDateNotALoss() throws IOException {
        Input.Readable budget = readable(read("news-please.jsonl").get(3));
        assertEquals(Problem.Kind.BAD_DATE, budget.problems().get(0).kind());
        assertEquals(null, budget.article().date());
    }

    @Test
    void recordWithNullMaintextAndTitleIsEmpty() throws IOException {
        Problem problem = problem(read("news-please.jsonl").get(4));
        assertTrue(problem.kind() == Problem.Kind.MALFORMED_RECORD || problem.kind() == Problem.Kind.EMPTY,
                problem.toString());
        assertEquals(5, read("news-please.jsonl").size(), "every record is accounted for");
    }

    @Test
    void trafilaturaRecordGivesTextDateHostnameAndEnglishRegionalTag() throws IOException {
        Article article = readable(read("trafilatura.jsonl").get(0)).article();
        assertEquals("Vallonia lifts fuel export ban", article.title());
        assertTrue(article.body().endsWith("The ban had lasted six weeks."), article.body());
        assertEquals(LocalDate.of(2025, 3, 4), article.date());
        assertEquals("Vallonia Wire", article.source(), "trafilatura's source-hostname is the site's name");
        assertEquals("https://vallonia-wire.example/fuel", article.url(), "trafilatura's source is the address");
    }
}
