package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.eval.GoldScoreTest.event;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gold files over an invented miniature of the shared corpora. */
class GoldFileTest {

    // The emoji is one code point but two Java chars: offsets count code points, as the drawing script does.
    private static final String CLUSTER_TEXT = "\uD83D\uDE42 Norland closed its border. Vallonia protested loudly.";
    private static final String ALLSIDES_TEXT = "Kestria sent envoys. Norland welcomed the envoys warmly.";

    @TempDir
    Path folder;
    private Path corpora;

    static String sha(String text) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
    }

    /** A reference line to {@code sentence} inside {@code body}. */
    static String ref(String id, String half, String corpus, String article, String body, String sentence)
            throws NoSuchAlgorithmException {
        int start = body.codePointCount(0, body.indexOf(sentence));
        int end = start + sentence.codePointCount(0, sentence.length());
        return "{\"id\": \"" + id + "\", \"half\": \"" + half + "\", \"corpus\": \"" + corpus + "\", \"article\": \""
                + article + "\", \"start\": " + start + ", \"end\": " + end + ", \"sha256\": \"" + sha(sentence)
                + "\"}";
    }

    @BeforeEach
    void corpora() throws IOException {
        corpora = folder.resolve("corpora");
        Path cluster = Files.createDirectories(corpora.resolve("newscluster/news_cluster"));
        Files.writeString(cluster.resolve("a1.json"), "{\"title\": \"Border\", \"text\": \"" + CLUSTER_TEXT
                + "\", \"date_publish\": \"2021-03-04T10:00:00\"}", StandardCharsets.UTF_8);
        Files.createDirectories(corpora.resolve("allsides"));
        Path allsides = corpora.resolve("allsides/articles.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(allsides))) {
            out.write(("{\"ID\": \"abc\", \"date\": \"3/5/21\", \"content_original\": \"" + ALLSIDES_TEXT + "\"}\n"
                    + "{\"ID\": \"xyz\", \"date\": \"2021-03-06\", \"content_original\": \"" + ALLSIDES_TEXT + "\"}\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    private Path refs() throws Exception {
        return Files.write(folder.resolve("refs.jsonl"), List.of(
                ref("r1", "dev", "newscluster", "a1.json", CLUSTER_TEXT, "Vallonia protested loudly."),
                ref("r2", "test", "allsides", "abc", ALLSIDES_TEXT, "Norland welcomed the envoys warmly."),
                ref("r3", "dev", "allsides", "xyz", ALLSIDES_TEXT, "Norland welcomed the envoys warmly.")
                        .replaceAll("\"sha256\": \"[0-9a-f]+\"", "\"sha256\": \"0123456789abcdef\""),
                ref("r4", "test", "allsides", "missing", ALLSIDES_TEXT, "Kestria sent envoys.")));
    }

    private Path gold() throws IOException {
        return Files.write(folder.resolve("gold.jsonl"), List.of(
                "{\"id\": \"r1\", \"events\": [{\"source\": \"VAL\", \"code\": \"111\", \"target\": \"NOR\"}]}",
                "{\"id\": \"r2\", \"events\": [{\"source\": \"NOR\", \"code\": \"051\", \"target\": \"\"}]}",
                "{\"id\": \"r3\", \"events\": []}",
                "{\"id\": \"r4\", \"events\": []}",
                "{\"id\": \"t1\", \"text\": \"Kestria thanked Norland.\", \"date\": \"2020-01-02\", \"events\": []}",
                "{\"id\": \"b1\", \"text\": \"Kestria did things.\", "
                        + "\"events\": [{\"source\": \"NOR\", \"code\": \"999\"}]}",
                "{\"id\": \"b2\", \"text\": \"Kestria did other things.\"}",
                "{\"id\": \"b3\", \"text\": \"Kestria did nothing.\", \"event\": []}",
                "not json",
                "",
                "{\"id\": \"r1\", \"events\": []}"));
    }

    @Test
    void resolvesReferencesThroughTheCorporaCountingCodePoints() throws Exception {
        GoldFile.Contents contents = GoldFile.read(gold(), refs(), corpora, GoldFile.Half.ALL);
        assertEquals(List.of("r1", "r2", "t1"), contents.sentences().stream().map(GoldSentence::id).toList());
        GoldSentence r1 = contents.sentences().get(0);
        assertEquals("Vallonia protested loudly.", r1.text());
        assertEquals("dev", r1.half());
        assertEquals(List.of(event("VAL", "111", "NOR")), r1.events());
        assertEquals("Norland welcomed the envoys warmly.", contents.sentences().get(1).text());
    }

    @Test
    void takesTheArticleDateUnlessTheLineGivesOne() throws Exception {
        GoldFile.Contents contents = GoldFile.read(gold(), refs(), corpora, GoldFile.Half.ALL);
        assertEquals(LocalDate.of(2021, 3, 4), contents.sentences().get(0).date());
        assertEquals(LocalDate.of(2021, 3, 5), contents.sentences().get(1).date());
        assertEquals(LocalDate.of(2020, 1, 2), contents.sentences().get(2).date());
    }

    @Test
    void reportsEachUnusableLineWithItsReason() throws Exception {
        List<GoldFile.LineError> errors = GoldFile.read(gold(), refs(), corpora, GoldFile.Half.ALL).errors();
        List<String> lines = errors.stream().map(GoldFile.LineError::toString).toList();
        assertEquals(7, errors.size(), lines.toString());
        assertTrue(lines.contains("gold.jsonl:3 [r3]: sentence hash " + sha("Norland welcomed the envoys warmly.")
                + " does not match 0123456789abcdef: the corpus differs from the one the reference was made on"),
                lines.toString());
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("gold.jsonl:4 [r4]: article missing not found")),
                lines.toString());
        assertTrue(lines.contains("gold.jsonl:6 [b1]: not a CAMEO event code: '999'"), lines.toString());
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("gold.jsonl:7 [b2]: no events list")),
                lines.toString());
        assertTrue(lines.contains("gold.jsonl:8 [b3]: unknown field 'event'"), lines.toString());
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("gold.jsonl:9: not JSON")), lines.toString());
        assertTrue(lines.contains("gold.jsonl:11 [r1]: id repeated; the first line counts"), lines.toString());
    }

    @Test
    void halfSelectsByTheHalfTheReferencesGive() throws Exception {
        GoldFile.Contents dev = GoldFile.read(gold(), refs(), corpora, GoldFile.Half.DEV);
        assertEquals(List.of("r1"), dev.sentences().stream().map(GoldSentence::id).toList());
        // r3 is dev and fails its hash; text lines without a half are read only for ALL
        assertTrue(dev.errors().stream().anyMatch(error -> error.id().equals("r3")));
        assertTrue(dev.errors().stream().noneMatch(error -> error.id().equals("r4")));
        GoldFile.Contents test = GoldFile.read(gold(), refs(), corpora, GoldFile.Half.TEST);
        assertEquals(List.of("r2"), test.sentences().stream().map(GoldSentence::id).toList());
    }

    @Test
    void aBrokenLineCountsOnlyAgainstTheHalfItOrItsReferenceNames() throws Exception {
        Path gold = Files.write(folder.resolve("broken.jsonl"), List.of(
                "{\"id\": \"r1\", \"events\": [{\"code\": \"999\"}]}",
                "{\"id\": \"x1\", \"half\": \"test\", \"text\": \"Kestria waved.\", \"events\": 5}",
                "{\"id\": \"x2\", \"text\": \"Kestria waved again.\"}"));
        Path refs = refs();
        // r1's reference is dev, x1 names test, x2 names no half and counts everywhere
        assertEquals(List.of("r1", "x2"), GoldFile.read(gold, refs, corpora, GoldFile.Half.DEV).errors().stream()
                .map(GoldFile.LineError::id).toList());
        assertEquals(List.of("x1", "x2"), GoldFile.read(gold, refs, corpora, GoldFile.Half.TEST).errors().stream()
                .map(GoldFile.LineError::id).toList());
        assertEquals(3, GoldFile.read(gold, refs, corpora, GoldFile.Half.ALL).errors().size());
    }

    @Test
    void aTextOnlyFileNeedsNoCorpora() throws IOException {
        Path gold = Files.write(folder.resolve("text.jsonl"), List.of(
                "{\"id\": \"t1\", \"text\": \"Kestria thanked Norland.\", \"half\": \"test\", \"events\": []}"));
        GoldFile.Contents contents = GoldFile.read(gold, null, folder.resolve("nowhere"), GoldFile.Half.TEST);
        assertEquals(1, contents.sentences().size());
        assertTrue(contents.errors().isEmpty());
    }

    @Test
    void referencesWithoutACorporaFolderAreAUsageError() throws Exception {
        Path gold = gold();
        Path refs = refs();
        assertThrows(IllegalArgumentException.class,
                () -> GoldFile.read(gold, refs, folder.resolve("nowhere"), GoldFile.Half.ALL));
    }

    @Test
    void anIdWithoutReferenceOrTextIsAnError() throws IOException {
        Path gold = Files.write(folder.resolve("ids.jsonl"), List.of("{\"id\": \"q1\", \"events\": []}"));
        GoldFile.Contents contents = GoldFile.read(gold, null, null, GoldFile.Half.ALL);
        assertEquals("ids.jsonl:1 [q1]: no text, no reference, and id not in a references file",
                contents.errors().get(0).toString());
    }

    @Test
    void annotationsAreReadWithoutResolvingText() throws IOException {
        Path file = Files.write(folder.resolve("a.jsonl"), List.of(
                "{\"id\": \"s1\", \"events\": [{\"source\": \"\", \"code\": \"183\", \"target\": \"CVL\"}], "
                        + "\"note\": \"agentless\"}",
                "{\"id\": \"s2\", \"events\": []}"));
        GoldFile.Annotations annotations = GoldFile.readAnnotations(file);
        assertEquals(List.of(event("", "183", "CVL")), annotations.events().get("s1"));
        assertEquals(List.of(), annotations.events().get("s2"));
        assertTrue(annotations.errors().isEmpty());
    }

    @Test
    void errorClassesAreReadAsASetInClassOrder() throws IOException {
        Path gold = Files.write(folder.resolve("classes.jsonl"), List.of(
                "{\"id\": \"c1\", \"text\": \"Norland said it would not help Vallonia.\", \"events\": [], "
                        + "\"classes\": [3, 2]}",
                "{\"id\": \"c2\", \"text\": \"Kestria hosted a fair.\", \"events\": [], \"classes\": []}",
                "{\"id\": \"c3\", \"text\": \"Kestria hosted a race.\", \"events\": []}"));
        GoldFile.Contents contents = GoldFile.read(gold, null, null, GoldFile.Half.ALL);
        assertTrue(contents.errors().isEmpty(), contents.errors().toString());
        assertEquals(List.of(CoderErrorClass.INTENT, CoderErrorClass.REPORTED_SPEECH),
                List.copyOf(contents.sentences().get(0).classes()));
        assertEquals(EnumSet.noneOf(CoderErrorClass.class), contents.sentences().get(1).classes());
        assertEquals(EnumSet.noneOf(CoderErrorClass.class), contents.sentences().get(2).classes());
    }

    @Test
    void errorClassesOutsideOneToEightOrNotIntegersMakeTheLineUnusable() throws IOException {
        List<String> values = List.of("[0]", "[9]", "[\"2\"]", "[2.5]", "[4, 4]", "4", "[1, null]");
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            lines.add("{\"id\": \"c" + i + "\", \"text\": \"Kestria waved.\", \"events\": [], \"classes\": "
                    + values.get(i) + "}");
        }
        lines.add("{\"id\": \"ok\", \"text\": \"Kestria waved.\", \"events\": [], \"classes\": [1, 8]}");
        GoldFile.Contents contents = GoldFile.read(Files.write(folder.resolve("bad.jsonl"), lines), null, null,
                GoldFile.Half.ALL);
        assertEquals(List.of("ok"), contents.sentences().stream().map(GoldSentence::id).toList());
        List<String> errors = contents.errors().stream().map(GoldFile.LineError::toString).toList();
        assertEquals(values.size(), errors.size(), errors.toString());
        String expected = "'classes' must be a list of distinct error-class numbers from 1 to 8";
        assertEquals("bad.jsonl:1 [c0]: " + expected + ": 0 is not one", errors.get(0));
        assertEquals("bad.jsonl:2 [c1]: " + expected + ": 9 is not one", errors.get(1));
        assertEquals("bad.jsonl:3 [c2]: " + expected + ": \"2\" is not one", errors.get(2));
        assertEquals("bad.jsonl:4 [c3]: " + expected + ": 2.5 is not one", errors.get(3));
        assertEquals("bad.jsonl:5 [c4]: " + expected + ": 4 is repeated", errors.get(4));
        assertEquals("bad.jsonl:6 [c5]: " + expected + ", not 4", errors.get(5));
        assertEquals("bad.jsonl:7 [c6]: " + expected + ": null is not one", errors.get(6));
    }

    @Test
    void referencedLinesKeepTheirErrorClasses() throws Exception {
        Path gold = Files.write(folder.resolve("gold-classes.jsonl"), List.of(
                "{\"id\": \"r1\", \"events\": [], \"classes\": [8]}"));
        GoldFile.Contents contents = GoldFile.read(gold, refs(), corpora, GoldFile.Half.DEV);
        assertEquals(EnumSet.of(CoderErrorClass.PRECISION_TRAPS), contents.sentences().get(0).classes());
    }

    @Test
    void errorClassNumbersMapToTheIssuesClasses() {
        assertEquals(CoderErrorClass.VERBS, CoderErrorClass.of(1));
        assertEquals(CoderErrorClass.PRECISION_TRAPS, CoderErrorClass.of(8));
        assertThrows(IllegalArgumentException.class, () -> CoderErrorClass.of(0));
        assertThrows(IllegalArgumentException.class, () -> CoderErrorClass.of(9));
    }
}
