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
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;
import org.sitrep.pipeline.Input;

/**
 * WARC crawls read through {@link ArticleReader}. The fixture crawl holds, in order: warcinfo, request, an
 * HTML article response, metadata, a JPEG response, a 404 response and an HTML front page.
 */
class WarcTest {

    @TempDir
    Path folder;

    private Path copy(String name) throws IOException {
        Path file = folder.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("warc/" + name)) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    private static List<Input> read(Path file) {
        List<Input> inputs = new ArrayList<>();
        try (ArticleReader reader = ArticleReader.open(List.of(file), new ReadOptions(null, 100_000))) {
            reader.forEachRemaining(inputs::add);
        }
        return inputs;
    }

    private static Problem problem(Input input) {
        return assertInstanceOf(Input.Unreadable.class, input, input.toString()).problem();
    }

    private static void assertCrawl(List<Input> inputs) {
        assertEquals(7, inputs.size(), "one input per record: " + inputs);
        Article article = assertInstanceOf(Input.Readable.class, inputs.get(2)).article();
        assertEquals("Norland and Vallonia agree to reopen border crossings", article.title());
        assertEquals("https://herald.example/world/2025/04/11/border-crossings", article.url(), "canonical url");
        assertEquals(LocalDate.of(2025, 4, 11), article.date());
        assertTrue(article.origin().endsWith(":3"), article.origin());
        for (int i : new int[] {0, 1, 3, 4, 5, 6}) {
            assertEquals(Problem.Kind.NO_ARTICLE, problem(inputs.get(i)).kind(), inputs.get(i).toString());
        }
        assertTrue(problem(inputs.get(0)).message().contains("warcinfo record"));
        assertTrue(problem(inputs.get(1)).message().contains("request record"));
        assertTrue(problem(inputs.get(4)).message().contains("image/jpeg, not HTML"));
        assertTrue(problem(inputs.get(5)).message().contains("HTTP status 404"));
        assertTrue(problem(inputs.get(6)).message().contains("no article on the page"));
    }

    @Test
    void htmlResponsesBecomeArticlesAndEveryOtherRecordIsSkippedWithItsReason() throws IOException {
        assertCrawl(read(copy("crawl.warc")));
    }

    @Test
    void gzippedWarcReadsTheSame() throws IOException {
        assertCrawl(read(copy("crawl.warc.gz")));
    }

    @Test
    void truncatedGzippedWarcKeepsTheWholeRecordsAndSaysWhereItBroke() throws IOException {
        List<Input> inputs = read(copy("truncated.warc.gz"));
        assertEquals(3, inputs.size(), inputs.toString());
        assertEquals(Problem.Kind.NO_ARTICLE, problem(inputs.get(0)).kind());
        assertEquals(Problem.Kind.NO_ARTICLE, problem(inputs.get(1)).kind());
        Problem broken = problem(inputs.get(2));
        assertEquals(Problem.Kind.MALFORMED_RECORD, broken.kind());
        assertTrue(broken.message().contains("truncated or corrupt WARC data after 2 records"), broken.message());
    }

    @Test
    void warcCutInsideARecordBlockLosesThatRecordWithAReason() throws IOException {
        byte[] whole = Files.readAllBytes(copy("crawl.warc"));
        Path cut = folder.resolve("cut.warc");
        // Into the 404 page of the sixth record: five whole records come before it.
        Files.write(cut, Arrays.copyOf(whole, indexOf(whole, "Page not found".getBytes()) + 5));
        List<Input> inputs = read(cut);
        assertEquals(6, inputs.size(), inputs.toString());
        assertInstanceOf(Input.Readable.class, inputs.get(2));
        Problem broken = problem(inputs.get(5));
        assertEquals(Problem.Kind.MALFORMED_RECORD, broken.kind(), broken.toString());
        assertTrue(broken.message().contains("after 5 records"), broken.message());
    }

    @Test
    void warcCutInsideARecordHeaderKeepsTheRecordsBeforeIt() throws IOException {
        byte[] whole = Files.readAllBytes(copy("crawl.warc"));
        Path cut = folder.resolve("cut.warc");
        Files.write(cut, Arrays.copyOf(whole, indexOf(whole, "https://times.example/".getBytes()) + 5));
        List<Input> inputs = read(cut);
        assertEquals(7, inputs.size(), inputs.toString());
        assertTrue(problem(inputs.get(6)).message().contains("after 6 records"), inputs.get(6).toString());
    }

    @Test
    void gzipThatIsNotGzipNorWarcIsOneMalformedProblem() throws IOException {
        List<Input> inputs = read(copy("not-gzip.warc.gz"));
        assertEquals(1, inputs.size(), inputs.toString());
        assertEquals(Problem.Kind.MALFORMED_RECORD, problem(inputs.get(0)).kind());
    }

    @Test
    void htmlGzThatIsNotGzipIsReportedAsCorruptGzip() throws IOException {
        Path fake = folder.resolve("page.html.gz");
        Files.writeString(fake, "<html><body><p>not compressed</p></body></html>");
        Problem problem = problem(read(fake).get(0));
        assertEquals(Problem.Kind.MALFORMED_RECORD, problem.kind());
        assertTrue(problem.message().contains("gzip"), problem.message());
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
