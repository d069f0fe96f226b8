package org.sitrep.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SituationRecordsTest {

    private static final Place TOWN = new Place("170592", 170592, "Duma", Place.Kind.TOWN, "SY", "SY.08",
            "Rif-dimashq", "Syria", 33.57, 36.40, 111864);

    @Test
    void placesRefuseBadCodesAndCoordinates() {
        assertThrows(IllegalArgumentException.class, () -> new Place("1", 1, "X", Place.Kind.TOWN, "SYR", "", "",
                "Syria", 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Place("1", 1, "X", Place.Kind.TOWN, "SY", "", "",
                "Syria", 91, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Place("1", 1, "X", Place.Kind.TOWN, "SY", "", "",
                "Syria", 0, Double.NaN, 0));
        assertThrows(IllegalArgumentException.class, () -> new Place("", 1, "X", Place.Kind.TOWN, "SY", "", "",
                "Syria", 0, 0, 0));
    }

    @Test
    void placesKnowTheirGdeltTypeFullNameAndDistance() {
        assertEquals(4, TOWN.gdeltType());
        assertEquals("Duma, Rif-dimashq, Syria", TOWN.fullName());
        Place texas = new Place("US.TX", 0, "Texas", Place.Kind.ADMIN1, "US", "US.TX", "Texas", "United States",
                31, -99, 0);
        assertEquals(2, texas.gdeltType());
        assertEquals("Texas, United States", texas.fullName());
        Place damascus = new Place("170654", 170654, "Damascus", Place.Kind.TOWN, "SY", "SY.13",
                "Damascus Governorate", "Syria", 33.5102, 36.2913, 1569394);
        assertEquals(12.4, TOWN.distanceKm(damascus), 1.0);
    }

    @Test
    void aLocationRestsOnANamedPlaceUnlessItIsTheArticleFocus() {
        assertThrows(IllegalArgumentException.class, () -> new Location(TOWN, null, Location.Basis.SAME_CLAUSE));
        assertThrows(IllegalArgumentException.class,
                () -> new Location(TOWN, new Span(0, 4), Location.Basis.ARTICLE_FOCUS));
        assertNull(new Location(TOWN, null, Location.Basis.ARTICLE_FOCUS).span());
    }

    @Test
    void anEventDateRestsOnAnExpressionUnlessItIsThePublicationDate() {
        LocalDate day = LocalDate.of(2020, 1, 1);
        assertThrows(IllegalArgumentException.class,
                () -> new EventDate(day, EventDate.Precision.DAY, "", null, EventDate.Basis.SAME_CLAUSE));
        assertThrows(IllegalArgumentException.class,
                () -> new EventDate(day, EventDate.Precision.DAY, "on Monday", null, EventDate.Basis.PUBLICATION_DATE));
        assertEquals(EventDate.Basis.PUBLICATION_DATE, EventDate.publication(day).basis());
    }

    @Test
    void aQuoteSpeakerNeedsItsSpan() {
        assertThrows(IllegalArgumentException.class, () -> new Quote(0, new Span(0, 5), "words", Quote.Kind.DIRECT,
                null, "Hamdan", null, null));
        assertThrows(IllegalArgumentException.class, () -> new Quote(0, new Span(0, 5), "words", Quote.Kind.DIRECT,
                null, "", new Actor("KES", "Kestria", "country:KES"), null));
    }

    @Test
    void eventsCarryLocationAndDateWithoutChangingTheRest() {
        Actor source = new Actor("SYRMIL", "Syrian troops", "country_adjective:SYR+agent:MIL");
        Event plain = new Event("id", "art", 0, source, null, "190", -10, 4, new Span(0, 13), null,
                new Span(0, 21), new Span(14, 21), "rule");
        assertNull(plain.location());
        assertNull(plain.date());
        Location location = new Location(TOWN, null, Location.Basis.ARTICLE_FOCUS);
        Event placed = plain.withLocationAndDate(location, EventDate.publication(LocalDate.of(2020, 1, 1)));
        assertEquals(location, placed.location());
        assertEquals(plain, placed.withLocationAndDate(null, null));
    }

    @Test
    void codedArticlesWithoutSituationHaveNoPlacesOrQuotes() {
        Article article = Article.of("T", "Body.", null, "", "", "test");
        CodedArticle coded = new CodedArticle(article, List.of(), List.of(), List.of(), List.of());
        assertEquals(List.of(), coded.places());
        assertEquals(List.of(), coded.quotes());
    }
}
