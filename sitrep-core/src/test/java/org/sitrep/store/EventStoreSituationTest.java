package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Location;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.store.internal.Schema;

class EventStoreSituationTest {

    private static final Place VARAN = new Place("99000001", 99000001, "Varan", Place.Kind.TOWN, "KE", "KE.01",
            "Coast", "Kenya", -3.5, 39.7, 120000);

    @TempDir
    Path folder;

    /** An article whose first event is placed and dated, with a place mention and a quote around its verb. */
    private static CodedArticle situated() {
        CodedArticle plain = CodedArticles.titled("Kestrian minister warns Vestan troops")
                .sentence("The Kestrian minister warned Vestan troops near Varan on Monday.")
                .sentence("Vestan troops shelled the ridge.")
                .date(LocalDate.of(2021, 3, 10))
                .event(1, "The Kestrian minister", "KESGOV", "warned", "Vestan troops", "VESMIL", "130", -4.4, 3)
                .event(2, "Vestan troops", "VESMIL", "shelled", null, null, "195", -10, 4)
                .build();
        String text = plain.article().text();
        Span varan = span(text, "Varan");
        Span monday = span(text, "on Monday");
        Event first = plain.events().get(0).withLocationAndDate(new Location(VARAN, varan, Location.Basis.SAME_CLAUSE),
                new EventDate(LocalDate.of(2021, 3, 8), EventDate.Precision.DAY, "on Monday", monday,
                        EventDate.Basis.SAME_CLAUSE));
        Event second = plain.events().get(1).withLocationAndDate(new Location(VARAN, null, Location.Basis.ARTICLE_FOCUS),
                EventDate.publication(LocalDate.of(2021, 3, 10)));
        List<PlaceMention> places = List.of(new PlaceMention(1, varan, "Varan", VARAN, 2, 9.5, false),
                new PlaceMention(1, span(text, "Vestan troops"), "Vestan troops", null, 1, 0, false));
        Span minister = span(text, "The Kestrian minister");
        Quote quote = new Quote(1, span(text, "Vestan troops near Varan on Monday"), "Vestan troops near Varan on Monday",
                Quote.Kind.INDIRECT, minister, "The Kestrian minister", plain.events().get(0).source(),
                span(text, "warned"));
        return new CodedArticle(plain.article(), plain.sentences(), plain.mentions(), List.of(first, second),
                plain.problems(), places, List.of(quote));
    }

    private static Span span(String text, String words) {
        int at = text.lastIndexOf(words);
        return new Span(at, at + words.length());
    }

    @Test
    void roundTripsEventLocationsAndDates() {
        CodedArticle coded = situated();
        Path database = folder.resolve("situated.duckdb");
        try (EventStore store = EventStore.open(database)) {
            store.accept(coded);
        }
        try (EventStore store = EventStore.openReadOnly(database)) {
            List<StoredEvent> events = store.events(EventQuery.all());
            assertEquals(coded.events().get(0), events.get(0).event());
            assertEquals(coded.events().get(1), events.get(1).event());
            QueryResult row = store.sql("SELECT event_date, geo_fullname, geo_country_code, geo_adm1_code, geo_lat, "
                    + "geo_long, geo_feature_id, geo_type, geo_basis, date_basis FROM events ORDER BY sentence_index", 0);
            assertEquals(List.of(LocalDate.of(2021, 3, 8), "Varan, Coast, Kenya", "KE", "KE.01", -3.5, 39.7,
                    "99000001", 4, "SAME_CLAUSE", "SAME_CLAUSE"), row.rows().get(0));
        }
    }

    @Test
    void storesPlaceMentionsAndQuotesLinkedToTheirEvents() {
        CodedArticle coded = situated();
        try (EventStore store = EventStore.open(folder.resolve("quotes.duckdb"))) {
            store.accept(coded);
            QueryResult quotes = store.sql("SELECT kind, text, speaker_text, speaker_code, cue FROM quotes", 0);
            assertEquals(List.of(List.of("INDIRECT", "Vestan troops near Varan on Monday", "The Kestrian minister",
                    "KESGOV", "warned")), quotes.rows());
            QueryResult links = store.sql("SELECT q.speaker_code, e.cameo_code FROM quote_events l "
                    + "JOIN quotes q ON q.id = l.quote_id JOIN events e ON e.id = l.event_id", 0);
            assertEquals(List.of(List.of("KESGOV", "130")), links.rows(), "the warning, not the shelling");
            QueryResult places = store.sql("SELECT text, feature_id, actor_use FROM places ORDER BY \"begin\"", 0);
            assertEquals(2, places.rows().size());
            assertEquals(List.of("Varan", "99000001", false), places.rows().get(0));
            assertNull(places.rows().get(1).get(1), "an unresolved name is kept without a place");
        }
    }

    @Test
    void upgradesAVersionOneDatabaseAndReadsOneWithoutUpgrading() throws Exception {
        Path database = folder.resolve("old.duckdb");
        try (EventStore store = EventStore.open(database)) {
            store.accept(CodedArticles.titled("Old article").sentence("Vestan troops shelled the ridge.")
                    .event(1, "Vestan troops", "VESMIL", "shelled", null, null, "195", -10, 4).build());
        }
        // Make it what version 1 wrote: no date or location columns, no new tables.
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + database);
             Statement statement = connection.createStatement()) {
            for (String column : Schema.EVENT_SITUATION_COLUMNS) {
                statement.execute("ALTER TABLE events DROP COLUMN " + column.substring(0, column.indexOf(' ')));
            }
            for (String table : Schema.TABLES_V2) {
                statement.execute("DROP TABLE " + table);
            }
            statement.execute("DELETE FROM schema_version");
            statement.execute("INSERT INTO schema_version VALUES (1, now())");
        }
        try (EventStore store = EventStore.openReadOnly(database)) {
            Event old = store.events(EventQuery.all()).get(0).event();
            assertNull(old.location());
            assertNull(old.date());
        }
        try (EventStore store = EventStore.open(database)) {
            store.accept(situated());
            List<StoredEvent> events = store.events(EventQuery.all());
            assertEquals(3, events.size());
            List<Object> versions = new ArrayList<>();
            store.sql("SELECT version FROM schema_version ORDER BY version", 0).rows().forEach(r -> versions.add(r.get(0)));
            assertEquals(List.of(1, Schema.VERSION), versions);
            assertEquals(1L, store.sql("SELECT count(*) FROM quotes", 0).rows().get(0).get(0));
        }
    }
}
