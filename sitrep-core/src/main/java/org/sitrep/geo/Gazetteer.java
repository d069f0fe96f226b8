package org.sitrep.geo;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.geo.internal.GazetteerIndex;
import org.sitrep.geo.internal.NameKeys;
import org.sitrep.internal.DataFile;
import org.sitrep.model.Place;
import org.sitrep.pipeline.EnvironmentException;

/**
 * The places sitrep knows: GeoNames towns, first- and second-level regions and countries from the compiled
 * index (built by the {@code sitrep-geonames} module), the team's country names and demonyms
 * ({@code countries.tsv}) and the team's supplement of districts, camps, crossings and areas
 * ({@code places-supplement.tsv}). Looks names up; does not decide which of several places a text means, which
 * is {@link PlaceResolver}'s job. Immutable and thread-safe.
 */
public final class Gazetteer {

    /** Where the compiled GeoNames index is on the class path; the name carries the format version. */
    public static final String INDEX_RESOURCE = "/org/sitrep/geo/gazetteer-v" + GazetteerIndex.VERSION + ".bin";

    private static final System.Logger LOG = System.getLogger("org.sitrep.geo");

    private static final int TABLE_COUNTRY = 8;
    private static final int TABLE_SUPPLEMENT = 9;
    /** Skeleton lookups of shorter names match too many unrelated places. */
    private static final int SKELETON_MIN_LETTERS = 5;
    /**
     * Countries whose place names reach English through transliteration (Arabic, Persian, Pashto, Urdu, Turkic,
     * Cyrillic, Hebrew, Kurdish), where spellings of one name vary; only their places match by skeleton, so
     * that "Mideast" is not "Modesto".
     */
    private static final java.util.Set<String> LOOSE_SPELLING_COUNTRIES = java.util.Set.of("SY", "IQ", "IR", "AF",
            "PK", "LB", "JO", "PS", "IL", "EG", "LY", "TN", "DZ", "MA", "SA", "YE", "OM", "AE", "QA", "KW", "BH", "SD",
            "SS", "SO", "DJ", "ER", "MR", "TR", "AZ", "AM", "GE", "RU", "UA", "BY", "KZ", "UZ", "TJ", "KG", "TM", "MN",
            "IN", "BD", "NP", "ML", "NE", "TD", "ET");
    private static final Pattern DIRECTION = Pattern.compile("(?i)^(east|west|north|south)(ern)? (.+)$");

    /** How well a name matched a place's names; better first. */
    public enum NameMatch {
        /** The place's own name or a name the team gave it. */
        PRIMARY,
        /** One of GeoNames' alternate names. */
        ALTERNATE,
        /** A derived form: without a leading "al-", or "Idlib" for "Idlib Governorate". */
        VARIANT,
        /** Only a looser transliteration ("Shaykhun" for "Sheikhoun"). */
        SKELETON
    }

    /**
     * A place a name may stand for.
     *
     * @param place       the place
     * @param match       how well the name matched
     * @param featureRank for GeoNames towns, 0 for a capital, 1 for a first-level seat, 2..4 for lower seats, 5 for
     *                    other towns; -1 for every other place
     * @param supplement  whether the place, or the name, comes from the team's supplement
     * @param nameCount   for GeoNames towns, how many alternate names GeoNames lists (in any script, at most 255):
     *                    a measure of how widely the place is known; 0 for every other place
     */
    public record Candidate(Place place, NameMatch match, int featureRank, boolean supplement, int nameCount) {
        public Candidate {
            Objects.requireNonNull(place, "place");
            Objects.requireNonNull(match, "match");
        }
    }

    /** A country row: codes and names from the team's file or the Java platform. */
    private record Country(String iso2, String iso3, String fips, String name, double lat, double lon, long population) {
    }

    /** A name of the overlay: points at a row of one of the tables. */
    private record Ref(int table, int row, int quality, boolean capitalsOnly) {
    }

    private final GazetteerIndex index;
    private final Country[] countries;
    private final Map<String, Integer> countryByIso2 = new HashMap<>();
    private final Map<String, Integer> countryByIso3 = new HashMap<>();
    private final Map<String, String> demonyms = new HashMap<>();
    private final Map<String, List<Ref>> overlay = new HashMap<>();
    private final Map<String, List<Ref>> overlaySkeleton = new HashMap<>();
    private final List<Place> supplementPlaces = new ArrayList<>();
    private final List<String> skippedSupplementRows = new ArrayList<>();
    private final long loadMillis;
    /** Row of each country's capital (its most populous PPLC town), by ISO alpha-2 code. */
    private final Map<String, Integer> capitalRows = new HashMap<>();

    private static final class Standard {
        static final Optional<Gazetteer> GAZETTEER = loadStandard();
    }

    /**
     * The built-in gazetteer, loaded once; empty when the GeoNames index is not on the class path (the
     * {@code sitrep-geonames} module is missing), which is reported once and disables place resolution.
     */
    public static Optional<Gazetteer> standard() {
        return Standard.GAZETTEER;
    }

    private static Optional<Gazetteer> loadStandard() {
        InputStream stream = Gazetteer.class.getResourceAsStream(INDEX_RESOURCE);
        if (stream == null) {
            LOG.log(System.Logger.Level.WARNING, "geolocation disabled: the GeoNames index " + INDEX_RESOURCE
                    + " is not on the class path (add the sitrep-geonames module to use it)");
            return Optional.empty();
        }
        try {
            Gazetteer gazetteer = load(stream);
            LOG.log(System.Logger.Level.DEBUG, () -> "GeoNames index loaded in " + gazetteer.loadMillis() + " ms");
            return Optional.of(gazetteer);
        } catch (EnvironmentException e) {
            // A damaged index should not stop event coding: geolocation is off, said once.
            LOG.log(System.Logger.Level.WARNING, "geolocation disabled: " + e.getMessage()
                    + (e.getCause() == null ? "" : ": " + e.getCause().getMessage()));
            return Optional.empty();
        }
    }

    /** Loads an index from a stream, with the built-in country file and supplement. Closes the stream. */
    public static Gazetteer load(InputStream stream) {
        return load(stream, DataFile.resource(Gazetteer.class, "countries.tsv"),
                DataFile.resource(Gazetteer.class, "places-supplement.tsv"));
    }

    /** Loads an index from a stream, with the given country and supplement lines. Closes the stream. */
    public static Gazetteer load(InputStream stream, List<DataFile.Line> countryLines, List<DataFile.Line> supplementLines) {
        long start = System.nanoTime();
        GazetteerIndex index;
        try (InputStream in = new BufferedInputStream(stream, 1 << 16)) {
            index = GazetteerIndex.read(in);
        } catch (IOException e) {
            throw new EnvironmentException("cannot read the GeoNames index", e);
        }
        return new Gazetteer(index, countryLines, supplementLines, start);
    }

    private Gazetteer(GazetteerIndex index, List<DataFile.Line> countryLines, List<DataFile.Line> supplementLines,
                      long startNanos) {
        this.index = index;
        this.countries = readCountries(countryLines);
        readSupplement(supplementLines);
        for (int row = 0; row < index.townGeonameId.length; row++) {
            if (index.townFeature[row] != 0) {
                continue;
            }
            String iso2 = countries[index.townCountry[row]].iso2();
            Integer previous = capitalRows.get(iso2);
            if (previous == null || index.townPopulation[row] > index.townPopulation[previous]) {
                capitalRows.put(iso2, row);
            }
        }
        this.loadMillis = (System.nanoTime() - startNanos) / 1_000_000;
    }

    private Country[] readCountries(List<DataFile.Line> lines) {
        Map<String, DataFile.Line> byCode = new LinkedHashMap<>();
        for (DataFile.Line line : lines) {
            List<String> f = line.fields(7);
            if (!f.get(0).matches("[A-Z]{2}") || !f.get(1).matches("[A-Z]{3}")) {
                throw line.error("country codes must be two and three capital letters");
            }
            byCode.put(f.get(0), line);
        }
        int n = index.countryCode.size();
        Country[] result = new Country[n];
        for (int row = 0; row < n; row++) {
            String iso2 = index.countryCode.get(row);
            DataFile.Line line = byCode.remove(iso2);
            Country country;
            if (line == null) {
                Locale locale = new Locale.Builder().setRegion(iso2).build();
                String iso3;
                try {
                    iso3 = locale.getISO3Country();
                } catch (MissingResourceException e) {
                    iso3 = "";
                }
                String name = locale.getDisplayCountry(Locale.ENGLISH);
                country = new Country(iso2, iso3, iso2, name.isBlank() ? iso2 : name, index.countryLat[row],
                        index.countryLon[row], index.countryPopulation[row]);
                addName(overlay, name, new Ref(TABLE_COUNTRY, row, GazetteerIndex.QUALITY_PRIMARY, false));
            } else {
                List<String> f = line.fields(7);
                List<String> names = DataFile.values(f.get(3));
                if (names.isEmpty()) {
                    throw line.error("a country needs a name");
                }
                double lat = f.get(5).isBlank() ? index.countryLat[row] : parse(line, f.get(5));
                double lon = f.get(6).isBlank() ? index.countryLon[row] : parse(line, f.get(6));
                country = new Country(iso2, f.get(1), f.get(2).isBlank() ? iso2 : f.get(2), names.get(0), lat, lon,
                        index.countryPopulation[row]);
                for (String name : names) {
                    boolean capitals = name.equals(name.toUpperCase(Locale.ROOT)) && name.replace(".", "").length() <= 4;
                    addName(overlay, name, new Ref(TABLE_COUNTRY, row, GazetteerIndex.QUALITY_PRIMARY, capitals));
                }
                for (String demonym : DataFile.values(f.get(4))) {
                    demonyms.put(NameKeys.key(demonym), iso2);
                }
            }
            result[row] = country;
            countryByIso2.put(iso2, row);
            if (!country.iso3().isEmpty()) {
                countryByIso3.putIfAbsent(country.iso3(), row);
            }
        }
        return result;
    }

    private void readSupplement(List<DataFile.Line> lines) {
        Map<Integer, Integer> townRows = townRows(lines);
        for (DataFile.Line line : lines) {
            List<String> f = line.fields(line.text().split("\t", -1).length == 4 ? 4 : 6);
            String id = f.get(0);
            List<String> names = DataFile.values(f.get(1));
            String kind = f.get(2);
            String parent = f.get(3);
            if (names.isEmpty()) {
                throw line.error("a supplement place needs a name");
            }
            Ref parentRef = parentRef(parent, townRows);
            if (parentRef == null) {
                // A parent the index lacks: a smaller test index, or a typo the sitrep-geonames tests catch.
                skippedSupplementRows.add(id);
                continue;
            }
            if (kind.equals("alias")) {
                Ref alias = new Ref(parentRef.table(), parentRef.row(), GazetteerIndex.QUALITY_PRIMARY, false);
                for (String name : names) {
                    addName(overlay, name, alias);
                    addSkeleton(name, alias);
                }
                continue;
            }
            if (f.size() != 6) {
                throw line.error("a supplement place needs coordinates");
            }
            double lat = parse(line, f.get(4));
            double lon = parse(line, f.get(5));
            Place parentPlace = place(parentRef.table(), parentRef.row());
            long geonameId = parentRef.table() == GazetteerIndex.TABLE_TOWN ? parentPlace.geonameId() : 0;
            String admin1Code = parentPlace.kind() == Place.Kind.COUNTRY ? "" : parentPlace.admin1Code();
            String admin1Name = parentPlace.kind() == Place.Kind.COUNTRY ? "" : parentPlace.admin1Name();
            Place place = new Place("S:" + id, geonameId, names.get(0), Place.Kind.LOCALITY,
                    parentPlace.countryCode(), admin1Code, admin1Name, parentPlace.countryName(), lat, lon, 0);
            Ref ref = new Ref(TABLE_SUPPLEMENT, supplementPlaces.size(), GazetteerIndex.QUALITY_PRIMARY, false);
            supplementPlaces.add(place);
            for (String name : names) {
                for (String form : spellings(name, kind)) {
                    addName(overlay, form, ref);
                    addSkeleton(form, ref);
                }
            }
        }
    }

    /**
     * The forms of a supplement name writers use besides the ones its key and variants cover: "East Ghouta" for
     * "Eastern Ghouta" and back, "X refugee camp" for "X camp".
     */
    static List<String> spellings(String name, String kind) {
        List<String> forms = new ArrayList<>();
        forms.add(name);
        Matcher direction = DIRECTION.matcher(name);
        if (direction.matches()) {
            String other = direction.group(2) == null ? direction.group(1) + "ern" : direction.group(1);
            forms.add(other + " " + direction.group(3));
        }
        if (kind.equals("camp") && name.endsWith(" camp") && !name.endsWith(" refugee camp")) {
            forms.add(name.substring(0, name.length() - 5) + " refugee camp");
        }
        return forms;
    }

    /** The rows of the GeoNames towns the supplement names as parents, found in one pass over the towns. */
    private Map<Integer, Integer> townRows(List<DataFile.Line> lines) {
        Map<Integer, Integer> wanted = new HashMap<>();
        for (DataFile.Line line : lines) {
            String[] f = line.text().split("\t", -1);
            if (f.length >= 4 && f[3].matches("[0-9]{1,9}")) {
                wanted.put(Integer.parseInt(f[3]), -1);
            }
        }
        for (int row = 0; row < index.townCount() && !wanted.isEmpty(); row++) {
            if (wanted.containsKey(index.townGeonameId[row])) {
                wanted.put(index.townGeonameId[row], row);
            }
        }
        return wanted;
    }

    private Ref parentRef(String parent, Map<Integer, Integer> townRows) {
        if (parent.matches("[0-9]{1,9}")) {
            Integer row = townRows.get(Integer.parseInt(parent));
            return row == null || row < 0 ? null : new Ref(GazetteerIndex.TABLE_TOWN, row, 0, false);
        }
        if (parent.matches("[A-Z]{2}")) {
            Integer row = countryByIso2.get(parent);
            return row == null ? null : new Ref(TABLE_COUNTRY, row, 0, false);
        }
        for (int row = 0; row < index.regionCode.size(); row++) {
            if (index.regionCode.get(row).equals(parent)) {
                return new Ref(GazetteerIndex.TABLE_REGION, row, 0, false);
            }
        }
        return null;
    }

    private static double parse(DataFile.Line line, String value) {
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw line.error("not a number: " + value);
        }
    }

    private static void addName(Map<String, List<Ref>> names, String name, Ref ref) {
        String key = NameKeys.key(name);
        if (NameKeys.isLatin(key)) {
            List<String> variants = NameKeys.variants(key);
            for (int v = 0; v < variants.size(); v++) {
                int quality = v == 0 ? ref.quality() : Math.min(ref.quality(), GazetteerIndex.QUALITY_VARIANT);
                names.computeIfAbsent(variants.get(v), k -> new ArrayList<>(1))
                        .add(new Ref(ref.table(), ref.row(), quality, ref.capitalsOnly()));
            }
        }
    }

    private void addSkeleton(String name, Ref ref) {
        String key = NameKeys.key(name);
        if (NameKeys.isLatin(key)) {
            Ref loose = new Ref(ref.table(), ref.row(), GazetteerIndex.QUALITY_SKELETON, false);
            overlaySkeleton.computeIfAbsent(NameKeys.skeleton(key), k -> new ArrayList<>(1)).add(loose);
            if (NameKeys.hasLeadingArticle(key)) {
                overlaySkeleton.computeIfAbsent(NameKeys.skeleton(key.substring(key.indexOf(' ') + 1)),
                        k -> new ArrayList<>(1)).add(loose);
            }
        }
    }

    /**
     * The places a name as written may stand for, best match first per place. Looks up the name's key and its
     * variants; only when they find nothing, its skeleton. Short all-capital country forms ("US") match only
     * when written in capitals, so the pronoun "us" is no country.
     */
    public List<Candidate> lookup(String name) {
        String key = NameKeys.key(name);
        if (!NameKeys.isLatin(key)) {
            return List.of();
        }
        boolean capitals = !name.chars().anyMatch(Character::isLowerCase);
        Map<Long, Integer> found = new LinkedHashMap<>();
        List<String> variants = NameKeys.variants(key);
        for (int v = 0; v < variants.size(); v++) {
            String variant = variants.get(v);
            int cap = v == 0 ? GazetteerIndex.QUALITY_PRIMARY : GazetteerIndex.QUALITY_VARIANT;
            for (int posting : index.exact.find(variant)) {
                collect(found, GazetteerIndex.tableOf(posting), GazetteerIndex.rowOf(posting),
                        Math.min(cap, GazetteerIndex.qualityOf(posting)));
            }
            for (Ref ref : overlay.getOrDefault(variant, List.of())) {
                if (!ref.capitalsOnly() || capitals) {
                    collect(found, ref.table(), ref.row(), Math.min(cap, ref.quality()));
                }
            }
        }
        if (found.isEmpty() && key.replace(" ", "").length() >= SKELETON_MIN_LETTERS) {
            List<String> shapes = new ArrayList<>();
            shapes.add(NameKeys.skeleton(key));
            if (NameKeys.hasLeadingArticle(key)) {
                shapes.add(NameKeys.skeleton(key.substring(key.indexOf(' ') + 1)));
            }
            for (String shape : shapes) {
                for (int posting : index.skeleton.find(shape)) {
                    collect(found, GazetteerIndex.tableOf(posting), GazetteerIndex.rowOf(posting),
                            GazetteerIndex.QUALITY_SKELETON);
                }
                for (Ref ref : overlaySkeleton.getOrDefault(shape, List.of())) {
                    collect(found, ref.table(), ref.row(), GazetteerIndex.QUALITY_SKELETON);
                }
            }
        }
        List<Candidate> candidates = new ArrayList<>(found.size());
        for (Map.Entry<Long, Integer> entry : found.entrySet()) {
            int table = (int) (entry.getKey() >>> 32);
            int row = (int) (long) entry.getKey();
            NameMatch match = NameMatch.values()[GazetteerIndex.QUALITY_PRIMARY - entry.getValue()];
            int featureRank = table == GazetteerIndex.TABLE_TOWN ? index.townFeature[row] : -1;
            int nameCount = table == GazetteerIndex.TABLE_TOWN ? index.townNameCount[row] & 0xFF : 0;
            boolean supplement = table == TABLE_SUPPLEMENT || fromSupplementAlias(table, row, variants);
            Place place = place(table, row);
            if (match == NameMatch.SKELETON && !LOOSE_SPELLING_COUNTRIES.contains(place.countryCode())) {
                continue;
            }
            candidates.add(new Candidate(place, match, featureRank, supplement, nameCount));
        }
        return candidates;
    }

    private boolean fromSupplementAlias(int table, int row, List<String> variants) {
        for (String variant : variants) {
            for (Ref ref : overlay.getOrDefault(variant, List.of())) {
                if (ref.table() == table && ref.row() == row && table != TABLE_COUNTRY) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void collect(Map<Long, Integer> found, int table, int row, int quality) {
        found.merge((long) table << 32 | row, quality, Math::max);
    }

    /** The place of a table row. */
    private Place place(int table, int row) {
        switch (table) {
            case GazetteerIndex.TABLE_TOWN -> {
                int region = index.townRegion[row];
                Country country = countries[index.townCountry[row]];
                return new Place(Integer.toString(index.townGeonameId[row]), index.townGeonameId[row],
                        index.townName.get(row), Place.Kind.TOWN, country.iso2(),
                        region < 0 ? "" : index.regionCode.get(region), region < 0 ? "" : index.regionName.get(region),
                        country.name(), index.townLat[row], index.townLon[row], index.townPopulation[row]);
            }
            case GazetteerIndex.TABLE_REGION -> {
                Country country = countries[index.regionCountry[row]];
                String code = index.regionCode.get(row);
                String name = index.regionName.get(row);
                return new Place(code, 0, name, Place.Kind.ADMIN1, country.iso2(), code, name, country.name(),
                        index.regionLat[row], index.regionLon[row], index.regionPopulation[row]);
            }
            case GazetteerIndex.TABLE_DISTRICT -> {
                Country country = countries[index.districtCountry[row]];
                int region = index.districtRegion[row];
                int geonameId = index.districtGeonameId[row];
                return new Place(geonameId > 0 ? Integer.toString(geonameId) : index.districtCode.get(row), geonameId,
                        index.districtName.get(row), Place.Kind.ADMIN2, country.iso2(), index.regionCode.get(region),
                        index.regionName.get(region), country.name(), index.districtLat[row], index.districtLon[row],
                        index.districtPopulation[row]);
            }
            case TABLE_COUNTRY -> {
                Country country = countries[row];
                return new Place(country.iso2(), 0, country.name(), Place.Kind.COUNTRY, country.iso2(), "", "",
                        country.name(), country.lat(), country.lon(), country.population());
            }
            case TABLE_SUPPLEMENT -> {
                return supplementPlaces.get(row);
            }
            default -> throw new IllegalStateException("no table " + table);
        }
    }

    /**
     * The town or second-level region with this GeoNames id, for gold data given by id. A linear scan: meant
     * for evaluation, not for the pipeline.
     */
    public Optional<Place> byGeonameId(long geonameId) {
        for (int row = 0; row < index.townGeonameId.length; row++) {
            if (index.townGeonameId[row] == geonameId) {
                return Optional.of(place(GazetteerIndex.TABLE_TOWN, row));
            }
        }
        for (int row = 0; row < index.districtGeonameId.length; row++) {
            if (index.districtGeonameId[row] == geonameId) {
                return Optional.of(place(GazetteerIndex.TABLE_DISTRICT, row));
            }
        }
        return Optional.empty();
    }

    /**
     * The capital of a country by its ISO 3166-1 alpha-2 code (GeoNames' PPLC town, the most populous when it
     * lists several), empty when the index has none.
     */
    public Optional<Place> capital(String iso2) {
        Integer row = capitalRows.get(iso2);
        return row == null ? Optional.empty() : Optional.of(place(GazetteerIndex.TABLE_TOWN, row));
    }

    /** A country by its ISO 3166-1 alpha-2 code. */
    public Optional<Place> country(String iso2) {
        Integer row = countryByIso2.get(iso2);
        return row == null ? Optional.empty() : Optional.of(place(TABLE_COUNTRY, row));
    }

    /**
     * The ISO alpha-2 code of the country an actor code starts with ({@code SYR} of {@code SYRMIL}), empty for
     * codes that name no country ({@code IGO}, {@code REB}).
     */
    public Optional<String> countryOfActorCode(String actorCode) {
        if (actorCode.length() < 3) {
            return Optional.empty();
        }
        Integer row = countryByIso3.get(actorCode.substring(0, 3));
        return row == null ? Optional.empty() : Optional.of(countries[row].iso2());
    }

    /** The ISO alpha-2 code of the country whose adjective or demonym a word is ("Syrian", "Israelis"). */
    public Optional<String> countryOfDemonym(String word) {
        return Optional.ofNullable(demonyms.get(NameKeys.key(word)));
    }

    /** GDELT's FIPS 10-4 country code for an ISO alpha-2 code, as the team's file gives it (else the ISO code). */
    public String fipsCode(String iso2) {
        Integer row = countryByIso2.get(iso2);
        return row == null ? iso2 : countries[row].fips();
    }

    /** The supplement rows whose parent the index lacks. */
    public List<String> skippedSupplementRows() {
        return List.copyOf(skippedSupplementRows);
    }

    public int townCount() {
        return index.townCount();
    }

    public int supplementCount() {
        return supplementPlaces.size();
    }

    /** How long loading took, in milliseconds. */
    public long loadMillis() {
        return loadMillis;
    }

    /** Roughly how much heap the index takes, in bytes. */
    public long heapBytes() {
        return index.heapBytes();
    }
}
