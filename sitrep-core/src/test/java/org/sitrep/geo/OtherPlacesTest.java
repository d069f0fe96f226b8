package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Place;

/**
 * The indexed answers of the second pass agree with asking every other mention, as the pass did before:
 * checked on random places clustered so that nearby, same-region and same-name cases all occur.
 */
class OtherPlacesTest {

    private static Place place(int id, Random random, Place.Kind kind) {
        String country = random.nextBoolean() ? "NL" : random.nextBoolean() ? "VL" : "KS";
        String region = random.nextInt(4) == 0 ? "" : country + "." + random.nextInt(3);
        // Around three centres, within a couple of hundred kilometres, and one pair across the date line.
        double[][] centres = {{52.0, 5.0}, {-33.9, 151.2}, {64.0, 179.9}};
        double[] centre = centres[random.nextInt(centres.length)];
        double lat = centre[0] + random.nextGaussian() * 0.8;
        double lon = centre[1] + random.nextGaussian() * 0.8;
        lon = lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon;
        return new Place("f" + id, id, "Place " + id, kind, country, region, "Region", "Country", lat, lon, 1000);
    }

    /** The second pass before the index: every chosen place of a mention of another name. */
    private static List<Place> othersByBruteForce(List<String> names, List<Place> chosen, String name) {
        List<Place> others = new ArrayList<>();
        for (int j = 0; j < chosen.size(); j++) {
            Place other = chosen.get(j);
            if (other != null && other.kind() != Place.Kind.COUNTRY && !names.get(j).equalsIgnoreCase(name)) {
                others.add(other);
            }
        }
        return others;
    }

    @Test
    void answersAsAskingEveryOtherMentionDoes() {
        Random random = new Random(20261202);
        int checked = 0;
        for (int round = 0; round < 30; round++) {
            List<Place> pool = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                pool.add(place(round * 100 + i, random, i % 9 == 0 ? Place.Kind.COUNTRY : Place.Kind.TOWN));
            }
            String[] nameSet = {"Tarsk", "TARSK", "Öster", "öSTER", "Vell", "Brannhold", "Kir"};
            List<String> names = new ArrayList<>();
            List<Place> chosen = new ArrayList<>();
            for (int m = 0; m < 40; m++) {
                names.add(nameSet[random.nextInt(nameSet.length)]);
                chosen.add(random.nextInt(6) == 0 ? null : pool.get(random.nextInt(pool.size())));
            }
            OtherPlaces index = new OtherPlaces(names, chosen);
            for (String name : nameSet) {
                OtherPlaces.View view = index.except(name);
                List<Place> others = othersByBruteForce(names, chosen, name);
                Map<String, Double> expected = new HashMap<>(Map.of("KS", 0.5));
                for (Place other : others) {
                    expected.merge(other.countryCode(), 1.0, Double::sum);
                }
                assertEquals(expected, view.addTo(Map.of("KS", 0.5)), name);
                for (Place candidate : pool) {
                    boolean near = false;
                    boolean sameRegion = false;
                    for (Place other : others) {
                        if (!other.featureId().equals(candidate.featureId())) {
                            near |= candidate.distanceKm(other) <= PlaceResolver.NEARBY_KM;
                            sameRegion |= !candidate.admin1Code().isEmpty()
                                    && candidate.admin1Code().equals(other.admin1Code());
                        }
                    }
                    assertEquals(near, view.near(candidate), () -> name + " near " + candidate);
                    assertEquals(sameRegion, view.sameRegion(candidate), () -> name + " region " + candidate);
                    checked += near ? 1 : 0;
                }
            }
        }
        assertTrue(checked > 100, "the random places must put many candidates near others: " + checked);
    }

    @Test
    void theFirstPassSeesNoOtherPlace() {
        Place town = new Place("f1", 1, "Tarsk", Place.Kind.TOWN, "NL", "NL.1", "R", "C", 52, 5, 10);
        assertEquals(Map.of(), OtherPlaces.NONE.addTo(Map.of()));
        assertEquals(false, OtherPlaces.NONE.near(town));
        assertEquals(false, OtherPlaces.NONE.sameRegion(town));
    }
}
