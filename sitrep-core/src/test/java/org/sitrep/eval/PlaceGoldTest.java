package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceGoldTest {

    @Test
    void readsAReferenceWithCoordinatesAndPerEventPlaces() {
        List<PlaceGold> gold = PlaceGold.parse(List.of(
                "# a comment",
                "",
                "{\"id\":\"g1\",\"half\":\"dev\",\"corpus\":\"allsides\",\"article\":\"abc\",\"sha256\":\"00ff\","
                        + "\"place\":\"Ovra\",\"country\":\"XN\",\"lat\":10.5,\"lon\":20.25,"
                        + "\"events\":[{\"start\":5,\"end\":40,\"place\":\"Kestra\",\"lat\":11,\"lon\":21}]}"), "test");
        assertEquals(1, gold.size());
        PlaceGold entry = gold.get(0);
        assertEquals("allsides", entry.corpus());
        assertEquals("dev", entry.half());
        assertEquals(10.5, entry.place().latitude());
        assertTrue(entry.place().hasCoordinates());
        assertEquals("Kestra", entry.events().get(0).place().name());
        assertEquals(40, entry.events().get(0).end());
    }

    @Test
    void aGeoNamesIdStandsInForCoordinates() {
        PlaceGold entry = PlaceGold.parse(List.of(
                "{\"corpus\":\"newscluster\",\"article\":\"x.json\",\"place\":\"Ovra\",\"geonameid\":170654}"), "t").get(0);
        assertFalse(entry.place().hasCoordinates());
        assertEquals(170654, entry.place().geonameId());
        assertEquals("", entry.half());
    }

    @Test
    void aPlaceWithNeitherCoordinatesNorIdIsRejectedNamingTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PlaceGold.parse(List.of(
                "{\"corpus\":\"allsides\",\"article\":\"a\",\"place\":\"Ovra\"}"), "gold.jsonl"));
        assertTrue(e.getMessage().startsWith("gold.jsonl:1:"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PlaceGold.parse(List.of(
                "{\"corpus\":\"allsides\",\"place\":\"Ovra\",\"lat\":1,\"lon\":2}"), "gold.jsonl"));
        assertThrows(IllegalArgumentException.class, () -> PlaceGold.parse(List.of(
                "{\"corpus\":\"allsides\",\"article\":\"a\",\"place\":\"Ovra\",\"lat\":1}"), "gold.jsonl"));
    }
}
