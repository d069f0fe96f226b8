package org.sitrep.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Place;

/**
 * The places the first pass of {@link PlaceResolver} chose, indexed for the second pass, which asks for each
 * mention about the places chosen for mentions of other names: how many lie in each country, whether one is
 * within {@link PlaceResolver#NEARBY_KM} of a candidate, whether one shares its region. Asking the whole list
 * each time made long articles quadratic; the answers here take time near constant per question: counts per
 * country, chosen places grouped by region and by cells of a grid on the unit sphere as wide as the nearby
 * distance.
 */
final class OtherPlaces {

    /** No place chosen yet: the first pass's view. */
    static final View NONE = new OtherPlaces(List.of(), List.of()).except("");

    private static final double EARTH_KM = 6371.0;
    /** The chord of the nearby distance on the unit sphere, a little widened against rounding. */
    private static final double CELL = 2 * Math.sin(PlaceResolver.NEARBY_KM / (2 * EARTH_KM)) * 1.01;

    private record Chosen(Place place, Set<String> names) {
    }

    private final Map<String, Integer> countByCountry = new HashMap<>();
    private final Map<String, Map<String, Integer>> countByNameAndCountry = new HashMap<>();
    private final Map<String, Chosen> byFeature = new HashMap<>();
    private final Map<String, List<Chosen>> byRegion = new HashMap<>();
    private final Map<Long, List<Chosen>> byCell = new HashMap<>();

    /**
     * @param names  the name of each mention, as written
     * @param chosen the place the first pass chose for it, or null
     */
    OtherPlaces(List<String> names, List<Place> chosen) {
        for (int i = 0; i < chosen.size(); i++) {
            Place place = chosen.get(i);
            if (place == null || place.kind() == Place.Kind.COUNTRY) {
                continue;
            }
            String name = key(names.get(i));
            countByCountry.merge(place.countryCode(), 1, Integer::sum);
            countByNameAndCountry.computeIfAbsent(name, n -> new HashMap<>()).merge(place.countryCode(), 1,
                    Integer::sum);
            Chosen entry = byFeature.get(place.featureId());
            if (entry == null) {
                entry = new Chosen(place, new HashSet<>());
                byFeature.put(place.featureId(), entry);
                if (!place.admin1Code().isEmpty()) {
                    byRegion.computeIfAbsent(place.admin1Code(), r -> new ArrayList<>()).add(entry);
                }
                byCell.computeIfAbsent(cell(place, 0, 0, 0), c -> new ArrayList<>()).add(entry);
            }
            entry.names().add(name);
        }
    }

    /** What the places chosen for mentions of names other than {@code name} say. */
    View except(String name) {
        return new View(key(name));
    }

    /** The places chosen for mentions of every name but one. */
    final class View {
        private final String name;

        private View(String name) {
            this.name = name;
        }

        /** {@code context} plus one for each such mention, by the country of its place. */
        Map<String, Double> addTo(Map<String, Double> context) {
            Map<String, Double> sum = new HashMap<>(context);
            Map<String, Integer> own = countByNameAndCountry.getOrDefault(name, Map.of());
            for (Map.Entry<String, Integer> country : countByCountry.entrySet()) {
                int count = country.getValue() - own.getOrDefault(country.getKey(), 0);
                if (count > 0) {
                    sum.merge(country.getKey(), (double) count, Double::sum);
                }
            }
            return sum;
        }

        /** Whether a mention of another name was resolved to a place narrower than a country in {@code country}. */
        boolean inCountry(String country) {
            Map<String, Integer> own = countByNameAndCountry.getOrDefault(name, Map.of());
            return countByCountry.getOrDefault(country, 0) - own.getOrDefault(country, 0) > 0;
        }

        /** Whether another such place lies within {@link PlaceResolver#NEARBY_KM} of {@code place}. */
        boolean near(Place place) {
            for (int dx = -1; dx <= 1; dx++) {
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dz = -1; dz <= 1; dz++) {
                        for (Chosen other : byCell.getOrDefault(cell(place, dx, dy, dz), List.of())) {
                            if (counts(other, place) && place.distanceKm(other.place()) <= PlaceResolver.NEARBY_KM) {
                                return true;
                            }
                        }
                    }
                }
            }
            return false;
        }

        /** Whether a mention of another name was resolved to {@code place} itself: another spelling bears it out. */
        boolean includes(Place place) {
            Chosen other = byFeature.get(place.featureId());
            return other != null && !(other.names().size() == 1 && other.names().contains(name));
        }

        /** Whether another such place lies in the first-level region of {@code place}. */
        boolean sameRegion(Place place) {
            if (place.admin1Code().isEmpty()) {
                return false;
            }
            for (Chosen other : byRegion.getOrDefault(place.admin1Code(), List.of())) {
                if (counts(other, place)) {
                    return true;
                }
            }
            return false;
        }

        private boolean counts(Chosen other, Place place) {
            return !other.place().featureId().equals(place.featureId())
                    && !(other.names().size() == 1 && other.names().contains(name));
        }
    }

    /** Names compared as {@link String#equalsIgnoreCase} compares them, a character at a time. */
    private static String key(String name) {
        char[] chars = name.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(Character.toUpperCase(chars[i]));
        }
        return new String(chars);
    }

    private static long cell(Place place, int dx, int dy, int dz) {
        double lat = Math.toRadians(place.latitude());
        double lon = Math.toRadians(place.longitude());
        long x = (long) Math.floor(Math.cos(lat) * Math.cos(lon) / CELL) + dx;
        long y = (long) Math.floor(Math.cos(lat) * Math.sin(lon) / CELL) + dy;
        long z = (long) Math.floor(Math.sin(lat) / CELL) + dz;
        // Each coordinate lies within ±1 / CELL (about ±110 cells): 21 bits each are plenty.
        return ((x + (1 << 20)) << 42) | ((y + (1 << 20)) << 21) | (z + (1 << 20));
    }
}
