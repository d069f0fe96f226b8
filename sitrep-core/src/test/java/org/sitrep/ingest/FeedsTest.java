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

/** RSS and Atom feeds read through {@link ArticleReader}, one input per entry. */
class FeedsTest {

    @TempDir
    Path folder;

    private List<Input> read(String name, LocalDate defaultDate) throws IOException {
        Path file = folder.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("feeds/" + name)) {
            Files.write(file, in.readAllBytes());
        }
        List<Input> inputs = new ArrayList<>();
        try (ArticleReader reader = ArticleReader.open(List.of(file), new ReadOptions(defaultDate, 100_000))) {
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
    void rssEntryWithContentIsCodedFromItsContentUnflagged() throws IOException {
        List<Input> inputs = read("world.rss", null);
        assertEquals(4, inputs.size(), "one input per entry");
        Input.Readable treaty = readable(inputs.get(0));
        Article article = treaty.article();
        assertEquals("Vallonia and Kestria sign water-sharing treaty", article.title());
        assertTrue(article.body().startsWith("Vallonia and Kestria signed a treaty"), article.body());
        assertTrue(article.body().contains("\n\nThe treaty sets minimum summer flows"), article.body());
        assertEquals(LocalDate.of(2025, 4, 8), article.date());
        assertEquals("https://herald.example/world/water-treaty", article.url());
        assertEquals("Norland Herald - World", article.source());
        assertTrue(article.origin().endsWith("world.rss#1"), article.origin());
        assertEquals(List.of(), treaty.problems());
    }

    @Test
    void entryWithOnlyASummaryIsCodedFromItAndFlagged() throws IOException {
        Input.Readable expulsions = readable(read("world.rss", null).get(1));
        assertEquals("Norland ordered two Kestrian diplomats to leave the country within 48 hours, accusing them "
                + "of spying.", expulsions.article().body(), "markup in the summary is dropped");
        assertEquals(Problem.Kind.SUMMARY_ONLY, expulsions.problems().get(0).kind());
    }

    @Test
    void entryWithNoBodyIsSkippedWithAReason() throws IOException {
        Problem problem = problem(read("world.rss", null).get(2));
        assertEquals(Problem.Kind.EMPTY, problem.kind());
        assertTrue(problem.message().contains("neither content nor a summary"), problem.message());
    }

    @Test
    void entryWithNoDateIsSkippedWithAReasonUnlessADefaultDateIsGiven() throws IOException {
        List<Input> inputs = read("undated.rss", null);
        assertEquals(3, inputs.size(), "every entry is accounted for");
        assertEquals(LocalDate.of(2025, 6, 12), readable(inputs.get(0)).article().date());
        Problem undated = problem(inputs.get(1));
        assertEquals(Problem.Kind.NO_DATE, undated.kind());
        assertTrue(undated.kind().fatal());
        assertTrue(undated.message().contains("'Varnian envoy meets Ostmark mayors' has no published or updated "
                + "date"), undated.message());
        assertTrue(undated.origin().endsWith("undated.rss#2"), undated.origin());

        Input.Readable dated = readable(read("undated.rss", LocalDate.of(2025, 6, 13)).get(1));
        assertEquals(LocalDate.of(2025, 6, 13), dated.article().date(), "--date supplies the missing date");
        assertTrue(dated.problems().stream().noneMatch(p -> p.kind() == Problem.Kind.BAD_DATE));
    }

    @Test
    void entryWithOnlyAnImplausibleDateIsSkippedUnlessADefaultDateIsGiven() throws IOException {
        Problem ancient = problem(read("undated.rss", null).get(2));
        assertEquals(Problem.Kind.NO_DATE, ancient.kind());
        assertTrue(ancient.message().contains("implausible date (1861-06-03)"), ancient.message());

        Input.Readable dated = readable(read("undated.rss", LocalDate.of(2025, 6, 13)).get(2));
        assertEquals(LocalDate.of(2025, 6, 13), dated.article().date());
        assertTrue(dated.problems().stream().anyMatch(p -> p.kind() == Problem.Kind.BAD_DATE), dated.toString());
    }

    @Test
    void worldFeedEntryWithNoDateIsSkippedWithoutDefaultAndDatedWithIt() throws IOException {
        assertEquals(Problem.Kind.NO_DATE, problem(read("world.rss", null).get(3)).kind());
        Input.Readable dated = readable(read("world.rss", LocalDate.of(2025, 4, 10)).get(3));
        assertEquals(LocalDate.of(2025, 4, 10), dated.article().date());
    }

    @Test
    void atomEntriesUseContentThenSummaryAndPublishedThenUpdated() throws IOException {
        List<Input> inputs = read("briefing.atom", null);
        Article talks = readable(inputs.get(0)).article();
        assertTrue(talks.body().startsWith("The Kestria port authority and the dock workers' union"), talks.body());
        assertEquals(LocalDate.of(2025, 3, 1), talks.date(), "published, not updated");
        assertEquals("https://kestria-post.example/port-talks", talks.url());
        Input.Readable minister = readable(inputs.get(1));
        assertEquals(LocalDate.of(2025, 3, 2), minister.article().date(), "updated when never published");
        assertEquals(Problem.Kind.SUMMARY_ONLY, minister.problems().get(0).kind());
    }

    @Test
    void brokenFeedIsOneMalformedProblem() throws IOException {
        List<Input> inputs = read("broken.rss", null);
        assertEquals(1, inputs.size());
        assertEquals(Problem.Kind.MALFORMED_RECORD, problem(inputs.get(0)).kind());
        assertTrue(problem(inputs.get(0)).message().startsWith("not an RSS or Atom feed"));
    }

    @Test
    void feedInAnotherLanguageSkipsEachEntryWithItsCode() throws IOException {
        Problem problem = problem(read("nouvelles.rss", null).get(0));
        assertEquals(Problem.Kind.LANGUAGE, problem.kind());
        assertTrue(problem.message().startsWith("LANGUAGE fr"), problem.message());
    }
}
