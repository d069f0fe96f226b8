package org.sitrep.geo.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Compiles the GeoNames files into a {@link GazetteerIndex}. Run at build time by the {@code sitrep-geonames}
 * module:
 * <pre>GazetteerBuilder CITIES500_TXT ADMIN1_JSON ADMIN2_JSON OUTPUT</pre>
 * The cities file is GeoNames' tab-separated {@code cities500.txt} (19 columns); the admin files are JSON arrays
 * of {@code {"code": "SY.08", "name": "Rif-dimashq"}}.
 */
public final class GazetteerBuilder {

    /** Towns this large, or seats of administration, also get skeleton keys; smaller ones only exact keys. */
    private static final int SKELETON_MIN_POPULATION = 1000;
    private static final int SKELETON_MIN_LETTERS = 4;

    private static final Pattern REGION_SUFFIX = Pattern.compile(
            "(?i)\\s+(governorate|province|oblast|region|state|prefecture|county|voivodeship|department|"
                    + "municipality|kray|krai|autonomous republic|district|raion|rayon|subdistrict|governorate of|"
                    + "muhafazat|wilayah|vilayet|emirate|territory|city)$");
    private static final Pattern ALL_CAPS_CODE = Pattern.compile("[A-Z0-9]{2,4}");

    private final Map<String, Map<Integer, Integer>> exact = new HashMap<>();
    private final Map<String, Map<Integer, Integer>> skeleton = new HashMap<>();

    public static void main(String[] args) {
        if (args.length != 4) {
            System.err.println("usage: GazetteerBuilder CITIES500_TXT ADMIN1_JSON ADMIN2_JSON OUTPUT");
            System.exit(2);
        }
        long start = System.nanoTime();
        Path output = Path.of(args[3]);
        GazetteerIndex index = new GazetteerBuilder().build(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
        try {
            Files.createDirectories(output.toAbsolutePath().getParent());
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output), 1 << 16)) {
                index.write(out);
            }
            System.out.printf(Locale.ROOT, "gazetteer: %d towns, %d regions, %d districts, %d countries, "
                            + "%d keys, %d skeleton keys, %d bytes, %.1f s%n", index.townCount(),
                    index.regionCode.size(), index.districtName.size(), index.countryCode.size(), index.exact.size(),
                    index.skeleton.size(), Files.size(output), (System.nanoTime() - start) / 1e9);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + output, e);
        }
    }

    /** Reads the three files and compiles them. */
    public GazetteerIndex build(Path cities, Path admin1, Path admin2) {
        try {
            return build(readTowns(cities), readAdmin(admin1), readAdmin(admin2));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the GeoNames files", e);
        }
    }

    /** One row of the cities file, the columns sitrep uses. */
    record Town(int geonameId, String name, String asciiName, List<String> alternateNames, float lat, float lon,
                String feature, String country, String admin1, String admin2, int population) {
    }

    static List<Town> readTowns(Path cities) throws IOException {
        List<Town> towns = new ArrayList<>(200_000);
        try (BufferedReader reader = Files.newBufferedReader(cities, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 15) {
                    throw new IllegalArgumentException(cities + ":" + number + ": expected 19 columns, found " + f.length);
                }
                List<String> alternates = f[3].isEmpty() ? List.of() : Arrays.asList(f[3].split(","));
                towns.add(new Town(Integer.parseInt(f[0]), f[1], f[2], alternates, Float.parseFloat(f[4]),
                        Float.parseFloat(f[5]), f[7], f[8], f[10], f[11], f[14].isEmpty() ? 0 : parsePopulation(f[14])));
            }
        }
        return towns;
    }

    private static int parsePopulation(String field) {
        long value = Long.parseLong(field);
        return (int) Math.min(Integer.MAX_VALUE, Math.max(0, value));
    }

    /** An admin code file: code to name, in file order. */
    static Map<String, String> readAdmin(Path file) throws IOException {
        Map<String, String> names = new LinkedHashMap<>();
        JsonNode array = new ObjectMapper().readTree(file.toFile());
        for (JsonNode entry : array) {
            String code = entry.path("code").asText("");
            String name = entry.path("name").asText("");
            if (!code.isEmpty() && !name.isEmpty()) {
                names.put(code, name);
            }
        }
        return names;
    }

    GazetteerIndex build(List<Town> towns, Map<String, String> admin1Names, Map<String, String> admin2Names) {
        GazetteerIndex index = new GazetteerIndex();
        // Countries: every country some town is in, in code order.
        TreeMap<String, List<Town>> byCountry = new TreeMap<>();
        Map<String, List<Town>> byRegion = new HashMap<>();
        Map<String, List<Town>> byDistrict = new HashMap<>();
        for (Town town : towns) {
            byCountry.computeIfAbsent(town.country(), c -> new ArrayList<>()).add(town);
            if (!town.admin1().isEmpty()) {
                byRegion.computeIfAbsent(town.country() + "." + town.admin1(), c -> new ArrayList<>()).add(town);
                if (!town.admin2().isEmpty()) {
                    byDistrict.computeIfAbsent(town.country() + "." + town.admin1() + "." + town.admin2(),
                            c -> new ArrayList<>()).add(town);
                }
            }
        }
        byCountry.remove("");
        List<String> countries = new ArrayList<>(byCountry.keySet());
        Map<String, Integer> countryRow = new HashMap<>();
        index.countryLat = new float[countries.size()];
        index.countryLon = new float[countries.size()];
        index.countryPopulation = new long[countries.size()];
        for (int i = 0; i < countries.size(); i++) {
            List<Town> members = byCountry.get(countries.get(i));
            countryRow.put(countries.get(i), i);
            index.countryLat[i] = median(members, true);
            index.countryLon[i] = median(members, false);
            index.countryPopulation[i] = members.stream().mapToLong(Town::population).sum();
        }
        index.countryCode = GazetteerIndex.Strings.of(countries.toArray(String[]::new));

        // First-level regions that have a name and at least one town to place them.
        List<String> regions = new ArrayList<>();
        for (String code : admin1Names.keySet()) {
            if (byRegion.containsKey(code) && countryRow.containsKey(countryOf(code))) {
                regions.add(code);
            }
        }
        Map<String, Integer> regionRow = new HashMap<>();
        String[] regionNames = new String[regions.size()];
        index.regionCountry = new short[regions.size()];
        index.regionLat = new float[regions.size()];
        index.regionLon = new float[regions.size()];
        index.regionPopulation = new long[regions.size()];
        for (int i = 0; i < regions.size(); i++) {
            String code = regions.get(i);
            List<Town> members = byRegion.get(code);
            regionRow.put(code, i);
            regionNames[i] = admin1Names.get(code);
            index.regionCountry[i] = (short) (int) countryRow.get(countryOf(code));
            index.regionLat[i] = median(members, true);
            index.regionLon[i] = median(members, false);
            index.regionPopulation[i] = members.stream().mapToLong(Town::population).sum();
            addRegionNames(GazetteerIndex.TABLE_REGION, i, regionNames[i], true);
        }
        index.regionCode = GazetteerIndex.Strings.of(regions.toArray(String[]::new));
        index.regionName = GazetteerIndex.Strings.of(regionNames);

        // Second-level regions, likewise.
        List<String> districts = new ArrayList<>();
        for (String code : admin2Names.keySet()) {
            String region = code.substring(0, Math.max(0, code.lastIndexOf('.')));
            if (byDistrict.containsKey(code) && regionRow.containsKey(region)) {
                districts.add(code);
            }
        }
        String[] districtNames = new String[districts.size()];
        index.districtGeonameId = new int[districts.size()];
        index.districtCountry = new short[districts.size()];
        index.districtRegion = new short[districts.size()];
        index.districtLat = new float[districts.size()];
        index.districtLon = new float[districts.size()];
        index.districtPopulation = new long[districts.size()];
        for (int i = 0; i < districts.size(); i++) {
            String code = districts.get(i);
            List<Town> members = byDistrict.get(code);
            String last = code.substring(code.lastIndexOf('.') + 1);
            districtNames[i] = admin2Names.get(code);
            index.districtGeonameId[i] = last.matches("[0-9]{1,9}") ? Integer.parseInt(last) : 0;
            index.districtCountry[i] = (short) (int) countryRow.get(countryOf(code));
            index.districtRegion[i] = (short) (int) regionRow.get(code.substring(0, code.lastIndexOf('.')));
            index.districtLat[i] = median(members, true);
            index.districtLon[i] = median(members, false);
            index.districtPopulation[i] = members.stream().mapToLong(Town::population).sum();
            addRegionNames(GazetteerIndex.TABLE_DISTRICT, i, districtNames[i], false);
        }
        index.districtCode = GazetteerIndex.Strings.of(districts.toArray(String[]::new));
        index.districtName = GazetteerIndex.Strings.of(districtNames);

        // Towns.
        int n = towns.size();
        index.townGeonameId = new int[n];
        index.townLat = new float[n];
        index.townLon = new float[n];
        index.townPopulation = new int[n];
        index.townFeature = new byte[n];
        index.townCountry = new short[n];
        index.townRegion = new short[n];
        index.townNameCount = new byte[n];
        String[] townNames = new String[n];
        for (int i = 0; i < n; i++) {
            Town town = towns.get(i);
            index.townGeonameId[i] = town.geonameId();
            index.townLat[i] = town.lat();
            index.townLon[i] = town.lon();
            index.townPopulation[i] = town.population();
            index.townFeature[i] = GazetteerIndex.featureOf(town.feature());
            Integer country = countryRow.get(town.country());
            index.townCountry[i] = country == null ? -1 : (short) (int) country;
            Integer region = regionRow.get(town.country() + "." + town.admin1());
            index.townRegion[i] = region == null ? -1 : (short) (int) region;
            townNames[i] = town.name();
            index.townNameCount[i] = (byte) Math.min(255, town.alternateNames().size());
            boolean important = town.population() >= SKELETON_MIN_POPULATION
                    || index.townFeature[i] < GazetteerIndex.featureOf("PPL");
            addName(GazetteerIndex.TABLE_TOWN, i, town.name(), GazetteerIndex.QUALITY_PRIMARY, important);
            addName(GazetteerIndex.TABLE_TOWN, i, town.asciiName(), GazetteerIndex.QUALITY_PRIMARY, important);
            for (String alternate : town.alternateNames()) {
                if (isUsableAlternate(alternate)) {
                    addName(GazetteerIndex.TABLE_TOWN, i, alternate, GazetteerIndex.QUALITY_ALTERNATE, important);
                }
            }
        }
        index.townName = GazetteerIndex.Strings.of(townNames);
        index.exact = table(exact);
        index.skeleton = table(skeleton);
        return index;
    }

    /** Airport codes ("SSH") and one- or two-letter forms would match ordinary words; web links are no names. */
    private static boolean isUsableAlternate(String alternate) {
        String stripped = alternate.strip();
        return stripped.length() >= 3 && !ALL_CAPS_CODE.matcher(stripped).matches() && !stripped.contains("http");
    }

    /**
     * A region's own name, and for "Idlib Governorate" the forms news use: "Idlib province", "Idlib governorate",
     * "Idlib region", "province of Idlib". The bare "Idlib" is a weaker variant, so that the town of the same name
     * wins when nothing else tells them apart.
     */
    private void addRegionNames(int table, int row, String name, boolean firstLevel) {
        addName(table, row, name, GazetteerIndex.QUALITY_PRIMARY, true);
        String base = REGION_SUFFIX.matcher(name).replaceFirst("");
        if (base.length() >= 3) {
            addName(table, row, base, base.equals(name) ? GazetteerIndex.QUALITY_PRIMARY : GazetteerIndex.QUALITY_VARIANT, true);
            if (firstLevel) {
                for (String form : List.of("%s province", "%s governorate", "%s region", "%s oblast", "%s state",
                        "province of %s", "%s prefecture")) {
                    addName(table, row, String.format(Locale.ROOT, form, base), GazetteerIndex.QUALITY_PRIMARY, true);
                }
            } else {
                addName(table, row, base + " district", GazetteerIndex.QUALITY_PRIMARY, true);
            }
        }
    }

    private void addName(int table, int row, String name, int quality, boolean withSkeleton) {
        String key = NameKeys.key(name);
        if (!NameKeys.isLatin(key) || key.length() < 2) {
            return;
        }
        List<String> variants = NameKeys.variants(key);
        for (int v = 0; v < variants.size(); v++) {
            String variant = variants.get(v);
            int q = v == 0 ? quality : Math.min(quality, GazetteerIndex.QUALITY_VARIANT);
            put(exact, variant, GazetteerIndex.posting(table, q, row));
        }
        if (withSkeleton) {
            String shape = NameKeys.skeleton(key);
            if (shape.replace(" ", "").length() >= SKELETON_MIN_LETTERS) {
                put(skeleton, shape, GazetteerIndex.posting(table, GazetteerIndex.QUALITY_SKELETON, row));
                if (NameKeys.hasLeadingArticle(key)) {
                    put(skeleton, NameKeys.skeleton(key.substring(key.indexOf(' ') + 1)),
                            GazetteerIndex.posting(table, GazetteerIndex.QUALITY_SKELETON, row));
                }
            }
        }
    }

    /** Keeps one posting per place and key, the best quality. */
    private static void put(Map<String, Map<Integer, Integer>> keys, String key, int posting) {
        Map<Integer, Integer> postings = keys.computeIfAbsent(key, k -> new LinkedHashMap<>(2));
        int place = posting & ~(3 << 28);
        Integer old = postings.get(place);
        if (old == null || GazetteerIndex.qualityOf(old) < GazetteerIndex.qualityOf(posting)) {
            postings.put(place, posting);
        }
    }

    private static GazetteerIndex.KeyTable table(Map<String, Map<Integer, Integer>> keys) {
        String[] sorted = keys.keySet().toArray(String[]::new);
        Arrays.sort(sorted);
        int[] offsets = new int[sorted.length + 1];
        int total = 0;
        for (int i = 0; i < sorted.length; i++) {
            total += keys.get(sorted[i]).size();
            offsets[i + 1] = total;
        }
        int[] postings = new int[total];
        for (int i = 0; i < sorted.length; i++) {
            int at = offsets[i];
            for (int posting : keys.get(sorted[i]).values()) {
                postings[at++] = posting;
            }
        }
        return new GazetteerIndex.KeyTable(GazetteerIndex.Strings.of(sorted), offsets, postings);
    }

    private static String countryOf(String code) {
        int dot = code.indexOf('.');
        return dot < 0 ? code : code.substring(0, dot);
    }

    /** The median latitude or longitude of some towns: a point inside the area that outlying islands do not move. */
    private static float median(List<Town> towns, boolean latitude) {
        float[] values = new float[towns.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = latitude ? towns.get(i).lat() : towns.get(i).lon();
        }
        Arrays.sort(values);
        return values[values.length / 2];
    }
}
