package org.sitrep.app.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * What an analyst works with on the page, in headless Chromium: merged events as the table's default with
 * their reports, export of the selection, an event detail that leaves when the filters exclude its event, and
 * rows chosen by keyboard. Screenshots go to target/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnalystPageIT {

    private static final Duration LOAD = Duration.ofSeconds(30);

    @TempDir
    static Path folder;

    private static SitrepServer server;
    private static Browser browser;
    private static Http http;
    private static String base;

    @BeforeAll
    static void start() {
        Path database = StoreFixture.random(folder.resolve("analyst.duckdb"), 400, 7);
        server = SitrepServer.start(ServerOptions.of(database, 0), PlacingPipeline::create);
        base = "http://127.0.0.1:" + server.port() + "/";
        http = new Http(server.port());
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

    private static String text(String selector) {
        return browser.driver().findElement(By.cssSelector(selector)).getText();
    }

    private static void apply(String field, String value) {
        WebElement input = browser.driver().findElement(By.name(field));
        input.clear();
        input.sendKeys(value);
        browser.driver().findElement(By.id("apply")).click();
        Browser.waitFor("the address to take " + field, LOAD,
                () -> browser.driver().getCurrentUrl().contains(field + "=" + value));
        waitForViews();
    }

    /** Picks an option of a select as a user does, change event included. */
    private static void choose(String select, String value) {
        browser.script("const s = document.getElementById(arguments[0]); s.value = arguments[1];"
                + "s.dispatchEvent(new Event('change', {bubbles: true}))", select, value);
        assertEquals(value, browser.script("return document.getElementById(arguments[0]).value", select));
    }

    private static void scrollTo(String selector) {
        browser.script("document.querySelector(arguments[0]).scrollIntoView({block: 'center'})", selector);
    }

    @Test
    @Order(1)
    void mergedEventsAreTheDefaultWithTheirCountsAndReports() {
        JsonNode top = http.get("/api/merged?sort=reported&limit=1").json().get("items").get(0);
        assertTrue(top.get("numMentions").asInt() > 1, "the random store has an event told twice: " + top);
        open(base);
        assertEquals("merged", browser.script("return document.getElementById('view').value"));
        assertEquals("Reports / publishers / articles", text("#last-column"));
        assertTrue(text("#events-count").contains("real events"), text("#events-count"));
        assertEquals(50, browser.count("#events tbody tr[data-id]"));
        assertEquals(0, browser.count("#timeline-all"), "a year of evenly spread events is shown whole");
        choose("sort", "reported");
        Browser.waitFor("the most reported first", LOAD, () -> browser.driver().getCurrentUrl().contains("sort=reported"));
        waitForViews();
        WebElement first = browser.driver().findElement(By.cssSelector("#events tbody tr[data-id]"));
        assertEquals(top.get("id").asText(), first.getAttribute("data-id"));
        assertEquals(top.get("numMentions").asText(),
                first.findElement(By.cssSelector("td.counts")).getAttribute("data-mentions"));
        first.click();
        Browser.waitFor("the merged event's reports", LOAD, () -> browser.count("#detail .reports li") > 0);
        assertEquals(top.get("numMentions").asInt(), browser.count("#detail .reports li"), "one line per report");
        assertTrue(text("#detail dd[data-field='reported']").startsWith(top.get("numMentions").asText() + " reports"));
        assertTrue(browser.driver().getCurrentUrl().contains("merged=" + top.get("id").asText()));
        // A report's title is a link to its article; its sentence opens below the list.
        WebElement link = browser.driver().findElement(By.cssSelector("#detail .reports li a"));
        assertTrue(link.getAttribute("href").startsWith("https://example.org/fixture/"), link.getAttribute("href"));
        browser.driver().findElement(By.cssSelector("#detail .reports li button.report-open")).click();
        Browser.waitFor("the report's sentence", LOAD, () -> browser.count("#detail .report-detail .evidence") > 0);
        scrollTo("#detail");
        Browser.Picture picture = browser.screenshot("analyst-1-merged");
        assertTrue(picture.looksDrawn(), "blank screenshot: " + picture);

        // The reports view is one row per coded event, as before merging.
        choose("view", "reports");
        Browser.waitFor("the reports view", LOAD, () -> browser.driver().getCurrentUrl().contains("view=reports"));
        waitForViews();
        assertEquals("Evidence", text("#last-column"));
        assertTrue(text("#events-count").contains("reports"), text("#events-count"));
        long coded = http.get("/api/events?limit=1").json().get("total").asLong();
        assertTrue(text("#events-count").startsWith(coded + " "), text("#events-count"));
    }

    @Test
    @Order(2)
    void exportDownloadsTheSelectionInTheChosenFormat() {
        open(base + "?actor=ISR&quad=4");
        String href = browser.driver().findElement(By.id("export")).getAttribute("href");
        assertTrue(href.contains("/api/export?") && href.contains("format=csv") && href.contains("actor=ISR")
                && href.contains("quad=4"), href);
        long selected = http.get("/api/events?actor=ISR&quad=4&limit=1").json().get("total").asLong();
        long merged = http.get("/api/merged?actor=ISR&quad=4&limit=1").json().get("total").asLong();
        assertTrue(selected > 0 && merged > 0);
        for (String format : List.of("csv", "gdelt", "plover", "gdelt-merged")) {
            choose("export-format", format);
            String link = browser.driver().findElement(By.id("export")).getAttribute("href");
            assertTrue(link.contains("format=" + format), link);
            // What the link downloads, fetched as the browser would.
            Object lines = browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "fetch(document.getElementById('export').href).then(r => r.text())"
                    + ".then(t => done(t.split(/\\r?\\n/).filter(l => l.length).length))", new Object[0]);
            long expected = format.equals("csv") ? selected + 1 : format.equals("gdelt-merged") ? merged : selected;
            assertEquals(expected, ((Number) lines).longValue(), format + " lines for " + selected + " events");
        }
        scrollTo("#export");
        Browser.Picture picture = browser.screenshot("analyst-2-export");
        assertTrue(picture.looksDrawn(), "blank screenshot: " + picture);
    }

    @Test
    @Order(3)
    void detailShowsLinkAndArticleDateAndLeavesWhenTheFilterExcludesItsEvent() {
        open(base + "?view=reports&actor=SYR");
        WebElement row = browser.driver().findElement(By.cssSelector("#events tbody tr[data-id]"));
        String id = row.getAttribute("data-id");
        row.click();
        Browser.waitFor("the detail", LOAD, () -> browser.count("#detail .sentence") == 1);
        WebElement address = browser.driver().findElement(By.cssSelector("#detail dd[data-field='address'] a"));
        assertTrue(address.getAttribute("href").startsWith("https://example.org/fixture/"));
        assertEquals("noopener noreferrer", address.getAttribute("rel"));
        JsonNode event = http.get("/api/events/" + id).json();
        assertEquals(event.get("article").get("date").asText(), text("#detail dd[data-field='article date']"));
        scrollTo("#detail");
        Browser.Picture picture = browser.screenshot("analyst-3-detail");
        assertTrue(picture.looksDrawn(), "blank screenshot: " + picture);

        // A filter that keeps the event keeps the detail.
        apply("code", event.get("cameoCode").asText());
        assertEquals(1, browser.count("#detail .sentence"), "the event still matches");
        assertTrue(browser.driver().getCurrentUrl().contains("event=" + id));

        // One that excludes it drops it, from the page and from the address.
        String source = event.get("source").get("code").asText();
        String target = event.get("target").get("code").asText();
        String other = List.of("USA", "FRA", "CHN").stream()
                .filter(code -> !source.startsWith(code) && !target.startsWith(code)).findFirst().orElseThrow();
        apply("actor", other);
        assertEquals(0, browser.count("#detail .sentence"), "the detail of an excluded event is gone");
        assertFalse(browser.driver().getCurrentUrl().contains("event="), browser.driver().getCurrentUrl());
        assertTrue(text("#detail").startsWith("Click an event"), text("#detail"));
    }

    @Test
    @Order(4)
    void rowsAreReachableAndChosenByKeyboard() {
        open(base + "?view=reports");
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#events tbody tr[data-id]"));
        assertEquals("0", rows.get(0).getAttribute("tabindex"));
        // Tab from the last control before the table lands on its first row.
        browser.script("document.getElementById('export').focus()");
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        assertEquals(rows.get(0).getAttribute("data-id"),
                browser.script("return document.activeElement.dataset.id"), "Tab reaches the first row");
        new Actions(browser.driver()).sendKeys(Keys.ARROW_DOWN).perform();
        assertEquals(rows.get(1).getAttribute("data-id"), browser.script("return document.activeElement.dataset.id"),
                "the arrow moves to the next row");
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        Browser.waitFor("the detail of the chosen row", LOAD, () -> browser.count("#detail .sentence") == 1);
        assertEquals("true", rows.get(1).getAttribute("aria-selected"));
        assertTrue(browser.driver().getCurrentUrl().contains("event=" + rows.get(1).getAttribute("data-id")));
        Browser.Picture picture = browser.screenshot("analyst-4-keyboard");
        assertTrue(picture.looksDrawn(), "blank screenshot: " + picture);
    }

    @Test
    @Order(5)
    void timelineShowsWhereMostEventsAreAndDrawsYearOnlyDatesAsBands() {
        Path dated = TimelineApiTest.datedStore(folder.resolve("dated.duckdb"));
        try (SitrepServer datedServer = SitrepServer.start(ServerOptions.of(dated, 0), ServerApiTest.NO_MODELS)) {
            String page = "http://127.0.0.1:" + datedServer.port() + "/";
            open(page + "?view=reports");
            assertEquals(10, browser.count("#timeline .bars rect"), "the ten days of March, not 1990 nor 1877");
            String ticks = String.valueOf(browser.script("return [...document.querySelectorAll('#timeline .axis text')]"
                    + ".map(t => t.textContent).join(' ')"));
            assertFalse(ticks.contains("1900"), "the axis is not stretched back to 1877: " + ticks);
            WebElement all = browser.driver().findElement(By.id("timeline-all"));
            assertEquals("show all (3 events outside)", all.getText());
            scrollTo("#timeline");
            Browser.Picture focused = browser.screenshot("analyst-5-timeline-focus");
            assertTrue(focused.looksDrawn(), "blank screenshot: " + focused);

            all.click();
            Browser.waitFor("the whole series", LOAD, () -> browser.count("#timeline .coarse rect") == 2);
            assertEquals("year", browser.script("return document.querySelector('#timeline .coarse rect').dataset.precision"));
            String wide = String.valueOf(browser.script("return [...document.querySelectorAll('#timeline .axis text')]"
                    + ".map(t => t.textContent).join(' ')"));
            assertTrue(wide.contains("1900"), "all of it reaches back to 1877: " + wide);
            assertEquals(11, browser.count("#timeline .bars rect"), "day bars only for events dated to the day");
            Browser.Picture whole = browser.screenshot("analyst-5-timeline-all");
            assertTrue(whole.looksDrawn(), "blank screenshot: " + whole);

            // The detail of the old event says it is dated only to its year, and by which words.
            open(page + "?view=reports&actor=RUS&actor2=IRN");
            browser.driver().findElement(By.cssSelector("#events tbody tr[data-id]")).click();
            Browser.waitFor("the detail", LOAD, () -> browser.count("#detail .sentence") == 1);
            assertEquals("1877 (year only) — words in the event's sentence: “in 1877”", text("#detail dd[data-field='date']"));
            assertEquals("2025-03-04", text("#detail dd[data-field='article date']"));
        }
    }

    @Test
    @Order(6)
    void actorNamesSuggestCodesCameoCodesArePickedAndPublishersFilter() {
        open(base + "?view=reports");
        WebElement actor = browser.driver().findElement(By.name("actor"));
        actor.clear();
        actor.sendKeys("hezbollah");
        Browser.waitFor("actor suggestions", LOAD, () -> browser.count("#actor-options option") > 0);
        assertEquals("LBNREB", browser.script("return document.querySelector('#actor-options option').value"),
                "the name typed suggests the code it is written under");
        assertTrue(String.valueOf(browser.script("return document.querySelector('#actor-options option').label"))
                .startsWith("Hezbollah fighters"));
        assertTrue(browser.count("#cameo-options option") > 200, "every CAMEO code to pick from");
        assertTrue(String.valueOf(browser.script("return document.querySelector('#cameo-options option[value=\"190\"]').label"))
                .contains("conventional military force"));
        actor.clear();

        JsonNode publishers = http.get("/api/publishers").json();
        String publisher = publishers.get("items").get(1).get("name").asText();
        long events = publishers.get("items").get(1).get("events").asLong();
        assertTrue(browser.count("select[name='publisher'] option") >= 5, "any, and the four publishers");
        browser.script("document.querySelector('select[name=\"publisher\"]').value = arguments[0]", publisher);
        browser.driver().findElement(By.id("apply")).click();
        Browser.waitFor("the publisher filter", LOAD, () -> browser.driver().getCurrentUrl().contains("publisher="));
        waitForViews();
        assertTrue(text("#events-count").startsWith(events + " reports"), text("#events-count") + " for " + publisher);
        assertTrue(browser.driver().findElement(By.id("export")).getAttribute("href")
                .contains("publisher=" + Http.encode(publisher)), "the export follows it");
        browser.script("window.scrollTo(0, 0)");
        Browser.Picture picture = browser.screenshot("analyst-6-pickers");
        assertTrue(picture.looksDrawn(), "blank screenshot: " + picture);
    }

    @Test
    @Order(7)
    void storiesTabListsLargestFirstAndAStoryLeadsToItsEvents() {
        Path stories = StoriesApiTest.storyStore(folder.resolve("stories.duckdb"));
        try (SitrepServer storyServer = SitrepServer.start(ServerOptions.of(stories, 0), ServerApiTest.NO_MODELS)) {
            String page = "http://127.0.0.1:" + storyServer.port() + "/";
            open(page + "?tab=stories");
            Browser.waitFor("the stories", LOAD, () -> browser.count("#story-list li[data-id]") >= 2);
            String first = text("#story-list li[data-id] .hint");
            assertTrue(first.startsWith("3 articles"), "the largest story first: " + first);
            browser.driver().findElement(By.cssSelector("#story-list li[data-id] button")).click();
            Browser.waitFor("the story", LOAD, () -> browser.count("#story-detail .story-articles li") == 3);
            assertEquals("6", text("#story-detail dd[data-field='events']"));
            for (WebElement link : browser.driver().findElements(By.cssSelector("#story-detail .story-articles a"))) {
                assertTrue(link.getText().contains("Zelvora"), link.getText());
            }
            Browser.waitFor("the story's timeline", LOAD, () -> browser.count("#story-timeline .bars rect") > 0);
            assertEquals(6, browser.count("#story-timeline .bars rect"),
                    "three days of reports, each with a verbal and a material conflict");
            Browser.Picture picture = browser.screenshot("analyst-7-stories");
            assertTrue(picture.looksDrawn(), "blank screenshot: " + picture);

            browser.driver().findElement(By.id("story-explore")).click();
            Browser.waitFor("the story's events", LOAD, () -> browser.driver().getCurrentUrl().contains("story="));
            waitForViews();
            assertTrue(text("#events-count").startsWith("2 real events"), text("#events-count"));
            assertFalse((Boolean) browser.script("return document.getElementById('explore').hidden"));
        }
    }

    @Test
    @Order(8)
    void quotesTabShowsSpeakerWordsArticleAndOpensTheirEvents() {
        Path quotes = QuotesApiTest.quoteStore(folder.resolve("quotes.duckdb"));
        try (SitrepServer quoteServer = SitrepServer.start(ServerOptions.of(quotes, 0), ServerApiTest.NO_MODELS)) {
            String page = "http://127.0.0.1:" + quoteServer.port() + "/";
            open(page + "?tab=quotes");
            Browser.waitFor("the quotes", LOAD, () -> browser.count("#quote-list li[data-id]") == 2);
            String all = text("#quote-list");
            assertTrue(all.contains("Tehran (IRNGOV): that any strike on Zelvora would be answered"), all);
            assertEquals(2, browser.count("#quote-list .linked button"), "each warning links its event: " + all);
            assertFalse(all.contains("null"), "no raw joined values: " + all);
            WebElement search = browser.driver().findElement(By.id("quote-text"));
            search.sendKeys("restraint");
            search.submit();
            Browser.waitFor("the search", LOAD, () -> browser.count("#quote-list li[data-id]") == 1);
            assertTrue(text("#quote-list li").startsWith("Moscow (RUSGOV)"), text("#quote-list li"));
            Browser.Picture picture = browser.screenshot("analyst-8-quotes");
            assertTrue(picture.looksDrawn(), "blank screenshot: " + picture);

            browser.driver().findElement(By.cssSelector("#quote-list .linked button")).click();
            Browser.waitFor("the linked event in Explore", LOAD, () -> browser.count("#detail .sentence") == 1);
            assertTrue(text("#detail .sentence").startsWith("Moscow urged Tehran"), text("#detail .sentence"));
            assertFalse((Boolean) browser.script("return document.getElementById('explore').hidden"));
        }
    }

    @Test
    @Order(9)
    void mapHasZoomControlsAndATruthfulNoteAndCountriesLeaveAgentTypesOut() {
        Path placed = MapAndNetworkApiTest.placedStore(folder.resolve("placed.duckdb"));
        try (SitrepServer placedServer = SitrepServer.start(ServerOptions.of(placed, 0), ServerApiTest.NO_MODELS)) {
            String page = "http://127.0.0.1:" + placedServer.port() + "/";
            open(page);
            assertTrue(text("#map-note").startsWith("1 events at 1 places"), text("#map-note"));
            String before = String.valueOf(browser.script("return document.querySelector('#map g.base').getAttribute('transform')"));
            browser.driver().findElement(By.id("map-zoom-in")).click();
            Browser.waitFor("the map to zoom in", LOAD, () -> String.valueOf(browser.script(
                    "return document.querySelector('#map g.base').getAttribute('transform')")).contains("scale(2)"));
            browser.driver().findElement(By.id("map-reset")).click();
            Browser.waitFor("the map to reset", LOAD, () -> String.valueOf(browser.script(
                    "return document.querySelector('#map g.base').getAttribute('transform')")).contains("scale(1)"));
            assertFalse(before.contains("scale(2)"), before);
            assertTrue(text("#network-note").contains("GOV"), text("#network-note"));
            assertEquals(0, browser.count("#network g.node[data-code='GOV']"), "no GOV country node");
            assertEquals(0, browser.count("#network g.node[data-code='MED']"), "no MED country node");
            browser.script("window.scrollTo(0, 0)");
            Browser.Picture picture = browser.screenshot("analyst-9-map-network");
            assertTrue(picture.looksDrawn(), "blank screenshot: " + picture);

            // Events without places: the note says none of them has one, not that the store has none.
            open(page + "?quad=1");
            assertTrue(text("#map-note").startsWith("none of the matching events has a place"), text("#map-note"));
        }
    }

    @Test
    @Order(10)
    void networkLabelsStayInsideTheChartAndNeverOverlap() {
        for (String level : List.of("country", "actor")) {
            open(base + "?level=" + level);
            long nodes = browser.count("#network g.node");
            assertTrue(nodes > 5, level);
            String shown = "[...document.querySelectorAll('#network g.node text')]"
                    + ".filter(t => getComputedStyle(t).display !== 'none')";
            Object cut = browser.script("const box = document.getElementById('network').getBoundingClientRect();"
                    + "return " + shown + ".filter(t => {"
                    + " const r = t.getBoundingClientRect();"
                    + " return r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5"
                    + " || r.bottom > box.bottom + 0.5; })"
                    + ".map(t => t.textContent)");
            assertEquals(List.of(), cut, "labels cut at the edge of the " + level + " network");
            Object overlapping = browser.script("const labels = " + shown + ";"
                    + "const boxes = labels.map(t => t.getBoundingClientRect());"
                    + "const pairs = [];"
                    + "for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {"
                    + " const a = boxes[i], b = boxes[j];"
                    + " if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5"
                    + " && b.top < a.bottom - 0.5) pairs.push(labels[i].textContent + ' / ' + labels[j].textContent); }"
                    + "return pairs;");
            assertEquals(List.of(), overlapping, "overlapping labels in the " + level + " network");
            // Labels that found no room are left out, but most nodes keep one, and each node its name.
            long labelled = ((Number) browser.script("return " + shown + ".length")).longValue();
            assertTrue(labelled * 2 >= nodes, labelled + " of " + nodes + " nodes labelled at " + level + " level");
            assertEquals(nodes, browser.count("#network g.node[aria-label]"));
            browser.script("document.getElementById('network').scrollIntoView({block: 'center'})");
            Browser.Picture picture = browser.screenshot("analyst-10-network-" + level);
            assertTrue(picture.looksDrawn(), "blank screenshot: " + picture);
        }
    }

    @Test
    @Order(11)
    void mapClustersAndNetworkNodesAreChosenByKeyboard() {
        open(base + "?view=reports");
        assertEquals(browser.count("#map g.item"), browser.count("#map g.item[tabindex='0'][role='button']"));
        assertEquals(browser.count("#network g.node"), browser.count("#network g.node[tabindex='0'][role='button']"));
        // The smallest cluster is one country: Enter filters by it.
        WebElement cluster = browser.driver().findElements(By.cssSelector("#map g.item")).stream()
                .min(java.util.Comparator.comparingInt(item -> Integer.parseInt(item.getAttribute("data-events"))))
                .orElseThrow();
        browser.script("arguments[0].focus()", cluster);
        assertEquals(cluster.getAttribute("aria-label"),
                browser.script("return document.activeElement.getAttribute('aria-label')"));
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        Browser.waitFor("the country filter", LOAD, () -> browser.driver().getCurrentUrl().contains("country="));
        waitForViews();

        open(base + "?view=reports");
        WebElement node = browser.driver().findElement(By.cssSelector("#network g.node"));
        String code = node.getAttribute("data-code");
        browser.script("arguments[0].focus()", node);
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        Browser.waitFor("the node's actor filter", LOAD,
                () -> browser.driver().getCurrentUrl().contains("actor=" + code));
        waitForViews();
        assertEquals(code, browser.driver().findElement(By.name("actor")).getAttribute("value"));
    }

    @Test
    @Order(12)
    void mapDrawsLightOutlinesAtWorldZoomAndDetailedOnesZoomedIn() {
        open(base + "?view=reports");
        assertEquals("110m", browser.script("return document.getElementById('map').dataset.outlines"));
        long light = browser.count("#map path.country");
        scrollTo("#map");
        browser.driver().findElement(By.id("map-zoom-in")).click();
        Browser.waitFor("the detailed outlines", LOAD,
                () -> "50m".equals(browser.script("return document.getElementById('map').dataset.outlines")));
        long detailed = browser.count("#map path.country");
        assertTrue(detailed > light + 40, "1:50m has the small countries 1:110m leaves out: " + light + " -> " + detailed);
        Browser.Picture picture = browser.screenshot("analyst-12-map-zoomed");
        assertTrue(picture.looksDrawn(), "blank screenshot: " + picture);
    }

    private static void codePastedArticle() {
        open(base + "?tab=code");
        WebElement box = browser.driver().findElement(By.id("article-text"));
        box.clear();
        box.sendKeys(PlacingPipeline.ARTICLE);
        browser.driver().findElement(By.id("code-button")).click();
        Browser.waitFor("the article to be coded", LOAD,
                () -> !(Boolean) browser.script("return document.getElementById('code-results').hidden"));
    }

    @Test
    @Order(13)
    void codeTabShowsPlacesAndQuotesAsReadableRowsAndPlacesItsEvents() {
        codePastedArticle();
        String places = text("#code-places");
        assertTrue(places.startsWith("Zelvora \u2192 Zelvora, NL (51.25, 4.75)"), places);
        String quotes = text("#code-quotes");
        assertTrue(quotes.startsWith("A Vallonian spokesman (VALGOV): the shelling broke the ceasefire"), quotes);
        for (String raw : List.of("null", "false", "fixture:", "indirect \u2014")) {
            assertFalse(places.contains(raw) || quotes.contains(raw), "raw values (" + raw + "): " + places + quotes);
        }
        browser.driver().findElement(By.cssSelector("#code-events tbody tr[data-id]")).click();
        Browser.waitFor("the event's detail", LOAD, () -> browser.count("#code-detail .evidence") > 0);
        String place = text("#code-detail dd[data-field='place']");
        assertTrue(place.startsWith("Zelvora, NL (51.250, 4.750) \u2014 "), "the event is placed as ingest places it: "
                + place);
        scrollTo("#code-places");
        Browser.Picture picture = browser.screenshot("analyst-13-code-tab");
        assertTrue(picture.looksDrawn(), "blank screenshot: " + picture);
    }

    /** What axe-core (installed by npm with the page's packages) finds against WCAG 2.1 A and AA on the page. */
    private static List<String> accessibilityViolations() {
        if (!(Boolean) browser.script("return typeof window.axe === 'object'")) {
            try {
                browser.script(java.nio.file.Files.readString(Path.of("web/node_modules/axe-core/axe.min.js")));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("axe-core is installed with the page's npm packages", e);
            }
        }
        Object found = browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },"
                + " resultTypes: ['violations'] })"
                + ".then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): '"
                + " + v.nodes.slice(0, 4).map(n => n.target.join(' ')).join(', '))))"
                + ".catch(e => done(['axe failed: ' + e]))", new Object[0]);
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) found;
        return violations;
    }

    @Test
    @Order(14)
    void everyViewPassesTheAxeAccessibilityRules() {
        java.util.Map<String, List<String>> found = new java.util.TreeMap<>();
        java.util.function.Consumer<String> check = view -> {
            List<String> violations = accessibilityViolations();
            if (!violations.isEmpty()) {
                found.put(view, violations);
            }
        };
        open(base + "?view=reports");
        browser.driver().findElement(By.cssSelector("#events tbody tr[data-id]")).click();
        Browser.waitFor("the event's detail", LOAD, () -> browser.count("#detail .evidence") > 0);
        check.accept("Explore, reports, with an event chosen");
        open(base);
        browser.driver().findElement(By.cssSelector("#events tbody tr[data-id]")).click();
        Browser.waitFor("the merged event's detail", LOAD, () -> browser.count("#detail li, #detail .evidence") > 0);
        check.accept("Explore, merged events, with one chosen");
        codePastedArticle();
        browser.driver().findElement(By.cssSelector("#code-events tbody tr[data-id]")).click();
        check.accept("Code an article, with its results");

        Path stories = StoriesApiTest.storyStore(folder.resolve("axe-stories.duckdb"));
        try (SitrepServer storyServer = SitrepServer.start(ServerOptions.of(stories, 0), ServerApiTest.NO_MODELS)) {
            open("http://127.0.0.1:" + storyServer.port() + "/?tab=stories");
            Browser.waitFor("the stories", LOAD, () -> browser.count("#story-list li[data-id]") >= 2);
            browser.driver().findElement(By.cssSelector("#story-list li[data-id] button")).click();
            Browser.waitFor("the story", LOAD, () -> browser.count("#story-timeline .bars rect") > 0);
            check.accept("Stories, with a story chosen");
        }
        Path quotes = QuotesApiTest.quoteStore(folder.resolve("axe-quotes.duckdb"));
        try (SitrepServer quoteServer = SitrepServer.start(ServerOptions.of(quotes, 0), ServerApiTest.NO_MODELS)) {
            open("http://127.0.0.1:" + quoteServer.port() + "/?tab=quotes");
            Browser.waitFor("the quotes", LOAD, () -> browser.count("#quote-list li[data-id]") == 2);
            check.accept("Quotes");
        }
        assertEquals(java.util.Map.of(), found, "WCAG 2.1 A and AA violations axe-core finds, by view");
    }
}
