package org.sitrep.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.export.internal.GdeltEventWriter;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Location;
import org.sitrep.model.Place;
import org.sitrep.model.Span;
import org.sitrep.store.CodedArticles;
import org.sitrep.store.StoredEvent;

class SituatedExportTest {

    private static final Place DOUMA = new Place("170592", 170592, "Duma", Place.Kind.TOWN, "SY", "SY.08",
            "Rif-dimashq", "Syria", 33.57175, 36.4027, 111864);
    private static final Place ISRAEL = new Place("IL", 0, "Israel", Place.Kind.COUNTRY, "IL", "", "", "Israel",
            31.5, 34.75, 8_000_000);

    private static StoredEvent event(Location location, EventDate date) {
        CodedArticle coded = CodedArticles.titled("Talvian jets strike depot")
                .sentence("Talvian jets struck a depot near Douma on Sunday.")
                .date(LocalDate.of(2020, 6, 3))
                .event(1, "Talvian jets", "TALMIL", "struck", null, null, "195", -10, 4)
                .build();
        Event event = coded.events().get(0).withLocationAndDate(location, date);
        return StoredEvent.of(coded, event);
    }

    private static String[] gdelt(StoredEvent stored) {
        StringWriter out = new StringWriter();
        try (EventWriter writer = EventWriter.create(ExportFormat.GDELT, out)) {
            writer.write(stored);
        }
        return out.toString().split("\n")[0].split("\t", -1);
    }

    private static String column(String[] row, String name) {
        return row[GdeltEventWriter.COLUMNS.indexOf(name)];
    }

    @Test
    void gdeltRowsCarryTheActionGeographyInGdeltsCodes() {
        String text = "Talvian jets struck a depot near Douma on Sunday.";
        int at = ("Talvian jets strike depot" + "\n\n").length() + text.indexOf("Douma");
        String[] row = gdelt(event(new Location(DOUMA, new Span(at, at + 5), Location.Basis.SAME_CLAUSE), null));
        assertEquals("4", column(row, "ActionGeo_Type"));
        assertEquals("Duma, Rif-dimashq, Syria", column(row, "ActionGeo_FullName"));
        assertEquals("SY", column(row, "ActionGeo_CountryCode"));
        assertEquals("SY08", column(row, "ActionGeo_ADM1Code"));
        assertEquals("33.5718", column(row, "ActionGeo_Lat"));
        assertEquals("36.4027", column(row, "ActionGeo_Long"));
        assertEquals("170592", column(row, "ActionGeo_FeatureID"));
        assertEquals("20200603", column(row, "SQLDATE"), "no event date: the article's");
    }

    @Test
    void countriesTakeTheirFipsCodeAsGdeltDoes() {
        String[] row = gdelt(event(new Location(ISRAEL, null, Location.Basis.ARTICLE_FOCUS), null));
        assertEquals("1", column(row, "ActionGeo_Type"));
        assertEquals("IS", column(row, "ActionGeo_CountryCode"));
        assertEquals("IS", column(row, "ActionGeo_ADM1Code"));
        assertEquals("IS", column(row, "ActionGeo_FeatureID"));
    }

    @Test
    void gdeltAdm1CodesAreFipsWhereGeoNamesUsesOtherRegionCodes() {
        Place cardiff = new Place("2653822", 2653822, "Cardiff", Place.Kind.TOWN, "GB", "GB.WLS", "Wales",
                "United Kingdom", 51.48, -3.18, 447287);
        Place geneva = new Place("2660646", 2660646, "Geneva", Place.Kind.TOWN, "CH", "CH.GE", "Geneva",
                "Switzerland", 46.20, 6.15, 183981);
        String[] welsh = gdelt(event(new Location(cardiff, null, Location.Basis.ARTICLE_FOCUS), null));
        assertEquals("UK", column(welsh, "ActionGeo_CountryCode"));
        assertEquals("UK", column(welsh, "ActionGeo_ADM1Code"), "FIPS has no code for Wales as a whole");
        String[] swiss = gdelt(event(new Location(geneva, null, Location.Basis.ARTICLE_FOCUS), null));
        assertEquals("SZ07", column(swiss, "ActionGeo_ADM1Code"));
    }

    @Test
    void gdeltSqlDateIsTheEventsOwnDate() {
        int at = 40;
        EventDate sunday = new EventDate(LocalDate.of(2020, 5, 31), EventDate.Precision.DAY, "on Sunday",
                new Span(at, at + 9), EventDate.Basis.SAME_CLAUSE);
        String[] row = gdelt(event(null, sunday));
        assertEquals("20200531", column(row, "SQLDATE"));
        assertEquals("", column(row, "ActionGeo_FullName"));
        assertEquals("0", column(row, "ActionGeo_Type"));
    }

    @Test
    void jsonCarriesLocationAndDate() throws Exception {
        EventDate sunday = new EventDate(LocalDate.of(2020, 5, 31), EventDate.Precision.DAY, "on Sunday",
                new Span(40, 49), EventDate.Basis.SAME_CLAUSE);
        JsonNode json = new ObjectMapper().readTree(EventJson.toJson(
                event(new Location(DOUMA, new Span(33, 38), Location.Basis.SAME_SENTENCE), sunday)));
        assertEquals("2020-05-31", json.get("event_date").get("date").asText());
        assertEquals("same_clause", json.get("event_date").get("basis").asText());
        assertEquals("170592", json.get("location").get("feature_id").asText());
        assertEquals(33.57175, json.get("location").get("lat").asDouble(), 1e-9);
        assertEquals("same_sentence", json.get("location").get("basis").asText());
        JsonNode bare = new ObjectMapper().readTree(EventJson.toJson(event(null, null)));
        assertTrue(bare.get("location").isNull());
        assertTrue(bare.get("event_date").isNull());
    }
}
