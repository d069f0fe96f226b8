package org.sitrep.geo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.internal.DataFile;
import org.sitrep.model.Place;

/**
 * GDELT's geography codes for a place: FIPS 10-4 country codes ({@code IS} for Israel, {@code IZ} for Iraq) and
 * first-level region codes ({@code SY08}), from the team's country file. Needs no gazetteer index. Countries the
 * file lacks keep their ISO code. Immutable and thread-safe.
 */
public final class CountryCodes {

    private static final class Standard {
        static final CountryCodes CODES = new CountryCodes(DataFile.resource(CountryCodes.class, "countries.tsv"));
    }

    private final Map<String, String> fipsByIso = new HashMap<>();

    CountryCodes(List<DataFile.Line> lines) {
        for (DataFile.Line line : lines) {
            List<String> fields = line.fields(7);
            fipsByIso.put(fields.get(0), fields.get(2).isBlank() ? fields.get(0) : fields.get(2));
        }
    }

    public static CountryCodes standard() {
        return Standard.CODES;
    }

    /** The FIPS country code GDELT gives a place; Gaza and the West Bank are countries of their own there. */
    public String fipsCountry(Place place) {
        if (place.countryCode().equals("PS")) {
            return place.admin1Code().equals("PS.GZ") ? "GZ" : "WE";
        }
        return fipsByIso.getOrDefault(place.countryCode(), place.countryCode());
    }

    /** GDELT's ADM1 code: the FIPS country code and the region's own code ({@code SY08}); a country's is its code. */
    public String adm1(Place place) {
        String country = fipsCountry(place);
        String admin1 = place.admin1Code();
        int dot = admin1.indexOf('.');
        if (place.kind() == Place.Kind.COUNTRY || dot < 0 || country.equals("GZ") || country.equals("WE")) {
            return country;
        }
        return country + admin1.substring(dot + 1);
    }

    /** GDELT's FeatureID: the GeoNames id of a town, the ADM1 code of a region, the country code of a country. */
    public String featureId(Place place) {
        return switch (place.kind()) {
            case COUNTRY -> fipsCountry(place);
            case ADMIN1 -> adm1(place);
            default -> place.featureId();
        };
    }
}
