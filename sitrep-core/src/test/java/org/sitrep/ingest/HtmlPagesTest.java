package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;
import org.sitrep.pipeline.Input;

/** Web pages read through {@link ArticleReader}: main text, title, date, url, and pages that hold no article. */
class HtmlPagesTest {

    private static final LocalDate DEFAULT_DATE = LocalDate.of(2025, 5, 1);

    @TempDir
    Path folder;

    private Path copy(String name) throws IOException {
        Path file = folder.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("html/" + name)) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    private static List<Input> read(Path... files) {
        List<Input> inputs = new ArrayList<>();
        try (ArticleReader reader = ArticleReader.open(List.of(files), new ReadOptions(DEFAULT_DATE, 100_000))) {
            reader.forEachRemaining(inputs::add);
        }
        return inputs;
    }

    private Article article(String name) throws IOException {
        return assertInstanceOf(Input.Readable.class, read(copy(name)).get(0)).article();
    }

    private Problem problem(String name) throws IOException {
        return assertInstanceOf(Input.Unreadable.class, read(copy(name)).get(0)).problem();
    }

    @Test
    void articlePageKeepsTheStoryAndDropsCookieNavAdsCaptionsRelatedNewsletterAndComments() throws IOException {
        Article article = article("news-article.html");
        String body = article.body();
        assertTrue(body.startsWith("The governments of Norland and Vallonia agreed on Thursday"), body);
        assertTrue(body.endsWith("Norland's opposition criticised the deal as too generous."), body);
        assertEquals(4, body.split("\n\n").length, body);
        for (String boilerplate : List.of("cookies", "Politics", "Advertisement", "Lorries queue", "Related",
                "Fishing dispute", "newsletter", "common sense", "Most read", "All rights reserved", "By Ana Varga",
                "Share on")) {
            assertFalse(body.contains(boilerplate), boilerplate + " left in: " + body);
        }
    }

    @Test
    void articlePageGivesOpenGraphTitleSiteCanonicalUrlAndPublishedTime() throws IOException {
        Article article = article("news-article.html");
        assertEquals("Norland and Vallonia agree to reopen border crossings", article.title());
        assertEquals("The Norland Herald", article.source());
        assertEquals("https://herald.example/world/2025/04/11/border-crossings", article.url());
        assertEquals(LocalDate.of(2025, 4, 11), article.date(), "the publisher's day, not UTC's");
    }

    @Test
    void pageWithoutArticleTagIsReadByTextDensityWithJsonLdDate() throws IOException {
        Article article = article("div-soup.htm");
        assertEquals("Kestria port strike enters second week", article.title());
        assertEquals(LocalDate.of(2025, 2, 19), article.date());
        assertTrue(article.body().startsWith("Dock workers in Kestria's main port"), article.body());
        assertTrue(article.body().contains("mediation by the labour court."), article.body());
        assertFalse(article.body().contains("winter fish stew"), article.body());
        assertFalse(article.body().contains("How the strike began"), "a read-more link is not story text");
    }

    @Test
    void pageWithNoDateTakesTheDefaultDate() throws IOException {
        assertEquals(DEFAULT_DATE, article("truncated.html").date());
    }

    @Test
    void truncatedHtmlKeepsTheTextThatArrived() throws IOException {
        Article article = article("truncated.html");
        assertEquals("Vallonia parliament dissolved", article.title());
        assertTrue(article.body().contains("called an early election"), article.body());
    }

    @Test
    void frontPageOfHeadlinesIsNoArticle() throws IOException {
        Problem problem = problem("front-page.html");
        assertEquals(Problem.Kind.NO_ARTICLE, problem.kind());
        assertTrue(problem.message().contains("no article"), problem.message());
    }

    @Test
    void fileWithoutMarkupIsNotHtml() throws IOException {
        Problem problem = problem("no-markup.html");
        assertEquals(Problem.Kind.MALFORMED_RECORD, problem.kind());
        assertTrue(problem.message().startsWith("not HTML"), problem.message());
    }

    @Test
    void binaryAndEmptyPagesAreReported() throws IOException {
        Path binary = folder.resolve("image.html");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        Path empty = folder.resolve("empty.htm");
        Files.write(empty, new byte[0]);
        List<Input> inputs = read(binary, empty);
        assertEquals(Problem.Kind.BINARY, assertInstanceOf(Input.Unreadable.class, inputs.get(0)).problem().kind());
        assertEquals(Problem.Kind.EMPTY, assertInstanceOf(Input.Unreadable.class, inputs.get(1)).problem().kind());
    }

    @Test
    void pageDeclaredInAnotherLanguageIsSkippedWithItsCode() throws IOException {
        Problem problem = problem("german.html");
        assertEquals(Problem.Kind.LANGUAGE, problem.kind());
        assertTrue(problem.message().startsWith("LANGUAGE de"), problem.message());
    }

    @Test
    void gzippedPageIsRead() throws IOException {
        Path plain = copy("news-article.html");
        Path gz = folder.resolve("news-article.html.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(plain));
        }
        Article article = assertInstanceOf(Input.Readable.class, read(gz).get(0)).article();
        assertEquals("Norland and Vallonia agree to reopen border crossings", article.title());
    }
}
