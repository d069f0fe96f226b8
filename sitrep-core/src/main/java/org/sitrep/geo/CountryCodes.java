package org.sitrep.geo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.internal.DataFile;
import org.sitrep.model.Place;

/**
 * GDELT's geography codes for a place: FIPS 10-4 country codes ({@code IS} for Israel, {@code IZ} for Iraq) and
 * first-level region codes ({@code SY08}), from the team's country file and its crosswalk of the GeoNames region
 * codes that are not FIPS codes ({@code GB.WLS}, {@code FR.44}). Needs no gazetteer index. Countries the file
 * lacks keep their ISO code. Immutable and thread-safe.
 */
public final class CountryCodes {

    private static final class Standard {
        static final CountryCodes CODES = new CountryCodes(DataFile.resource(CountryCodes.class, "countries.tsv"),
                DataFile.resource(CountryCodes.class, "adm1-fips.tsv"));
    }

    private final Map<String, String> fipsByIso = new HashMap<>();
    /** FIPS region code by GeoNames admin1 code ({@code FR.11}); empty where no FIPS region matches. */
    private final Map<String, String> fipsRegionByAdmin1 = new HashMap<>();

    CountryCodes(List<DataFile.Line> countries, List<DataFile.Line> crosswalk) {
        for (DataFile.Line line : countries) {
            List<String> fields = line.fields(7);
            fipsByIso.put(fields.get(0), fields.get(2).isBlank() ? fields.get(0) : fields.get(2));
        }
        for (DataFile.Line line : crosswalk) {
            List<String> fields = line.fields(4);
            String region = fields.get(2);
            if (!region.isEmpty() && !isFipsRegion(region)) {
                throw line.error("FIPS region code must be two letters or digits: " + region);
            }
            if (fipsRegionByAdmin1.put(fields.get(0) + "." + fields.get(1), region) != null) {
                throw line.error("region listed twice: " + fields.get(0) + "." + fields.get(1));
            }
        }
    }

    private static boolean isFipsRegion(String code) {
        return code.length() == 2 && Character.isLetterOrDigit(code.charAt(0))
                && Character.isLetterOrDigit(code.charAt(1));
    }

    public static CountryCodes standard() {
        return Standard.CODES;
    }

    /**
     * The FIPS country code GDELT gives a place; Gaza and the West Bank are countries of their own there, also
     * where GeoNames files West Bank places under Israel ({@code IL.WE}).
     */
    public String fipsCountry(Place place) {
        if (place.countryCode().equals("PS")) {
            return place.admin1Code().equals("PS.GZ") ? "GZ" : "WE";
        }
        if (place.admin1Code().equals("IL.WE")) {
            return "WE";
        }
        return fipsByIso.getOrDefault(place.countryCode(), place.countryCode());
    }

    /**
     * GDELT's ADM1 code: the FIPS country code and the region's FIPS code ({@code SY08}, {@code FRA8} for GeoNames'
     * {@code FR.11}); a country's is its code, and so is that of a region no FIPS region matches
     * ({@code UK} for Wales).
     */
    public String adm1(Place place) {
        String country = fipsCountry(place);
        String admin1 = place.admin1Code();
        int dot = admin1.indexOf('.');
        if (place.kind() == Place.Kind.COUNTRY || dot < 0 || country.equals("GZ") || country.equals("WE")) {
            return country;
        }
        String region = fipsRegionByAdmin1.get(admin1);
        if (region == null) {
            // GeoNames took most region codes from FIPS; a code of another shape cannot be one.
            region = admin1.substring(dot + 1);
            if (!isFipsRegion(region)) {
                region = "";
            }
        }
        return country + region;
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
