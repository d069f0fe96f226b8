package org.sitrep.app.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.app.server.StoreFixture.event;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Merged events through the API: one row per real event with how many reports, publishers and articles gave
 * it, and the reports themselves, chosen by the filters every view shares.
 */
class MergedEventsApiTest {

    @TempDir
    static Path folder;

    private static SitrepServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        // One strike told by three articles of two publishers within two days; the same pair again two weeks
        // later is another strike; a condemnation and a meeting are told once each.
        Path database = new StoreFixture()
                .articleFrom("Invented Herald",
                        event("2025-03-03", "ISRMIL", "Israeli jets", "struck", "IRNMIL", "Iranian radar sites", "190", -10, 4),
                        event("2025-03-03", "IRNGOV", "Tehran", "condemned", "ISRGOV", "the Israeli cabinet", "111", -2, 3))
                .articleFrom("Made-up Times",
                        event("2025-03-04", "ISRMIL", "Israeli aircraft", "bombed", "IRNMIL", "Iranian radars", "195", -10, 4))
                .articleFrom("Invented Herald",
                        event("2025-03-04", "ISRMIL", "Israeli warplanes", "attacked", "IRNMIL", "air defences", "190", -10, 4))
                .articleFrom("Made-up Times",
                        event("2025-03-05", "RUSGOV", "Russian envoys", "met", "IRNGOV", "Iranian officials", "040", 1, 1))
                .articleFrom("Fictional Post",
                        event("2025-03-20", "ISRMIL", "Israeli jets", "struck", "IRNMIL", "a missile depot", "190", -10, 4))
                .writeMerged(folder.resolve("merged.duckdb"));
        server = SitrepServer.start(ServerOptions.of(database, 0), ServerApiTest.NO_MODELS);
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode strike() {
        JsonNode listing = http.ok("/api/merged?sort=reported&limit=1");
        return listing.get("items").get(0);
    }

    @Test
    void eventToldByThreeArticlesIsOneEventWithItsCountsAndReports() {
        JsonNode listing = http.ok("/api/merged?sort=reported");
        assertEquals(4, listing.get("total").asInt(), "six coded events are four real ones: " + listing);
        JsonNode strike = listing.get("items").get(0);
        assertEquals(3, strike.get("numMentions").asInt());
        assertEquals(2, strike.get("numSources").asInt());
        assertEquals(3, strike.get("numArticles").asInt());
        assertEquals("2025-03-03", strike.get("firstSeen").asText());
        assertEquals("2025-03-04", strike.get("lastSeen").asText());
        assertEquals("ISRMIL", strike.get("source").get("code").asText());
        assertEquals("IRNMIL", strike.get("target").get("code").asText());
        assertEquals("Israeli jets struck Iranian radar sites", strike.get("evidence").asText(),
                "the founding report's evidence");
        Set<String> publishers = new TreeSet<>();
        List<String> dates = new ArrayList<>();
        strike.get("reports").forEach(report -> {
            publishers.add(report.get("publisher").asText());
            dates.add(report.get("date").asText());
            assertTrue(report.get("url").asText().startsWith("https://example.org/fixture/"), report.toString());
            assertTrue(report.get("title").asText().startsWith("Invented report number"), report.toString());
        });
        assertEquals(Set.of("Invented Herald", "Made-up Times"), publishers);
        assertEquals(List.of("2025-03-03", "2025-03-04", "2025-03-04"), dates, "reports in date order");
        for (JsonNode other : List.of(listing.get("items").get(1), listing.get("items").get(2),
                listing.get("items").get(3))) {
            assertEquals(1, other.get("numMentions").asInt(), other.toString());
            assertEquals(1, other.get("reports").size(), other.toString());
        }
    }

    @Test
    void mergedEventMatchesWhenAnyOfItsReportsDoes() {
        // Only the second article says "bombed"; the event it reports is shown whole, all three reports.
        JsonNode bombed = http.ok("/api/merged?text=bombed");
        assertEquals(1, bombed.get("total").asInt(), bombed.toString());
        assertEquals(3, bombed.get("items").get(0).get("reports").size());
        assertEquals(strike().get("id").asText(), bombed.get("items").get(0).get("id").asText());

        JsonNode late = http.ok("/api/merged?from=2025-03-10");
        assertEquals(1, late.get("total").asInt(), late.toString());
        assertEquals("2025-03-20", late.get("items").get(0).get("firstSeen").asText());

        JsonNode cooperation = http.ok("/api/merged?quad=1,2");
        assertEquals(1, cooperation.get("total").asInt(), cooperation.toString());
        assertEquals("040", cooperation.get("items").get(0).get("cameoCode").asText());
        assertEquals("Consult", firstWord(cooperation.get("items").get(0).get("description").asText()));
    }

    private static String firstWord(String text) {
        return text.split("[ ,]")[0];
    }

    @Test
    void newestFirstIsTheDefaultOrderAndPagesDoNotOverlap() {
        JsonNode first = http.ok("/api/merged?limit=2");
        JsonNode second = http.ok("/api/merged?limit=2&offset=2");
        assertEquals(4, second.get("total").asInt());
        List<String> days = new ArrayList<>();
        Set<String> ids = new TreeSet<>();
        for (JsonNode page : List.of(first, second)) {
            page.get("items").forEach(item -> {
                days.add(item.get("firstSeen").asText());
                ids.add(item.get("id").asText());
            });
        }
        assertEquals(4, ids.size());
        List<String> sorted = new ArrayList<>(days);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, days);
        assertEquals("2025-03-20", days.get(0));
    }

    @Test
    void idSaysWhetherAMergedEventIsStillInTheSelection() {
        String id = strike().get("id").asText();
        assertEquals(1, http.ok("/api/merged?id=" + id + "&quad=4").get("total").asInt());
        assertEquals(0, http.ok("/api/merged?id=" + id + "&quad=1").get("total").asInt());
        assertEquals(0, http.ok("/api/merged?id=" + id + "&from=2025-03-10").get("total").asInt());
    }

    @Test
    void oneMergedEventHasAllItsReportsAndAnUnknownOneIsAJson404() {
        String id = strike().get("id").asText();
        JsonNode one = http.ok("/api/merged/" + id);
        assertEquals(id, one.get("id").asText());
        assertEquals(3, one.get("reports").size());
        String founding = one.get("foundingEventId").asText();
        JsonNode coded = http.ok("/api/events/" + founding);
        assertEquals("Israeli jets struck Iranian radar sites", coded.get("evidence").get("text").asText(),
                "the founding report is a coded event of the store");

        Http.Answer missing = http.get("/api/merged/abcdef012345");
        assertEquals(404, missing.status(), missing.toString());
        assertEquals(404, missing.json().get("status").asInt());
        Http.Answer bad = http.get("/api/merged/not-an-id");
        assertEquals(400, bad.status(), bad.toString());
        assertTrue(bad.json().get("error").asText().contains("hexadecimal"), bad.toString());
        Http.Answer sort = http.get("/api/merged?sort=loudest");
        assertEquals(400, sort.status(), sort.toString());
        assertTrue(sort.json().get("error").asText().contains("reported"), sort.toString());
    }

    /** The rows of a GDELT export, each split into its 61 columns. */
    private static List<List<String>> gdeltRows(String query) {
        Http.Answer answer = http.get("/api/export?" + query);
        assertEquals(200, answer.status(), answer.toString());
        assertTrue(answer.contentType().startsWith("text/tab-separated-values"), answer.contentType());
        List<List<String>> rows = new ArrayList<>();
        for (String line : answer.body().split("\n")) {
            if (!line.isEmpty()) {
                rows.add(List.of(line.split("\t", -1)));
            }
        }
        rows.forEach(row -> assertEquals(61, row.size(), row.toString()));
        return rows;
    }

    private static int column(String name) {
        return org.sitrep.export.internal.GdeltEventWriter.COLUMNS.indexOf(name);
    }

    /** The GLOBALEVENTID GDELT rows give an event of the API. */
    private static String globalId(JsonNode event) {
        return Long.toString(org.sitrep.export.internal.GdeltEventWriter.globalEventId(event.get("id").asText()));
    }

    @Test
    void gdeltMergedExportHasOneRowPerRealEventWithItsCounts() {
        List<List<String>> rows = gdeltRows("format=gdelt-merged&sort=reported");
        assertEquals(4, rows.size(), "six coded events are four real ones: " + rows);
        List<String> strike = rows.get(0);
        assertEquals(globalId(strike()), strike.get(column("GLOBALEVENTID")), "the merged event's id");
        assertEquals("3", strike.get(column("NumMentions")));
        assertEquals("2", strike.get(column("NumSources")));
        assertEquals("3", strike.get(column("NumArticles")));
        assertEquals("20250303", strike.get(column("SQLDATE")), "the founding report's day");
        assertEquals("ISRMIL", strike.get(column("Actor1Code")));
        assertEquals("IRNMIL", strike.get(column("Actor2Code")));
        for (List<String> other : rows.subList(1, 4)) {
            assertEquals("1", other.get(column("NumMentions")), other.toString());
        }
        // The coded-event export of the same store has one row per report: six.
        assertEquals(6, gdeltRows("format=gdelt").size());
    }

    @Test
    void gdeltMergedExportChoosesEventsAsTheMergedListDoes() {
        // Only one report says "bombed": the whole strike is exported, once, with all its reports counted.
        List<List<String>> bombed = gdeltRows("format=gdelt-merged&text=bombed");
        assertEquals(1, bombed.size(), bombed.toString());
        assertEquals(globalId(strike()), bombed.get(0).get(column("GLOBALEVENTID")));
        assertEquals("3", bombed.get(0).get(column("NumMentions")));

        List<String> listed = new ArrayList<>();
        http.ok("/api/merged?actor=ISR&sort=oldest").get("items").forEach(item -> listed.add(globalId(item)));
        List<String> exported = gdeltRows("format=gdelt-merged&actor=ISR&sort=oldest").stream()
                .map(row -> row.get(column("GLOBALEVENTID"))).toList();
        assertEquals(listed, exported, "the merged list's events in its order");
        assertEquals(1, gdeltRows("format=gdelt-merged&actor=ISR&limit=1").size());

        Http.Answer reported = http.get("/api/export?format=gdelt&sort=reported");
        assertEquals(400, reported.status(), "coded events have no number of reports to sort by: " + reported);
        Http.Answer unknown = http.get("/api/export?format=gdelt_merged");
        assertEquals(400, unknown.status(), unknown.toString());
        assertTrue(unknown.json().get("error").asText().contains("gdelt-merged"), unknown.toString());
    }

    @Test
    void summaryCountsMergedEvents() {
        JsonNode summary = http.ok("/api/summary");
        assertEquals(6, summary.get("events").asInt());
        assertEquals(4, summary.get("mergedEvents").asInt());
        assertTrue(summary.get("features").get("mergedEvents").asBoolean());
    }

    @Test
    void eventsIdSaysWhetherACodedEventIsStillInTheSelection() {
        String founding = strike().get("foundingEventId").asText();
        assertEquals(1, http.ok("/api/events?id=" + founding + "&actor=ISR").get("total").asInt());
        assertEquals(0, http.ok("/api/events?id=" + founding + "&actor=RUS").get("total").asInt());
    }

    @Test
    void storeNeverMergedSaysSoInsteadOfMatchingNothing() {
        Path database = new StoreFixture()
                .article(event("2025-03-03", "ISRMIL", "Israeli jets", "struck", "IRNMIL", "radar sites", "190", -10, 4))
                .write(folder.resolve("unmerged.duckdb"));
        try (SitrepServer unmerged = SitrepServer.start(ServerOptions.of(database, 0), ServerApiTest.NO_MODELS)) {
            Http client = new Http(unmerged.port());
            JsonNode listing = client.get("/api/merged").json();
            assertEquals(0, listing.get("total").asInt());
            assertTrue(listing.get("note").asText().contains("not merged"), listing.toString());
            JsonNode summary = client.get("/api/summary").json();
            assertEquals(0, summary.get("mergedEvents").asInt());
            assertEquals(false, summary.get("features").get("mergedEvents").asBoolean());
        }
        // Where merged events exist, an empty selection is just that: no note.
        JsonNode none = http.ok("/api/merged?actor=CHN");
        assertEquals(0, none.get("total").asInt());
        assertTrue(none.get("note").isNull(), none.toString());
    }

    @Test
    void storeWithoutMergeTablesAnswersWithANote() throws Exception {
        Path database = new StoreFixture()
                .article(event("2025-03-03", "ISRMIL", "Israeli jets", "struck", "IRNMIL", "radar sites", "190", -10, 4))
                .write(folder.resolve("old.duckdb"));
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection("jdbc:duckdb:" + database);
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE merged_events");
            statement.execute("DROP TABLE event_mentions");
        }
        try (SitrepServer old = SitrepServer.start(ServerOptions.of(database, 0), ServerApiTest.NO_MODELS)) {
            Http client = new Http(old.port());
            Http.Answer answer = client.get("/api/merged");
            assertEquals(200, answer.status(), answer.toString());
            assertTrue(answer.json().get("note").asText().contains("no merged events"), answer.toString());
            assertEquals(404, client.get("/api/merged/abcdef012345").status());
            assertEquals(0, client.get("/api/summary").json().get("mergedEvents").asInt());
            Http.Answer export = client.get("/api/export?format=gdelt-merged");
            assertEquals(400, export.status(), export.toString());
            assertTrue(export.json().get("error").asText().contains("no merged events"), export.toString());
        }
    }
}
