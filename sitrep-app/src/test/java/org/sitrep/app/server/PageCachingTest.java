package org.sitrep.app.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page's files as the server sends them: index.html asked for again on every load, scripts and style
 * sheet under content-hashed names that browsers keep for a year, and a script light enough for a first
 * load, with the detailed world outlines in a file of their own.
 */
class PageCachingTest {

    private static final Pattern SCRIPT = Pattern.compile("src=\"(assets/app-[A-Z0-9]{8}\\.js)\"");
    private static final Pattern STYLE = Pattern.compile("href=\"(assets/style-[0-9a-f]{10}\\.css)\"");
    private static final Pattern DETAIL = Pattern.compile("\"\\./(countries-50m-[A-Z0-9]{8}\\.js)\"");

    @TempDir
    static Path folder;

    private static SitrepServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        Path database = new StoreFixture()
                .article(StoreFixture.event("2025-03-03", "ISRMIL", "Israeli jets", "struck", "IRNMIL", "radar sites",
                        "190", -10, 4))
                .write(folder.resolve("page.duckdb"));
        server = SitrepServer.start(ServerOptions.of(database, 0), ServerApiTest.NO_MODELS);
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String linked(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertTrue(matcher.find(), pattern + " in " + text);
        return matcher.group(1);
    }

    private static Http.Answer asset(String path) {
        Http.Answer answer = http.get("/" + path);
        assertEquals(200, answer.status(), path + ": " + answer.status());
        assertEquals("public, max-age=31536000, immutable", answer.headers().firstValue("Cache-Control").orElse(""),
                path);
        assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""), path);
        return answer;
    }

    @Test
    void pageIsRevalidatedAndItsHashedFilesAreKeptForAYear() {
        Http.Answer page = http.get("/");
        assertEquals(200, page.status());
        assertTrue(page.contentType().startsWith("text/html"), page.contentType());
        assertEquals("no-cache", page.headers().firstValue("Cache-Control").orElse(""));
        Http.Answer script = asset(linked(SCRIPT, page.body()));
        assertTrue(script.contentType().contains("javascript"), script.contentType());
        Http.Answer style = asset(linked(STYLE, page.body()));
        assertTrue(style.contentType().startsWith("text/css"), style.contentType());
        assertEquals(404, http.get("/app.js").status(), "no unhashed script a browser could keep stale");
    }

    @Test
    void firstLoadCarriesTheLightOutlinesAndTheDetailedOnesComeApart() {
        String script = asset(linked(SCRIPT, http.get("/").body())).body();
        // The page with its 1:50m outlines was 964,442 bytes; with the 1:110m ones it is about a third of that.
        assertTrue(script.length() < 400_000, "app script of " + script.length() + " characters");
        String detail = asset("assets/" + linked(DETAIL, script)).body();
        assertTrue(detail.length() > 600_000, "the detailed outlines: " + detail.length() + " characters");
    }
}
