package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One article of a place gold file: which article (a corpus and its id there), where its main event happened
 * and, optionally, where some of its events happened. The format is described in {@code docs/places.md}.
 *
 * @param id        the entry's own id, such as {@code g001} (may be empty)
 * @param half      {@code dev} or {@code test}, or empty
 * @param corpus    {@code allsides} or {@code newscluster}
 * @param article   the article's id in that corpus (AllSides {@code ID}, NewsCluster file name)
 * @param sha256    the first 16 hex digits of the SHA-256 of the article body as the corpus holds it, or empty
 * @param place     where the main event happened
 * @param events    gold places of single events, each over a stretch of the body (may be empty)
 */
public record PlaceGold(String id, String half, String corpus, String article, String sha256, GoldPlace place,
                        List<GoldEvent> events) {

    /**
     * A gold place: a name with coordinates, or a GeoNames id the gazetteer turns into coordinates.
     *
     * @param name      the place's name as the annotator wrote it
     * @param country   ISO 3166-1 alpha-2 code, or empty when not given
     * @param latitude  degrees north ({@code NaN} when only the GeoNames id is given)
     * @param longitude degrees east ({@code NaN} with the latitude)
     * @param geonameId the GeoNames id, or 0
     */
    public record GoldPlace(String name, String country, double latitude, double longitude, long geonameId) {
        public GoldPlace {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(country, "country");
            boolean located = !Double.isNaN(latitude) && !Double.isNaN(longitude);
            if (!located && geonameId <= 0) {
                throw new IllegalArgumentException("a gold place needs coordinates or a GeoNames id: " + name);
            }
            if (located && (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180))) {
                throw new IllegalArgumentException("coordinates out of range: " + latitude + ", " + longitude);
            }
            if (geonameId < 0) {
                throw new IllegalArgumentException("negative GeoNames id: " + geonameId);
            }
        }

        public boolean hasCoordinates() {
            return !Double.isNaN(latitude);
        }
    }

    /**
     * The gold place of the events whose trigger lies in {@code [start, end)}, offsets into the article body as
     * the corpus holds it.
     */
    public record GoldEvent(int start, int end, GoldPlace place) {
        public GoldEvent {
            Objects.requireNonNull(place, "place");
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("bad event span: " + start + ".." + end);
            }
        }
    }

    public PlaceGold {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(half, "half");
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(place, "place");
        events = List.copyOf(events);
        if (corpus.isBlank() || article.isBlank()) {
            throw new IllegalArgumentException("a gold entry needs a corpus and an article id");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads a gold file: one JSON object a line; blank lines and lines starting with # are skipped. */
    public static List<PlaceGold> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return parse(lines, file.toString());
    }

    /** Parses gold lines; a malformed line is a caller error naming the line. */
    public static List<PlaceGold> parse(List<String> lines, String origin) {
        List<PlaceGold> gold = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                gold.add(fromJson(JSON.readTree(line)));
            } catch (IOException | IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException(origin + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return gold;
    }

    private static PlaceGold fromJson(JsonNode node) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        List<GoldEvent> events = new ArrayList<>();
        JsonNode list = node.path("events");
        if (!list.isMissingNode() && !list.isArray()) {
            throw new IllegalArgumentException("'events' must be a list");
        }
        for (JsonNode event : list) {
            events.add(new GoldEvent(required(event, "start").asInt(), required(event, "end").asInt(), place(event)));
        }
        return new PlaceGold(node.path("id").asText(""), node.path("half").asText(""),
                required(node, "corpus").asText(), required(node, "article").asText(), node.path("sha256").asText(""),
                place(node), events);
    }

    private static GoldPlace place(JsonNode node) {
        double lat = node.has("lat") ? node.get("lat").asDouble() : Double.NaN;
        double lon = node.has("lon") ? node.get("lon").asDouble() : Double.NaN;
        if (node.has("lat") != node.has("lon")) {
            throw new IllegalArgumentException("'lat' and 'lon' go together");
        }
        return new GoldPlace(required(node, "place").asText(), node.path("country").asText(""), lat, lon,
                node.path("geonameid").asLong(0));
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("missing field '" + field + "'");
        }
        return value;
    }
}
