package org.sitrep.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceMention;

/**
 * Scores where sitrep puts an article's places and events against gold places, within {@value #RADIUS_KM} km
 * (100 miles, the usual geoparsing tolerance): (a) whether any resolved place of the article lies near the gold
 * place of its main event, (b) each event's location against its own gold place or else the article's, and (c)
 * the article's modal event location, the place most of its events are located at (ties go to the place of
 * the earlier event). Each miss of (c) falls into one {@link ErrorClass}.
 */
public final class PlaceEvaluation {

    public static final double RADIUS_KM = 161;

    /** Why an article's modal event location missed. */
    public enum ErrorClass {
        /** The modal location is a whole country. */
        COUNTRY_FALLBACK,
        /** A place in the gold place's country, more than the radius away. */
        WRONG_PLACE_SAME_COUNTRY,
        /** A place in another country. */
        FOREIGN_PLACE,
        /** No event, or none with a location. */
        NO_LOCATED_EVENT
    }

    /**
     * One gold article with what sitrep made of it.
     *
     * @param gold       the gold entry
     * @param coded      the coded article
     * @param bodyOffset where the corpus body's first character stands in the article text, for per-event spans
     */
    public record Case(PlaceGold gold, CodedArticle coded, int bodyOffset) {
        public Case {
            Objects.requireNonNull(gold, "gold");
            Objects.requireNonNull(coded, "coded");
        }
    }

    /** The outcome for one article. */
    public record Outcome(PlaceGold gold, boolean anyPlace, int events, int eventsNear, Place modal,
                          int modalEvents, double modalKm, ErrorClass error) {
        public boolean modalNear() {
            return error == null;
        }
    }

    /** The counts over all articles, and each article's outcome. */
    public record Score(int articles, int anyPlace, int events, int eventsNear, int modalNear,
                        Map<ErrorClass, Integer> errors, int missesNamingRightPlace, List<Outcome> outcomes) {
        public Score {
            errors = Map.copyOf(errors);
            outcomes = List.copyOf(outcomes);
        }

        public double anyPlaceShare() {
            return share(anyPlace, articles);
        }

        public double eventShare() {
            return share(eventsNear, events);
        }

        public double modalShare() {
            return share(modalNear, articles);
        }

        private static double share(int part, int whole) {
            return whole == 0 ? 0 : (double) part / whole;
        }
    }

    private final LongFunction<Optional<Place>> byGeonameId;

    /** @param byGeonameId finds a place by GeoNames id, for gold places given by id only */
    public PlaceEvaluation(LongFunction<Optional<Place>> byGeonameId) {
        this.byGeonameId = Objects.requireNonNull(byGeonameId, "byGeonameId");
    }

    public Score score(List<Case> cases) {
        List<Outcome> outcomes = new ArrayList<>();
        Map<ErrorClass, Integer> errors = new EnumMap<>(ErrorClass.class);
        int anyPlace = 0;
        int events = 0;
        int eventsNear = 0;
        int modalNear = 0;
        int namingRight = 0;
        for (Case c : cases) {
            Outcome outcome = outcome(c);
            outcomes.add(outcome);
            anyPlace += outcome.anyPlace() ? 1 : 0;
            events += outcome.events();
            eventsNear += outcome.eventsNear();
            if (outcome.modalNear()) {
                modalNear++;
            } else {
                errors.merge(outcome.error(), 1, Integer::sum);
                namingRight += outcome.anyPlace() ? 1 : 0;
            }
        }
        return new Score(cases.size(), anyPlace, events, eventsNear, modalNear, errors, namingRight, outcomes);
    }

    private Outcome outcome(Case c) {
        double[] gold = coordinates(c.gold().place());
        CodedArticle coded = c.coded();
        boolean anyPlace = false;
        for (PlaceMention mention : coded.places()) {
            anyPlace |= mention.isResolved() && km(mention.place(), gold) <= RADIUS_KM;
        }
        int located = 0;
        int near = 0;
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Place> places = new LinkedHashMap<>();
        for (Event event : coded.events()) {
            double[] target = gold;
            for (PlaceGold.GoldEvent goldEvent : c.gold().events()) {
                int begin = event.trigger().begin() - c.bodyOffset();
                if (begin >= goldEvent.start() && begin < goldEvent.end()) {
                    target = coordinates(goldEvent.place());
                }
            }
            if (event.location() != null) {
                Place place = event.location().place();
                located++;
                near += km(place, target) <= RADIUS_KM ? 1 : 0;
                counts.merge(place.featureId(), 1, Integer::sum);
                places.putIfAbsent(place.featureId(), place);
            }
        }
        Place modal = null;
        int modalEvents = 0;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            if (entry.getValue() > modalEvents) {
                modalEvents = entry.getValue();
                modal = places.get(entry.getKey());
            }
        }
        double modalKm = modal == null ? Double.NaN : km(modal, gold);
        ErrorClass error;
        if (modal == null) {
            error = ErrorClass.NO_LOCATED_EVENT;
        } else if (modalKm <= RADIUS_KM) {
            error = null;
        } else if (modal.kind() == Place.Kind.COUNTRY) {
            error = ErrorClass.COUNTRY_FALLBACK;
        } else if (sameCountry(modal, c.gold().place())) {
            error = ErrorClass.WRONG_PLACE_SAME_COUNTRY;
        } else {
            error = ErrorClass.FOREIGN_PLACE;
        }
        return new Outcome(c.gold(), anyPlace, coded.events().size(), near, modal, modalEvents, modalKm, error);
    }

    /** Same country as the gold place: its stated country, else the country of the place its id names. */
    private boolean sameCountry(Place place, PlaceGold.GoldPlace gold) {
        String country = gold.country();
        if (country.isEmpty() && gold.geonameId() > 0) {
            country = byGeonameId.apply(gold.geonameId()).map(Place::countryCode).orElse("");
        }
        return place.countryCode().equals(country);
    }

    private double[] coordinates(PlaceGold.GoldPlace place) {
        if (place.hasCoordinates()) {
            return new double[] {place.latitude(), place.longitude()};
        }
        Place found = byGeonameId.apply(place.geonameId()).orElseThrow(() -> new IllegalArgumentException(
                "gold place " + place.name() + ": the gazetteer has no GeoNames id " + place.geonameId()));
        return new double[] {found.latitude(), found.longitude()};
    }

    private static double km(Place place, double[] gold) {
        return Place.distanceKm(place.latitude(), place.longitude(), gold[0], gold[1]);
    }
}
