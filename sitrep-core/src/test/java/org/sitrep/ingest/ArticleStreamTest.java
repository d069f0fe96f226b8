package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;
import org.sitrep.pipeline.Input;

/** Reading one stream, as {@code ingest -} reads standard input. */
class ArticleStreamTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 14);

    private static List<Input> read(byte[] bytes, LocalDate date) {
        List<Input> inputs = new ArrayList<>();
        try (ArticleReader reader = ArticleReader.openStream(new ByteArrayInputStream(bytes), "stdin",
                new ReadOptions(date, 10_000))) {
            reader.forEachRemaining(inputs::add);
        }
        return inputs;
    }

    private static List<Input> read(String text, LocalDate date) {
        return read(text.getBytes(StandardCharsets.UTF_8), date);
    }

    private static Article article(Input input) {
        return assertInstanceOf(Input.Readable.class, input, input.toString()).article();
    }

    private static Problem problem(Input input) {
        return assertInstanceOf(Input.Unreadable.class, input, input.toString()).problem();
    }

    @Test
    void streamStartingWithABraceIsReadAsJsonLinesWithLineOrigins() {
        List<Input> inputs = read("""
                  {"title": "Norland recalls envoy", "text": "Norland recalled its envoy from Vallonia.", "date": "2025-01-02"}
                {"title": "broken
                {"title": "Kestria opens talks", "text": "Kestria opened talks with Norland."}
                """, DAY);
        assertEquals(3, inputs.size());
        assertEquals("Norland recalls envoy", article(inputs.get(0)).title());
        assertEquals(LocalDate.of(2025, 1, 2), article(inputs.get(0)).date());
        assertEquals("stdin:1", article(inputs.get(0)).origin());
        assertEquals(Problem.Kind.MALFORMED_RECORD, problem(inputs.get(1)).kind());
        assertEquals("stdin:2", problem(inputs.get(1)).origin());
        assertEquals(DAY, article(inputs.get(2)).date(), "records without a date take the default date");
    }

    @Test
    void otherStreamIsOnePlainTextArticleWithTheDefaultDate() {
        List<Input> inputs = read("\nVallonia closes border\n\nVallonia closed its border with Kestria on Monday.\n"
                + "{not json, just a brace in the text}\n", DAY);
        assertEquals(1, inputs.size());
        Article article = article(inputs.get(0));
        assertEquals("Vallonia closes border", article.title());
        assertEquals(DAY, article.date());
        assertEquals("stdin", article.origin());
        assertNull(article(read("Undated\n\nbody", null).get(0)).date());
    }

    @Test
    void streamStartingWithATagIsOneHtmlPage() {
        String page = "<!DOCTYPE html><html><head><title>Kestria votes | Post</title></head><body>"
                + "<nav><a href='/'>Home</a></nav><article><h1>Kestria votes</h1><p>"
                + "Voters in Kestria chose a new parliament on Sunday in an election that observers from Norland "
                + "called calm and orderly.</p><p>The count is expected to finish on Tuesday, the electoral "
                + "commission said, and turnout was higher than at the last vote.</p></article></body></html>";
        List<Input> inputs = read(page, DAY);
        assertEquals(1, inputs.size());
        assertEquals("Kestria votes", article(inputs.get(0)).title());
        assertEquals(DAY, article(inputs.get(0)).date());
        assertEquals(false, article(inputs.get(0)).body().contains("Home"));
    }

    @Test
    void emptyBinaryAndOversizedStreamsAreReportedNotCoded() {
        assertEquals(Problem.Kind.EMPTY, problem(read("", DAY).get(0)).kind());
        assertEquals(Problem.Kind.EMPTY, problem(read(" \n\n", DAY).get(0)).kind());
        assertEquals(Problem.Kind.BINARY, problem(read(new byte[] {'a', 0, 'b', 0}, DAY).get(0)).kind());
        assertEquals(Problem.Kind.TOO_LARGE, problem(read("x".repeat(40_000), DAY).get(0)).kind());
    }

    @Test
    void brokenUtf8InTextIsFlaggedAndTheArticleKept() {
        byte[] bytes = "Norland votes\n\nThe vote passed \u00e9".getBytes(StandardCharsets.ISO_8859_1);
        Input input = read(bytes, DAY).get(0);
        assertEquals(Problem.Kind.BROKEN_ENCODING,
                assertInstanceOf(Input.Readable.class, input).problems().get(0).kind());
    }
}
