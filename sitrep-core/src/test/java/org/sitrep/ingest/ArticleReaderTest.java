package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;
import org.sitrep.pipeline.Input;
import org.sitrep.testing.SharedData;

class ArticleReaderTest {

    private static final LocalDate DEFAULT_DATE = LocalDate.of(2023, 6, 1);
    private static final ReadOptions OPTIONS = new ReadOptions(DEFAULT_DATE, 10_000);

    @TempDir
    Path folder;

    private static List<Input> readAll(ReadOptions options, Path... paths) {
        List<Input> inputs = new ArrayList<>();
        try (ArticleReader reader = ArticleReader.open(List.of(paths), options)) {
            reader.forEachRemaining(inputs::add);
        }
        return inputs;
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] content) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        return file;
    }

    private Path writeGzip(String name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    private static Article article(Input input) {
        return assertInstanceOf(Input.Readable.class, input, () -> "expected an article, got " + input).article();
    }

    private static Problem problem(Input input) {
        return assertInstanceOf(Input.Unreadable.class, input, () -> "expected a problem, got " + input).problem();
    }

    private static List<Problem.Kind> kinds(Input input) {
        return ((Input.Readable) input).problems().stream().map(Problem::kind).toList();
    }

    @Test
    void readsPlainTextTitleAndBody() throws IOException {
        Path file = write("report.txt", "\n\n  Harbour strike enters second week  \n\n"
                + "Dockworkers in Pellam kept the cranes idle.\nTalks are set for Monday.\n");
        List<Input> inputs = readAll(OPTIONS, file);
        assertEquals(1, inputs.size());
        Article article = article(inputs.get(0));
        assertEquals("Harbour strike enters second week", article.title());
        assertEquals("Dockworkers in Pellam kept the cranes idle.\nTalks are set for Monday.", article.body());
        assertEquals(DEFAULT_DATE, article.date());
        assertEquals(file.toString(), article.origin());
        assertEquals(Article.contentId(article.title(), article.body()), article.id());
        assertEquals(List.of(), kinds(inputs.get(0)));
    }

    @Test
    void readsJsonLinesWithAllFields() throws IOException {
        Path file = write("feed.jsonl", """
                {"title": "Ferry service resumes", "date": "2019-04-02", "source": "Coastal Herald", \
                "url": "https://herald.example/ferry", "text": "The ferry to Orrin sailed again on Tuesday."}
                {"title": "Bridge closed", "body": "The old bridge at Venn was closed for repairs."}
                """);
        List<Input> inputs = readAll(OPTIONS, file);
        assertEquals(2, inputs.size());
        Article ferry = article(inputs.get(0));
        assertEquals("Ferry service resumes", ferry.title());
        assertEquals("The ferry to Orrin sailed again on Tuesday.", ferry.body());
        assertEquals(LocalDate.of(2019, 4, 2), ferry.date());
        assertEquals("Coastal Herald", ferry.source());
        assertEquals("https://herald.example/ferry", ferry.url());
        assertEquals(file + ":1", ferry.origin());
        Article bridge = article(inputs.get(1));
        assertEquals("The old bridge at Venn was closed for repairs.", bridge.body());
        assertEquals(DEFAULT_DATE, bridge.date(), "no date field: the default date");
        assertEquals(file + ":2", bridge.origin());
    }

    @Test
    void readsAllSidesShapeFromContentOriginal() throws IOException {
        Path file = write("allsides.jsonl", """
                {"topic": "trade", "source": "Example Times", "content": "Tokenised copy , not this .", \
                "title": "Tariff talks stall", "date": "2018-07-05", "content_original": "Tariff talks between \
                Arlen and Brisa stalled on Thursday.", "source_url": "www.times.example", "ID": "x1", "bias": 1}
                {"title": "Only tokenised", "content": "Only a tokenised body here ."}
                """);
        List<Input> inputs = readAll(OPTIONS, file);
        Article first = article(inputs.get(0));
        assertEquals("Tariff talks between Arlen and Brisa stalled on Thursday.", first.body());
        assertEquals("Example Times", first.source());
        assertEquals("www.times.example", first.url(), "source_url stands in for a missing url");
        assertEquals("Only a tokenised body here .", article(inputs.get(1)).body());
    }

    @Test
    void prefersTextOverBodyOverContentOriginal() throws IOException {
        Path file = write("order.jsonl", """
                {"title": "A", "content_original": "third", "body": "second", "text": "first"}
                {"title": "B", "content_original": "third", "body": "second"}
                {"title": "C", "text": "  ", "body": "", "content_original": "third"}
                """);
        List<Input> inputs = readAll(OPTIONS, file);
        assertEquals(List.of("first", "second", "third"), inputs.stream().map(i -> article(i).body()).toList());
    }

    @Test
    void skipsMalformedJsonLineAndGoesOn() throws IOException {
        Path file = write("broken.jsonl", """
                {"title": "One", "text": "First good record."}
                {"title": "Two", "text": "This line is cut off
                {"title": "Three", "text": "Third good record."}
                {"title": "Four", "text": "Trailing junk."} extra
                """);
        List<Input> inputs = readAll(OPTIONS, file);
        assertEquals(4, inputs.size());
        assertEquals("First good record.", article(inputs.get(0)).body());
        Problem cut = problem(inputs.get(1));
        assertEquals(Problem.Kind.MALFORMED_RECORD, cut.kind());
        assertEquals(file + ":2", cut.origin());
        assertTrue(cut.message().startsWith("not valid JSON"), cut.message());
        assertEquals("Third good record.", article(inputs.get(2)).body());
        assertEquals(Problem.Kind.MALFORMED_RECORD, problem(inputs.get(3)).kind());
        assertEquals(file + ":4", problem(inputs.get(3)).origin());
    }

    @Test
    void reportsRecordsWithoutBodyOrNotObjects() throws IOException {
        Path file = write("odd.jsonl", """
                {"title": "No body at all", "date": "2020-01-01"}
                ["an", "array"]
                42
                {"title": "Body is a number", "text": 7}
                {"title": "Title is an object", "text": "Fine text.", "url": {"href": "x"}}
                """);
        List<Input> inputs = readAll(OPTIONS, file);
        assertEquals(5, inputs.size());
        for (Input input : inputs) {
            assertEquals(Problem.Kind.MALFORMED_RECORD, problem(input).kind(), input.toString());
        }
        assertTrue(problem(inputs.get(0)).message().contains("no text field"));
        assertTrue(problem(inputs.get(1)).message().contains("not an object"));
    }

    @Test
    void reportsEmptyFilesRecordsAndBlankLines() throws IOException {
        Path emptyText = write("a-empty.txt", "");
        Path blankText = write("b-blank.txt", "  \n\t\n");
        Path emptyJson = write("c-empty.jsonl", "");
        Path lines = write("d-lines.jsonl", "{\"title\": \"\", \"text\": \"  \"}\n\n{\"title\": \"Ok\", \"text\": \"Fine.\"}\n");
        List<Input> inputs = readAll(OPTIONS, folder);
        assertEquals(6, inputs.size(), inputs.toString());
        assertEquals(Problem.Kind.EMPTY, problem(inputs.get(0)).kind());
        assertEquals(emptyText.toString(), problem(inputs.get(0)).origin());
        assertEquals(Problem.Kind.EMPTY, problem(inputs.get(1)).kind());
        assertEquals(blankText.toString(), problem(inputs.get(1)).origin());
        assertEquals(Problem.Kind.EMPTY, problem(inputs.get(2)).kind());
        assertEquals(emptyJson.toString(), problem(inputs.get(2)).origin());
        assertEquals(lines + ":1", problem(inputs.get(3)).origin());
        assertEquals(Problem.Kind.EMPTY, problem(inputs.get(3)).kind());
        assertEquals(lines + ":2", problem(inputs.get(4)).origin());
        assertEquals(Problem.Kind.EMPTY, problem(inputs.get(4)).kind());
        assertEquals("Fine.", article(inputs.get(5)).body());
    }

    @Test
    void keepsHeadlineOnlyRecords() throws IOException {
        Path file = write("headline.jsonl", "{\"title\": \"Ceasefire declared in Morva\", \"text\": \"\"}\n");
        Article article = article(readAll(OPTIONS, file).get(0));
        assertEquals("Ceasefire declared in Morva", article.title());
        assertEquals("", article.body());
    }

    @Test
    void reportsBinaryFiles() throws IOException {
        byte[] image = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Path nul = write("photo.txt", image);
        byte[] controls = new byte[400];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (1 + i % 8);
        }
        Path noise = write("noise.txt", controls);
        Path binaryLines = write("records.jsonl", image);
        List<Input> inputs = readAll(OPTIONS, nul, noise, binaryLines);
        assertEquals(3, inputs.size());
        for (Input input : inputs) {
            assertEquals(Problem.Kind.BINARY, problem(input).kind(), input.toString());
        }
        assertEquals(binaryLines.toString(), problem(inputs.get(2)).origin(), "one problem for the whole file");
    }

    @Test
    void decodesBrokenUtf8WithReplacementAndReportsIt() throws IOException {
        byte[] latin1 = "Caf\u00e9 owners in Sal\u00e9 protest\n\nThe caf\u00e9 owners marched.\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        Path text = write("latin1.txt", latin1);
        byte[] record = "{\"title\": \"Sal\u00e9\", \"text\": \"Protest in Sal\u00e9 continues.\"}\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        Path json = write("latin1.jsonl", record);
        List<Input> inputs = readAll(OPTIONS, text, json);
        Article fromText = article(inputs.get(0));
        assertEquals("Caf\uFFFD owners in Sal\uFFFD protest", fromText.title());
        assertEquals(List.of(Problem.Kind.BROKEN_ENCODING), kinds(inputs.get(0)));
        Article fromJson = article(inputs.get(1));
        assertEquals("Protest in Sal\uFFFD continues.", fromJson.body());
        assertEquals(List.of(Problem.Kind.BROKEN_ENCODING), kinds(inputs.get(1)));
        assertEquals(json + ":1", ((Input.Readable) inputs.get(1)).problems().get(0).origin());
    }

    @Test
    void keepsGenuineReplacementCharactersWithoutComplaint() throws IOException {
        Path file = write("fine.txt", "Title\n\nA real \uFFFD in good UTF-8.");
        assertEquals(List.of(), kinds(readAll(OPTIONS, file).get(0)));
    }

    @Test
    void reportsFiftyMegabyteArticleAsTooLarge() throws IOException {
        byte[] huge = new byte[50 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        for (int i = 80; i < huge.length; i += 81) {
            huge[i] = '\n';
        }
        Path text = write("huge.txt", huge);
        Path lines = folder.resolve("huge.jsonl");
        try (OutputStream out = Files.newOutputStream(lines)) {
            out.write("{\"title\": \"Before\", \"text\": \"Small one.\"}\n{\"title\": \"Huge\", \"text\": \""
                    .getBytes(StandardCharsets.UTF_8));
            Arrays.fill(huge, (byte) 'b');
            out.write(huge);
            out.write("\"}\n{\"title\": \"After\", \"text\": \"Small two.\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        ReadOptions options = new ReadOptions(null, 1_000_000);
        List<Input> inputs = readAll(options, text, lines);
        assertEquals(4, inputs.size());
        assertEquals(Problem.Kind.TOO_LARGE, problem(inputs.get(0)).kind());
        assertEquals("Small one.", article(inputs.get(1)).body());
        assertEquals(Problem.Kind.TOO_LARGE, problem(inputs.get(2)).kind());
        assertEquals(lines + ":2", problem(inputs.get(2)).origin());
        assertEquals("Small two.", article(inputs.get(3)).body());
        assertEquals(lines + ":3", article(inputs.get(3)).origin());
    }

    @Test
    void reportsRecordJustOverTheLimit() throws IOException {
        String body = "x".repeat(200);
        Path file = write("limit.jsonl", "{\"title\": \"T\", \"text\": \"" + body + "\"}\n"
                + "{\"text\": \"" + body + "\"}\n");
        List<Input> inputs = readAll(new ReadOptions(null, 200), file);
        assertEquals(Problem.Kind.TOO_LARGE, problem(inputs.get(0)).kind(), "title, separator and body: 203");
        assertEquals(body, article(inputs.get(1)).body());
        Path text = write("limit.txt", "T\n\n" + body);
        assertEquals(Problem.Kind.TOO_LARGE, problem(readAll(new ReadOptions(null, 200), text).get(0)).kind());
    }

    @Test
    void readsOddDates() throws IOException {
        Path file = write("dates.jsonl", String.join("\n",
                record("iso", "2016-09-20"),
                record("us short", "7/23/17"),
                record("us long", "12/1/2016"),
                record("date-time with offset", "2016-09-20T23:30:00-05:00"),
                record("date-time", "2016-09-20T10:15:00"),
                record("spaced date-time", "2016-09-20 10:15:00"),
                record("year one", "0001-11-30"),
                record("year only", "2050"),
                record("far future", "2099-01-01"),
                record("february thirtieth", "2/30/17"),
                record("words", "last Tuesday"),
                record("empty", "")) + "\n");
        List<Input> inputs = readAll(OPTIONS, file);
        assertEquals(12, inputs.size());
        LocalDate sept20 = LocalDate.of(2016, 9, 20);
        List<LocalDate> expected = Arrays.asList(sept20, LocalDate.of(2017, 7, 23), LocalDate.of(2016, 12, 1),
                sept20, sept20, sept20, null, null, null, null, null, DEFAULT_DATE);
        for (int i = 0; i < inputs.size(); i++) {
            Article article = article(inputs.get(i));
            assertEquals(expected.get(i), article.date(), article.title());
            boolean bad = i >= 6 && i <= 10;
            assertEquals(bad ? List.of(Problem.Kind.BAD_DATE) : List.of(), kinds(inputs.get(i)), article.title());
        }
    }

    private static String record(String title, String date) {
        return "{\"title\": \"" + title + "\", \"date\": \"" + date + "\", \"text\": \"Body of " + title + ".\"}";
    }

    @Test
    void readsGzippedFiles() throws IOException {
        Path lines = writeGzip("feed.jsonl.gz", "{\"title\": \"Zipped\", \"text\": \"Compressed record.\"}\n"
                + "{\"title\": \"Zipped two\", \"text\": \"Second compressed record.\"}\n");
        Path text = writeGzip("note.txt.gz", "Zipped note\n\nA compressed plain text article.");
        List<Input> inputs = readAll(OPTIONS, lines, text);
        assertEquals(3, inputs.size());
        assertEquals("Compressed record.", article(inputs.get(0)).body());
        assertEquals(lines + ":2", article(inputs.get(1)).origin());
        assertEquals("A compressed plain text article.", article(inputs.get(2)).body());
    }

    @Test
    void reportsCorruptGzipAndGoesOn() throws IOException {
        Path notGzip = write("a-fake.jsonl.gz", "{\"title\": \"Plain\", \"text\": \"Not compressed.\"}\n");
        Path whole = writeGzip("b-cut.jsonl.gz", "{\"title\": \"One\", \"text\": \"First.\"}\n".repeat(2000));
        byte[] bytes = Files.readAllBytes(whole);
        Files.write(whole, Arrays.copyOf(bytes, bytes.length / 2));
        Path good = write("c-good.txt", "Good\n\nStill read.");
        List<Input> inputs = readAll(OPTIONS, folder);
        assertEquals(Problem.Kind.MALFORMED_RECORD, problem(inputs.get(0)).kind());
        assertEquals(notGzip.toString(), problem(inputs.get(0)).origin());
        Problem cut = problem(inputs.get(inputs.size() - 2));
        assertEquals(Problem.Kind.MALFORMED_RECORD, cut.kind());
        assertTrue(cut.origin().startsWith(whole + ":"), cut.origin());
        assertEquals(good.toString(), article(inputs.get(inputs.size() - 1)).origin());
    }

    @Test
    void walksNestedFoldersInSortedOrder() throws IOException {
        write("b/z.txt", "Z\n\nzed");
        write("b/a/inner.txt", "Inner\n\ninner");
        write("a.txt", "A\n\nay");
        write("c/deeper/still/last.jsonl", "{\"title\": \"Last\", \"text\": \"last\"}\n");
        write("b/m.txt", "M\n\nem");
        List<String> titles = readAll(OPTIONS, folder).stream().map(i -> article(i).title()).toList();
        assertEquals(List.of("A", "Inner", "M", "Z", "Last"), titles);
        assertEquals(titles, readAll(OPTIONS, folder).stream().map(i -> article(i).title()).toList());
    }

    @Test
    void reportsUnsupportedFileTypes() throws IOException {
        Path image = write("chart.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Path notes = write("notes.md", "# Notes");
        List<Input> inputs = readAll(OPTIONS, folder);
        assertEquals(2, inputs.size());
        assertEquals(image.toString(), problem(inputs.get(0)).origin());
        assertTrue(problem(inputs.get(0)).message().contains("not a supported file type"));
        assertEquals(notes.toString(), problem(inputs.get(1)).origin());
    }

    @Test
    void reportsUnreadableFileAndGoesOn() throws IOException {
        Path dangling = folder.resolve("a-gone.txt");
        Files.createSymbolicLink(dangling, folder.resolve("nowhere.txt"));
        write("b-here.txt", "Here\n\nStill here.");
        List<Input> inputs = readAll(OPTIONS, folder);
        assertEquals(2, inputs.size());
        assertEquals(Problem.Kind.FAILURE, problem(inputs.get(0)).kind());
        assertEquals(dangling.toString(), problem(inputs.get(0)).origin());
        assertEquals("Still here.", article(inputs.get(1)).body());
    }

    @Test
    void readsEachFolderOnceDespiteSymbolicLinkLoops() throws IOException {
        write("data/one.txt", "One\n\nonly once");
        Files.createSymbolicLink(folder.resolve("data/loop"), folder.resolve("data"));
        List<Input> inputs = readAll(OPTIONS, folder.resolve("data"));
        assertEquals(1, inputs.size());
    }

    @Test
    void missingPathIsTheCallersMistake() {
        assertThrows(IllegalArgumentException.class,
                () -> ArticleReader.open(List.of(folder.resolve("absent.jsonl")), OPTIONS));
    }

    @Test
    void readsPrettyPrintedJsonDocumentsAndArrays() throws IOException {
        Path single = write("a-single.json", """
                {
                  "title": "Pretty printed",
                  "date": "2021-02-03",
                  "content_original": "An article spread over lines."
                }
                """);
        Path array = write("b-array.json", """
                [
                  {"title": "First in array", "text": "One."},
                  "not an object",
                  {"title": "Third in array", "text": "Three."}
                ]
                """);
        Path lines = write("c-lines.json", "{\"title\": \"Line one\", \"text\": \"L1.\"}\n"
                + "{\"title\": \"Line two\", \"text\": \"L2.\"}\n");
        List<Input> inputs = readAll(OPTIONS, folder);
        assertEquals(6, inputs.size(), inputs.toString());
        assertEquals("An article spread over lines.", article(inputs.get(0)).body());
        assertEquals(LocalDate.of(2021, 2, 3), article(inputs.get(0)).date());
        assertEquals(single + ":1", article(inputs.get(0)).origin());
        assertEquals("One.", article(inputs.get(1)).body());
        assertEquals(array + ":2", article(inputs.get(1)).origin());
        assertEquals(Problem.Kind.MALFORMED_RECORD, problem(inputs.get(2)).kind());
        assertEquals("Three.", article(inputs.get(3)).body());
        assertEquals(lines + ":2", article(inputs.get(5)).origin());
    }

    @Test
    void reportsBrokenJsonDocument() throws IOException {
        Path file = write("broken.json", "{\n  \"title\": \"Unclosed\",\n  \"text\": \"No end\n");
        List<Input> inputs = readAll(OPTIONS, file);
        assertEquals(1, inputs.size());
        assertEquals(Problem.Kind.MALFORMED_RECORD, problem(inputs.get(0)).kind());
        assertTrue(problem(inputs.get(0)).origin().startsWith(file + ":"));
    }

    @Test
    void handlesCrLfLineEndingsAndByteOrderMark() throws IOException {
        Path file = write("windows.jsonl", "\uFEFF{\"title\": \"Crlf\", \"text\": \"Windows line.\"}\r\n"
                + "{\"title\": \"Two\", \"text\": \"Second.\"}\r\n");
        Path text = write("windows.txt", "\uFEFFBom title\r\n\r\nBody after a byte-order mark.\r\n");
        List<Input> inputs = readAll(OPTIONS, file, text);
        assertEquals(3, inputs.size());
        assertEquals("Crlf", article(inputs.get(0)).title());
        assertEquals("Second.", article(inputs.get(1)).body());
        assertEquals("Bom title", article(inputs.get(2)).title());
        assertEquals("Body after a byte-order mark.", article(inputs.get(2)).body());
    }

    @Test
    void countsAddUp() throws IOException {
        StringBuilder lines = new StringBuilder();
        int good = 0;
        Map<Problem.Kind, Integer> expectedProblems = new EnumMap<>(Problem.Kind.class);
        for (int i = 1; i <= 300; i++) {
            if (i % 50 == 0) {
                lines.append("{\"title\": \"Broken ").append(i).append("\"\n");
                expectedProblems.merge(Problem.Kind.MALFORMED_RECORD, 1, Integer::sum);
            } else if (i % 40 == 0) {
                lines.append("\n");
                expectedProblems.merge(Problem.Kind.EMPTY, 1, Integer::sum);
            } else {
                lines.append("{\"title\": \"Story ").append(i).append("\", \"text\": \"Body number ").append(i)
                        .append(".\"}\n");
                good++;
            }
        }
        writeGzip("corpus/part1.jsonl.gz", lines.toString());
        write("corpus/part2/extra.txt", "Extra\n\nOne more story.");
        write("corpus/part2/empty.txt", "");
        write("corpus/part2/picture.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, 0});
        good++;
        expectedProblems.merge(Problem.Kind.EMPTY, 1, Integer::sum);
        expectedProblems.merge(Problem.Kind.MALFORMED_RECORD, 1, Integer::sum);

        int readable = 0;
        Map<Problem.Kind, Integer> problems = new EnumMap<>(Problem.Kind.class);
        for (Input input : readAll(OPTIONS, folder.resolve("corpus"))) {
            if (input instanceof Input.Readable) {
                readable++;
            } else {
                problems.merge(problem(input).kind(), 1, Integer::sum);
            }
        }
        assertEquals(good, readable);
        assertEquals(expectedProblems, problems);
        assertEquals(303, readable + problems.values().stream().mapToInt(Integer::intValue).sum(),
                "300 lines and 3 files, each read as exactly one input");
    }

    /** The AllSides corpus must ingest as it is: body from content_original, publisher as source. */
    @Test
    void readsTheAllSidesCorpusAsItIs() throws IOException {
        Path corpus = SharedData.require("corpora/allsides/articles.jsonl.gz");
        ObjectMapper mapper = new ObjectMapper();
        int seen = 0;
        try (ArticleReader reader = ArticleReader.open(List.of(corpus), ReadOptions.defaults());
             BufferedReader raw = new BufferedReader(new InputStreamReader(
                     new GZIPInputStream(Files.newInputStream(corpus)), StandardCharsets.UTF_8))) {
            while (reader.hasNext() && seen < 500) {
                Article article = article(reader.next());
                JsonNode record = mapper.readTree(raw.readLine());
                seen++;
                assertEquals(corpus + ":" + seen, article.origin());
                assertEquals(record.get("content_original").asText().strip(), article.body(), article.origin());
                assertEquals(record.get("title").asText().strip(), article.title());
                assertEquals(record.get("source").asText(), article.source());
                assertEquals(record.get("url").asText(), article.url());
            }
        }
        assertEquals(500, seen);
    }

    @Test
    void closingStopsReading() throws IOException {
        Path file = write("many.jsonl", "{\"title\": \"A\", \"text\": \"a\"}\n{\"title\": \"B\", \"text\": \"b\"}\n");
        ArticleReader reader = ArticleReader.open(List.of(file), OPTIONS);
        assertTrue(reader.hasNext());
        reader.next();
        reader.close();
        assertFalse(reader.hasNext());
        assertThrows(NoSuchElementException.class, reader::next);
    }

    @Test
    void takesTitleFromFirstNonBlankLineOfRawText() {
        Input input = ArticleReader.fromText("\n   \nQuake shakes Tirel\nBuildings swayed.\n\nNo damage reported.",
                "stdin", LocalDate.of(2024, 1, 2), 1000);
        Article article = article(input);
        assertEquals("Quake shakes Tirel", article.title());
        assertEquals("Buildings swayed.\n\nNo damage reported.", article.body());
        assertEquals(LocalDate.of(2024, 1, 2), article.date());
        assertEquals("stdin", article.origin());
        assertEquals("", article(ArticleReader.fromText("Just a headline", "stdin", null, 1000)).body());
        assertNull(article(ArticleReader.fromText("Undated\n\ntext", "stdin", null, 1000)).date());
    }

    @Test
    void refusesBlankBinaryOrOversizedRawText() {
        assertEquals(Problem.Kind.EMPTY, problem(ArticleReader.fromText(" \n\t", "stdin", null, 1000)).kind());
        assertEquals(Problem.Kind.TOO_LARGE,
                problem(ArticleReader.fromText("x".repeat(1001), "stdin", null, 1000)).kind());
        assertEquals(Problem.Kind.BINARY, problem(ArticleReader.fromText("a\0b", "stdin", null, 1000)).kind());
        assertThrows(IllegalArgumentException.class, () -> ArticleReader.fromText("x", "stdin", null, 0));
    }
}
