package org.sitrep.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A place of the gazetteer: a country, a first- or second-level region, a town, or a place the team's
 * supplement adds (a district, camp, crossing or base that GeoNames' towns list lacks).
 *
 * @param featureId   stable id, as GDELT's ActionGeo_FeatureID: the GeoNames id for GeoNames towns and
 *                    second-level regions, the ISO country code for a country ({@code SY}), the GeoNames admin1
 *                    code for a first-level region ({@code SY.08}), {@code S:} and a slug for supplement places
 *                    ({@code S:yarmouk-camp})
 * @param geonameId   the GeoNames id of the place, or for a supplement place of its GeoNames parent; 0 when
 *                    there is none (countries and first-level regions are not in the GeoNames towns file)
 * @param name        the name to show
 * @param kind        what sort of place
 * @param countryCode ISO 3166-1 alpha-2 code, such as {@code SY}
 * @param admin1Code  GeoNames first-level region code, such as {@code SY.08}; empty for a country or when
 *                    GeoNames gives none
 * @param admin1Name  the region's name, empty with the code
 * @param countryName the country's name
 * @param latitude    degrees north, -90..90
 * @param longitude   degrees east, -180..180
 * @param population  as GeoNames gives it (0 for many small places and all supplement places)
 */
public record Place(String featureId, long geonameId, String name, Kind kind, String countryCode,
                    String admin1Code, String admin1Name, String countryName, double latitude, double longitude,
                    long population) {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    /** Sorts of place, from the widest. */
    public enum Kind {
        COUNTRY,
        /** A first-level administrative region: governorate, province, state, oblast. */
        ADMIN1,
        /** A second-level administrative region: district, county. */
        ADMIN2,
        /** A populated place from GeoNames: city, town, village. */
        TOWN,
        /** A supplement place inside a town or region: district, camp, crossing, base, area. */
        LOCALITY;

        /** Whether this kind names a smaller area than {@code other}. */
        public boolean narrowerThan(Kind other) {
            return ordinal() > other.ordinal();
        }
    }

    public Place {
        Objects.requireNonNull(featureId, "featureId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(admin1Code, "admin1Code");
        Objects.requireNonNull(admin1Name, "admin1Name");
        Objects.requireNonNull(countryName, "countryName");
        if (featureId.isBlank() || name.isBlank()) {
            throw new IllegalArgumentException("place needs a feature id and a name: '" + featureId + "', '" + name + "'");
        }
        if (!COUNTRY.matcher(countryCode).matches()) {
            throw new IllegalArgumentException("not an ISO country code: " + countryCode);
        }
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("coordinates out of range: " + latitude + ", " + longitude);
        }
        if (geonameId < 0 || population < 0) {
            throw new IllegalArgumentException("negative GeoNames id or population");
        }
    }

    /**
     * GDELT's ActionGeo_Type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (first-level
     * region). Second-level regions count as regions, supplement places as cities.
     */
    public int gdeltType() {
        boolean us = countryCode.equals("US");
        return switch (kind) {
            case COUNTRY -> 1;
            case ADMIN1, ADMIN2 -> us ? 2 : 5;
            case TOWN, LOCALITY -> us ? 3 : 4;
        };
    }

    /** "Hajar al-Aswad, Rif Dimashq, Syria": the name with its region and country, as GDELT's FullName. */
    public String fullName() {
        StringBuilder full = new StringBuilder(name);
        if (kind != Kind.COUNTRY && kind != Kind.ADMIN1 && !admin1Name.isEmpty() && !admin1Name.equals(name)) {
            full.append(", ").append(admin1Name);
        }
        if (kind != Kind.COUNTRY) {
            full.append(", ").append(countryName);
        }
        return full.toString();
    }

    /** Great-circle distance in kilometres. */
    public double distanceKm(Place other) {
        return distanceKm(latitude, longitude, other.latitude, other.longitude);
    }

    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
