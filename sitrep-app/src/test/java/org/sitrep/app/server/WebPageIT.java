package org.sitrep.app.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.sitrep.nlp.StandardPipeline;

/**
 * The web page in headless Chromium against a real server: it loads with every view drawn, filters through
 * the form and the address, shows an event's evidence and rule, and codes a pasted article. Screenshots
 * are kept in target/screenshots and checked not to be blank.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebPageIT {

    private static final Duration LOAD = Duration.ofSeconds(30);

    @TempDir
    static Path folder;

    private static SitrepServer server;
    private static Browser browser;
    private static String base;

    @BeforeAll
    static void start() {
        Path database = StoreFixture.random(folder.resolve("page.duckdb"), 400, 7);
        server = SitrepServer.start(ServerOptions.of(database, 0), StandardPipeline::create);
        base = "http://127.0.0.1:" + server.port() + "/";
        browser = new Browser(folder.resolve("chromium-profile"), Path.of("target", "screenshots"));
    }

    @AfterAll
    static void stop() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            server.close();
        }
    }

    private static void open(String address) {
        browser.driver().get(address);
        waitForViews();
    }

    private static void waitForViews() {
        Browser.waitFor("the views to load", LOAD,
                () -> "false".equals(browser.script("return document.body.dataset.loading")));
        Object error = browser.script("const e = document.getElementById('error'); return e.hidden ? '' : e.textContent");
        assertEquals("", error, "the page shows an error");
    }

    private static List<String> actorCells() {
        @SuppressWarnings("unchecked")
        List<String> cells = (List<String>) browser.script("return [...document.querySelectorAll('#events tbody tr')]"
                + ".map(row => row.children[1].textContent + '|' + row.children[3].textContent)");
        return cells;
    }

    @Test
    @Order(1)
    void pageDrawsMapTimelineNetworkAndTable() {
        open(base);
        assertEquals(50, browser.count("#events tbody tr"), "a first page of events");
        // At world zoom the light 1:110m outlines (177 countries); 1:50m comes once the map is zoomed in.
        assertTrue(browser.count("#map path.country") > 150, "the shipped world outlines");
        assertEquals("110m", browser.script("return document.getElementById('map').dataset.outlines"));
        assertTrue(browser.count("#map circle.cluster") > 3, "event clusters on the map");
        assertTrue(browser.count("#network path.edge.coop") > 0, "cooperation edges");
        assertTrue(browser.count("#network path.edge.conflict") > 0, "conflict edges");
        assertTrue(browser.count("#timeline .bars rect") > 20, "timeline bars");
        assertTrue(browser.driver().findElement(By.id("summary")).getText().contains("events from 400 articles"));
        Browser.Picture picture = browser.screenshot("1-page");
        assertTrue(picture.looksDrawn(), "blank screenshot: " + picture);
    }

    @Test
    @Order(2)
    void filterFormNarrowsEveryViewAndIsKeptInTheAddress() {
        open(base);
        WebElement actor = browser.driver().findElement(By.name("actor"));
        actor.clear();
        actor.sendKeys("ISR");
        browser.driver().findElement(By.cssSelector("label.q4 input")).click();
        // What the page shows at the moment it starts loading, before any data arrive.
        browser.script("window.loadingSeen = [];"
                + "new MutationObserver(() => { if (document.body.dataset.loading === 'true') window.loadingSeen.push("
                + "getComputedStyle(document.getElementById('loading')).display + '|'"
                + " + getComputedStyle(document.querySelector('.grid')).opacity); })"
                + ".observe(document.body, { attributes: true, attributeFilter: ['data-loading'] });");
        browser.driver().findElement(By.id("apply")).click();
        Browser.waitFor("the address to take the filter", LOAD,
                () -> browser.driver().getCurrentUrl().contains("actor=ISR"));
        waitForViews();
        String address = browser.driver().getCurrentUrl();
        assertTrue(address.contains("quad=4"), address);
        assertEquals("block|0.45", String.valueOf(browser.script("return window.loadingSeen[0]")),
                "a loading indicator shows and the old views dim while Apply loads");
        assertEquals("none", browser.script("return getComputedStyle(document.getElementById('loading')).display"),
                "the indicator goes once the views are drawn");
        browser.script("document.body.dataset.loading = 'true'");
        Browser.Picture loading = browser.screenshot("2-loading");
        browser.script("document.body.dataset.loading = 'false'");
        assertTrue(loading.looksDrawn(), "blank screenshot: " + loading);
        List<String> cells = actorCells();
        assertFalse(cells.isEmpty());
        for (String cell : cells) {
            assertTrue(cell.startsWith("ISR") || cell.contains("|ISR"), "an event without Israel: " + cell);
        }
        assertEquals(browser.count("#events tbody .quad-chip"), browser.count("#events tbody .quad-chip.quad-4"),
                "only material conflict");
        assertEquals(0, browser.count("#network path.edge.coop"), "no cooperation edge under a conflict filter");
        Browser.Picture picture = browser.screenshot("2-filtered");
        assertTrue(picture.looksDrawn(), "blank screenshot: " + picture);

        // The address alone brings the same view back, form included.
        browser.driver().navigate().refresh();
        waitForViews();
        assertEquals("ISR", browser.driver().findElement(By.name("actor")).getAttribute("value"));
        assertEquals(cells, actorCells());
    }

    @Test
    @Order(3)
    void clickingAnEventShowsItsSentenceEvidenceAndRule() {
        open(base + "?actor=SYR&view=reports");
        WebElement row = browser.driver().findElement(By.cssSelector("#events tbody tr"));
        String evidence = row.findElements(By.tagName("td")).get(5).getText();
        row.click();
        Browser.waitFor("the detail", LOAD, () -> browser.count("#detail .sentence") == 1);
        String highlighted = (String) browser.script("return [...document.querySelectorAll('#detail .sentence .evidence')]"
                + ".map(e => e.textContent).join('')");
        assertEquals(evidence, highlighted, "the highlighted words are the event's evidence");
        assertEquals(1, browser.count("#detail .trigger"));
        String rule = browser.driver().findElement(By.cssSelector("#detail dd[data-field='rule']")).getText();
        assertTrue(rule.startsWith("fixture-"), rule);
        assertTrue(browser.driver().getCurrentUrl().contains("event="), "the chosen event is in the address");
        Browser.Picture picture = browser.screenshot("3-event");
        assertTrue(picture.looksDrawn(), "blank screenshot: " + picture);
    }

    @Test
    @Order(4)
    void networkEdgeClickFiltersToThePair() {
        open(base + "?level=country");
        WebElement edge = browser.driver().findElement(By.cssSelector("#network path.edge"));
        String a = edge.getAttribute("data-a");
        String b = edge.getAttribute("data-b");
        browser.script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", edge);
        Browser.waitFor("the pair filter", LOAD, () -> browser.driver().getCurrentUrl().contains("actor2=" + b));
        waitForViews();
        for (String cell : actorCells()) {
            String[] sides = cell.split("\\|");
            assertTrue(sides[0].startsWith(a) && sides[1].startsWith(b) || sides[0].startsWith(b) && sides[1].startsWith(a),
                    "an event outside " + a + "-" + b + ": " + cell);
        }
    }

    @Test
    @Order(5)
    void pastedArticleShowsItsEventsActorsAndNetwork() throws IOException {
        open(base + "?tab=code");
        String article;
        try (InputStream in = WebPageIT.class.getResourceAsStream("pasted-article.txt")) {
            article = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        WebElement box = browser.driver().findElement(By.id("article-text"));
        box.sendKeys(article);
        browser.driver().findElement(By.id("article-date")).sendKeys("06032025");
        browser.driver().findElement(By.id("code-button")).click();
        Browser.waitFor("the article to be coded", Duration.ofMinutes(3),
                () -> !(Boolean) browser.script("return document.getElementById('code-results').hidden")
                        || ((String) browser.script("return document.getElementById('code-status').textContent"))
                        .contains("error"));
        String status = browser.driver().findElement(By.id("code-status")).getText();
        assertTrue(status.contains("events"), status);
        assertTrue(browser.count("#code-events tbody tr[data-id]") >= 2, "events of the pasted article: " + status);
        assertTrue(browser.count("#code-actors li") >= 3, "actors of the pasted article");
        String actors = browser.driver().findElement(By.id("code-actors")).getText();
        for (String country : List.of("IRN", "RUS", "SYR", "ISR")) {
            assertTrue(actors.contains(country), country + " among the actors: " + actors);
        }
        assertTrue(browser.count("#code-network path.edge") >= 1, "the article's network");
        assertTrue(browser.count("#code-places li") >= 1, "places: a list or the note saying why there is none");
        browser.driver().findElement(By.cssSelector("#code-events tbody tr")).click();
        Browser.waitFor("the pasted event's detail", LOAD, () -> browser.count("#code-detail .evidence") > 0);
        Browser.Picture picture = browser.screenshot("4-pasted-article");
        assertTrue(picture.looksDrawn(), "blank screenshot: " + picture);
    }
}
