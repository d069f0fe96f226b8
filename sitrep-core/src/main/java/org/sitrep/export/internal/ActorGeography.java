package org.sitrep.export.internal;

import org.sitrep.actors.ActorCodeParts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.geo.CountryCodes;
import org.sitrep.internal.DataFile;
import org.sitrep.model.Actor;
import org.sitrep.model.Location;
import org.sitrep.model.Place;

/**
 * Where an actor is, for GDELT's Actor1Geo and Actor2Geo. GDELT takes the place named closest to the actor
 * in the text; sitrep keeps one place per event, so it says: the event's place when the actor has no
 * country (armed groups, bodies of the UN) or its country is the place's country; else the actor's country
 * as a whole (GDELT type 1, the country's central point from the team's country file); else nothing (a
 * region such as EUR, or a country the file lacks). Immutable and thread-safe.
 */
public final class ActorGeography {

    private static final class Standard {
        static final ActorGeography GEOGRAPHY = new ActorGeography(
                DataFile.resource(CountryCodes.class, "countries.tsv"));
    }

    private final Map<String, Place> countriesByIso3 = new HashMap<>();

    ActorGeography(List<DataFile.Line> countryLines) {
        for (DataFile.Line line : countryLines) {
            List<String> fields = line.fields(7);
            String iso2 = fields.get(0);
            String name = fields.get(3).split("\\|")[0];
            countriesByIso3.put(fields.get(1), new Place(iso2, 0, name, Place.Kind.COUNTRY, iso2, "", "", name,
                    Double.parseDouble(fields.get(5)), Double.parseDouble(fields.get(6)), 0));
        }
    }

    public static ActorGeography standard() {
        return Standard.GEOGRAPHY;
    }

    /** The country a CAMEO country code names, when the country file has it. */
    public Optional<Place> country(String iso3) {
        return Optional.ofNullable(countriesByIso3.get(iso3));
    }

    /** The place GDELT's ActorGeo columns describe for {@code actor}, or empty. */
    public Optional<Place> placeOf(Actor actor, Location eventLocation) {
        String countryCode = ActorCodeParts.of(actor.code()).country();
        Optional<Place> country = country(countryCode);
        if (eventLocation != null) {
            Place place = eventLocation.place();
            boolean stateless = countryCode.isEmpty();
            if (stateless || country.map(c -> c.countryCode().equals(place.countryCode())).orElse(false)) {
                return Optional.of(place);
            }
        }
        return country;
    }
}
