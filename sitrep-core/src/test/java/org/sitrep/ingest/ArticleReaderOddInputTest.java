package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;
import org.sitrep.pipeline.Input;

/** Special files, odd encodings, odd line ends and invisible text: each read, or skipped for a clear reason. */
class ArticleReaderOddInputTest {

    private static final ReadOptions OPTIONS = new ReadOptions(LocalDate.of(2023, 6, 1), 10_000);

    @TempDir
    Path folder;

    private static List<Input> readAll(Path... paths) {
        List<Input> inputs = new ArrayList<>();
        try (ArticleReader reader = ArticleReader.open(List.of(paths), OPTIONS)) {
            reader.forEachRemaining(inputs::add);
        }
        return inputs;
    }

    private Path write(String name, byte[] content) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, content);
        return file;
    }

    private static Article article(Input input) {
        return assertInstanceOf(Input.Readable.class, input, () -> "expected an article, got " + input).article();
    }

    private static Problem problem(Input input) {
        return assertInstanceOf(Input.Unreadable.class, input, () -> "expected a problem, got " + input).problem();
    }

    private static byte[] withBom(String text, Charset charset, byte... bom) {
        byte[] body = text.getBytes(charset);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return all;
    }

    @Test
    void skipsFifosWithAReasonInsteadOfBlocking() throws Exception {
        Path fifo = folder.resolve("pipe.jsonl");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here");
            return;
        }
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
        write("real.txt", "Vallonia recalls envoy\nVallonia recalled its envoy to Norland.".getBytes(StandardCharsets.UTF_8));
        List<Input> inputs = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> readAll(folder));
        assertEquals(2, inputs.size());
        Problem skipped = problem(inputs.get(0));
        assertEquals(Problem.Kind.MALFORMED_RECORD, skipped.kind());
        assertTrue(skipped.message().contains("not a regular file"), skipped.message());
        assertEquals("Vallonia recalls envoy", article(inputs.get(1)).title());
    }

    @Test
    void skipsALinkToAnEndlessDevice() throws Exception {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero here");
        Path link = folder.resolve("x.json");
        Files.createSymbolicLink(link, zero);
        List<Input> inputs = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> readAll(link));
        assertEquals(1, inputs.size());
        assertTrue(problem(inputs.get(0)).message().contains("not a regular file"));
    }

    @Test
    void invisibleOnlyTextsAreEmpty() throws IOException {
        String nbsp = "\u00A0\u00A0\n\u202F";
        String zeroWidth = "\u200B\u200C\u200D\n\u2060";
        String boms = "\uFEFF\uFEFF\uFEFF";
        write("a-nbsp.txt", nbsp.getBytes(StandardCharsets.UTF_8));
        write("b-zero-width.txt", zeroWidth.getBytes(StandardCharsets.UTF_8));
        write("c-boms.txt", boms.getBytes(StandardCharsets.UTF_8));
        write("d-records.jsonl", ("{\"title\": \"\u00A0\", \"text\": \"\u200B\u00A0\"}\n"
                + "{\"title\": \"\uFEFF\", \"text\": \"\u2060\"}\n").getBytes(StandardCharsets.UTF_8));
        List<Input> inputs = readAll(folder);
        assertEquals(5, inputs.size(), inputs.toString());
        for (Input input : inputs) {
            assertEquals(Problem.Kind.EMPTY, problem(input).kind(), input.toString());
        }
        assertEquals(Problem.Kind.EMPTY,
                problem(ArticleReader.fromText("\u00A0\u200B\uFEFF", "stdin", null, 100)).kind());
    }

    @Test
    void decodesUtf16AndUtf32WhenAByteOrderMarkSaysSo() throws IOException {
        String text = "Kestria signs pact\nKestria and Norland signed a défense pact in Öster.";
        write("a-utf16le.txt", withBom(text, StandardCharsets.UTF_16LE, (byte) 0xFF, (byte) 0xFE));
        write("b-utf16be.txt", withBom(text, StandardCharsets.UTF_16BE, (byte) 0xFE, (byte) 0xFF));
        write("c-utf32le.txt", withBom(text, Charset.forName("UTF-32LE"), (byte) 0xFF, (byte) 0xFE, (byte) 0, (byte) 0));
        write("d-utf32be.txt", withBom(text, Charset.forName("UTF-32BE"), (byte) 0, (byte) 0, (byte) 0xFE, (byte) 0xFF));
        write("e-utf16.jsonl", withBom("{\"title\": \"Kestria signs pact\", \"text\": \"Kestria and Norland met.\"}\n"
                + "{\"title\": \"Norland replies\", \"text\": \"Norland welcomed the pact.\"}\n",
                StandardCharsets.UTF_16LE, (byte) 0xFF, (byte) 0xFE));
        List<Input> inputs = readAll(folder);
        assertEquals(6, inputs.size(), inputs.toString());
        for (int i = 0; i < 4; i++) {
            Article article = article(inputs.get(i));
            assertEquals("Kestria signs pact", article.title());
            assertEquals("Kestria and Norland signed a défense pact in Öster.", article.body());
            assertTrue(((Input.Readable) inputs.get(i)).problems().isEmpty());
        }
        assertEquals("Kestria signs pact", article(inputs.get(4)).title());
        assertEquals("Norland replies", article(inputs.get(5)).title());
    }

    @Test
    void splitsCarriageReturnOnlyJsonLinesIntoRecords() throws IOException {
        Path file = write("old-mac.jsonl", ("{\"title\": \"Norland votes\", \"text\": \"Norland held a vote.\"}\r"
                + "{\"title\": \"Vallonia protests\", \"text\": \"Vallonia protested the vote.\"}\r")
                .getBytes(StandardCharsets.UTF_8));
        List<Input> inputs = readAll(file);
        assertEquals(2, inputs.size(), inputs.toString());
        assertEquals("Norland votes", article(inputs.get(0)).title());
        assertEquals("Vallonia protests", article(inputs.get(1)).title());
        assertTrue(article(inputs.get(1)).origin().endsWith(":2"));
    }

    @Test
    void takesTheFirstLineOfACarriageReturnOnlyTextAsTitle() throws IOException {
        Path file = write("old-mac.txt", "Norland votes\r\rNorland held a vote.\rThe count ends Friday.\r"
                .getBytes(StandardCharsets.UTF_8));
        Article article = article(readAll(file).get(0));
        assertEquals("Norland votes", article.title());
        assertEquals("Norland held a vote.\rThe count ends Friday.", article.body());
    }

    @Test
    void reportsDeepNestingAsItsOwnReasonInPlainWords() throws IOException {
        String deep = "{\"title\": \"x\", \"text\": \"y\", \"extra\": " + "[".repeat(5000) + "]".repeat(5000) + "}";
        write("a-deep.jsonl", (deep + "\n").getBytes(StandardCharsets.UTF_8));
        write("b-deep.json", ("[\n" + deep + "\n]\n").getBytes(StandardCharsets.UTF_8));
        List<Input> inputs = readAll(folder);
        assertEquals(2, inputs.size(), inputs.toString());
        for (Input input : inputs) {
            Problem problem = problem(input);
            assertEquals(Problem.Kind.MALFORMED_RECORD, problem.kind(), problem.toString());
            assertTrue(problem.message().contains("nested more than"), problem.message());
            assertFalse(problem.message().contains("StreamReadConstraints"), problem.message());
            assertFalse(problem.message().contains("`"), problem.message());
        }
    }

    @Test
    void reportsAnOverlongStringWithoutTheJsonLibrarysWords() throws IOException {
        // A .json document is read whole; its strings are capped by the JSON reader, not by a line cap.
        ReadOptions small = new ReadOptions(LocalDate.of(2023, 6, 1), 100);
        Path file = write("long.json", ("[\n{\"title\": \"t\",\n \"text\": \"" + "a".repeat(800_000) + "\"}\n]")
                .getBytes(StandardCharsets.UTF_8));
        List<Input> inputs = new ArrayList<>();
        try (ArticleReader reader = ArticleReader.open(List.of(file), small)) {
            reader.forEachRemaining(inputs::add);
        }
        Problem problem = problem(inputs.get(0));
        assertEquals(Problem.Kind.TOO_LARGE, problem.kind());
        assertFalse(problem.message().contains("StreamReadConstraints"), problem.message());
        assertTrue(problem.message().length() < 200, problem.message());
    }
}
