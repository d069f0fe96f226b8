package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.fixtures.Events;
import org.sitrep.fixtures.Texts;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.Location;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;

/** Fictional Norland (XN) with towns Ovra and Kestra 300 km apart, and Vallonia (XV) with Brisk near Ovra. */
class PlaceEvaluationTest {

    private static final Place NORLAND = new Place("XN", 0, "Norland", Place.Kind.COUNTRY, "XN", "", "", "Norland",
            12, 22, 0);
    private static final Place OVRA = town(1001, "Ovra", "XN", 10, 20);
    private static final Place KESTRA = town(1002, "Kestra", "XN", 12.7, 20);
    private static final Place BRISK = town(2001, "Brisk", "XV", 10.5, 20.5);

    private static Place town(long id, String name, String country, double lat, double lon) {
        return new Place(Long.toString(id), id, name, Place.Kind.TOWN, country, "", "", country, lat, lon, 1000);
    }

    private static final String TEXT = "Clashes in the north\n\nRebels shelled a base. Troops fired back. "
            + "Jets bombed a depot.";

    private final PlaceEvaluation evaluation = new PlaceEvaluation(id -> id == 1001 ? Optional.of(OVRA) : Optional.empty());

    /** An article whose three events are located at the given places (null for none) and that names {@code named}. */
    private static CodedArticle coded(List<Place> locations, List<Place> named) {
        List<Sentence> sentences = Texts.sentences(TEXT);
        String[][] events = {{"Rebels", "shelled"}, {"Troops", "fired"}, {"Jets", "bombed"}};
        List<Event> located = new ArrayList<>();
        for (int i = 0; i < locations.size(); i++) {
            Event event = Events.event(TEXT, sentences, i + 1, events[i][0], null, events[i][1]);
            Place place = locations.get(i);
            located.add(event.withLocationAndDate(place == null ? null
                    : new Location(place, null, Location.Basis.ARTICLE_FOCUS), null));
        }
        List<PlaceMention> mentions = new ArrayList<>();
        for (Place place : named) {
            mentions.add(new PlaceMention(0, new Span(0, 7), place.name(), place, 1, 10, false));
        }
        return new CodedArticle(Article.of("Clashes in the north", TEXT.substring(22), null, "", "", "test"), sentences,
                List.of(), located, List.of(), mentions, List.of());
    }

    private static PlaceGold gold(String json) {
        return PlaceGold.parse(List.of(json), "test").get(0);
    }

    private static final String AT_OVRA = "{\"corpus\":\"allsides\",\"article\":\"a\",\"place\":\"Ovra\",\"country\":\"XN\","
            + "\"lat\":10,\"lon\":20}";

    @Test
    void theModalLocationIsThePlaceMostEventsAreAt() {
        PlaceEvaluation.Score score = evaluation.score(List.of(
                new PlaceEvaluation.Case(gold(AT_OVRA), coded(List.of(KESTRA, OVRA, OVRA), List.of(OVRA)), 0)));
        assertEquals(1, score.modalNear());
        assertEquals(2, score.eventsNear());
        assertEquals(3, score.events());
        assertEquals(1, score.anyPlace());
        assertNull(score.outcomes().get(0).error());
    }

    @Test
    void aPlaceWithin161KmCountsAsRight() {
        PlaceEvaluation.Score score = evaluation.score(List.of(
                new PlaceEvaluation.Case(gold(AT_OVRA), coded(List.of(BRISK), List.of()), 0)));
        assertEquals(1, score.modalNear());
    }

    @Test
    void eachMissFallsIntoOneErrorClass() {
        CodedArticle country = coded(List.of(NORLAND, NORLAND, OVRA), List.of(OVRA));
        CodedArticle sameCountry = coded(List.of(KESTRA), List.of());
        CodedArticle foreign = coded(List.of(town(3001, "Tarn", "XV", 30, 40)), List.of());
        CodedArticle none = coded(java.util.Arrays.asList(null, null), List.of());
        PlaceEvaluation.Score score = evaluation.score(List.of(
                new PlaceEvaluation.Case(gold(AT_OVRA), country, 0),
                new PlaceEvaluation.Case(gold(AT_OVRA), sameCountry, 0),
                new PlaceEvaluation.Case(gold(AT_OVRA), foreign, 0),
                new PlaceEvaluation.Case(gold(AT_OVRA), none, 0)));
        assertEquals(0, score.modalNear());
        assertEquals(Map.of(PlaceEvaluation.ErrorClass.COUNTRY_FALLBACK, 1,
                PlaceEvaluation.ErrorClass.WRONG_PLACE_SAME_COUNTRY, 1,
                PlaceEvaluation.ErrorClass.FOREIGN_PLACE, 1,
                PlaceEvaluation.ErrorClass.NO_LOCATED_EVENT, 1), score.errors());
        assertEquals(1, score.missesNamingRightPlace());
    }

    @Test
    void aGoldPlaceGivenByGeoNamesIdIsFoundInTheGazetteer() {
        PlaceGold byId = gold("{\"corpus\":\"allsides\",\"article\":\"a\",\"place\":\"Ovra\",\"geonameid\":1001}");
        PlaceEvaluation.Score score = evaluation.score(List.of(
                new PlaceEvaluation.Case(byId, coded(List.of(KESTRA), List.of()), 0)));
        assertEquals(PlaceEvaluation.ErrorClass.WRONG_PLACE_SAME_COUNTRY, score.outcomes().get(0).error());
    }

    @Test
    void anEventWithItsOwnGoldPlaceIsScoredAgainstIt() {
        int troops = TEXT.indexOf("fired");
        PlaceGold perEvent = gold("{\"corpus\":\"allsides\",\"article\":\"a\",\"place\":\"Ovra\",\"lat\":10,\"lon\":20,"
                + "\"events\":[{\"start\":" + (troops - 22) + ",\"end\":" + (troops - 22 + 5)
                + ",\"place\":\"Kestra\",\"lat\":12.7,\"lon\":20}]}");
        PlaceEvaluation.Score score = evaluation.score(List.of(
                new PlaceEvaluation.Case(perEvent, coded(List.of(OVRA, KESTRA, OVRA), List.of()), 22)));
        assertEquals(3, score.eventsNear());
    }
}
