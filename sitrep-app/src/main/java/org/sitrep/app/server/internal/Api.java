package org.sitrep.app.server.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sitrep.app.server.internal.Views.Listing;
import org.sitrep.coding.CameoCode;
import org.sitrep.coding.CameoTable;
import org.sitrep.pipeline.EnvironmentException;

/**
 * The routes of the JSON API and what each reads from its request. The shapes are documented in
 * {@code openapi.yaml}, served at {@code /api/openapi}.
 */
public final class Api {

    static final String OPENAPI = "/org/sitrep/app/server/openapi.yaml";
    /** Longest SQL text accepted. */
    static final int MAX_SQL = 10_000;

    private static final List<String> INTERVALS = List.of("day", "week", "month");
    private static final Map<String, Queries.Sort> SORTS = Map.of(
            "newest", Queries.Sort.NEWEST, "oldest", Queries.Sort.OLDEST,
            "conflict", Queries.Sort.MOST_CONFLICTUAL, "cooperation", Queries.Sort.MOST_COOPERATIVE);
    private static final Map<String, MergedEvents.Sort> MERGED_SORTS = orderedSorts();

    private static Map<String, MergedEvents.Sort> orderedSorts() {
        Map<String, MergedEvents.Sort> sorts = new LinkedHashMap<>();
        sorts.put("newest", MergedEvents.Sort.NEWEST);
        sorts.put("oldest", MergedEvents.Sort.OLDEST);
        sorts.put("conflict", MergedEvents.Sort.MOST_CONFLICTUAL);
        sorts.put("cooperation", MergedEvents.Sort.MOST_COOPERATIVE);
        sorts.put("reported", MergedEvents.Sort.MOST_REPORTED);
        return sorts;
    }

    private final Queries queries;
    private final MergedEvents merged;
    private final Exports exports;
    private final CodeService coder;
    private final SqlService sql;
    private final Gate gate;
    private final long maxBodyBytes;
    private final ObjectMapper json;
    private final ResponseCache cache;

    /** A read of the page's: its answer, to be written as JSON. */
    @FunctionalInterface
    private interface Read {
        Object answer(Context context);
    }

    public Api(Queries queries, MergedEvents merged, Exports exports, CodeService coder, SqlService sql, Gate gate,
               long maxBodyBytes, ObjectMapper json, ResponseCache cache) {
        this.queries = Objects.requireNonNull(queries, "queries");
        this.merged = Objects.requireNonNull(merged, "merged");
        this.exports = Objects.requireNonNull(exports, "exports");
        this.coder = Objects.requireNonNull(coder, "coder");
        this.sql = Objects.requireNonNull(sql, "sql");
        this.gate = Objects.requireNonNull(gate, "gate");
        this.maxBodyBytes = maxBodyBytes;
        this.json = Objects.requireNonNull(json, "json");
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    /**
     * A GET route whose JSON answer is kept by its path and sorted parameters: the first of identical requests
     * computes it, the others get its bytes. Refused parameters and missing ids throw, and are not kept.
     */
    private void cached(JavalinDefaultRoutingApi app, String path, Read read) {
        app.get(path, context -> {
            byte[] body = cache.get(ResponseCache.key(context.path(), context.queryParamMap()),
                    () -> serialize(read.answer(context)));
            context.contentType(ContentType.APPLICATION_JSON).result(body);
        });
    }

    private byte[] serialize(Object answer) {
        try {
            return json.writeValueAsBytes(answer);
        } catch (JsonProcessingException e) {
            // The views are plain records: one that cannot be written is a bug here, not the client's.
            throw new IllegalStateException("cannot write the answer as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Adds the routes.
     *
     * @param page whether the web page was built into the class path; without it {@code /} says so
     */
    public void register(JavalinDefaultRoutingApi app, boolean page) {
        app.before(context -> SecurityHeaders.ALL.forEach(context::header));
        app.before(gate::check);
        app.get("/api", this::index);
        app.get("/api/openapi", this::openapi);
        // The page's reads, answered from the cache while the store stays as it was; the export streams, and
        // analysts' SQL and the coder are never cached.
        cached(app, "/api/summary", context -> {
            Params.of(context, Set.of());
            return queries.summary();
        });
        cached(app, "/api/events", this::events);
        cached(app, "/api/events/{id}", this::event);
        cached(app, "/api/merged", this::mergedEvents);
        cached(app, "/api/merged/{id}", this::mergedEvent);
        app.get("/api/export", this::export);
        cached(app, "/api/actors", context -> {
            Params params = Params.of(context, Params.withFilters("name", "limit", "offset"));
            return queries.actors(EventFilter.from(params), params.text("name"), params.page(50, 1000));
        });
        cached(app, "/api/publishers", context -> {
            Params params = Params.of(context, Params.withFilters("limit", "offset"));
            return queries.publishers(EventFilter.from(params), params.page(100, 1000));
        });
        cached(app, "/api/network", context -> {
            Params params = Params.of(context, Params.withFilters("level", "limit", "offset"));
            boolean countries = params.choice("level", "actor", List.of("actor", "country")).equals("country");
            return queries.network(EventFilter.from(params), countries, params.page(60, 500));
        });
        cached(app, "/api/timeline", context -> {
            Params params = Params.of(context, Params.withFilters("interval", "limit", "offset"));
            return queries.timeline(EventFilter.from(params), params.choice("interval", "day", INTERVALS),
                    params.page(1000, 5000));
        });
        cached(app, "/api/dyad", this::dyad);
        cached(app, "/api/map", context -> {
            Params params = Params.of(context, Params.withFilters("limit", "offset"));
            return queries.map(EventFilter.from(params), params.page(2000, 10_000));
        });
        cached(app, "/api/places", context -> {
            Params params = Params.of(context, Params.withFilters("limit", "offset"));
            return queries.places(EventFilter.from(params), params.page(100, 1000));
        });
        cached(app, "/api/stories", context -> table(context, "stories"));
        cached(app, "/api/stories/{id}", context -> {
            Params.of(context, Set.of());
            String id = context.pathParam("id");
            if (!id.matches("[A-Za-z0-9_-]{1,64}")) {
                throw new IllegalArgumentException("a story id is letters and digits: '" + shorten(id) + "'");
            }
            return queries.story(id).orElseThrow(() -> new NotFoundResponse("no story " + id));
        });
        cached(app, "/api/quotes", context -> table(context, "quotes"));
        cached(app, "/api/cameo", this::cameo);
        app.get("/api/sql", this::sql);
        app.post("/api/code", this::code);
        if (!page) {
            app.get("/", context -> context.html("<!doctype html><title>sitrep</title><p>The web page was not "
                    + "built into this copy of sitrep (the build ran with -Dsitrep.web.skip=true). The JSON API "
                    + "is at <a href=\"/api\">/api</a>."));
        }
    }

    private void index(Context context) {
        Params.of(context, Set.of());
        Map<String, String> endpoints = new LinkedHashMap<>();
        endpoints.put("GET /api/summary", "counts, date range and which optional data the store holds");
        endpoints.put("GET /api/events", "events matching the filters, paged");
        endpoints.put("GET /api/events/{id}", "one event with its sentence, evidence and rule");
        endpoints.put("GET /api/merged", "real events merged from their reports, with NumMentions, NumSources, "
                + "NumArticles and the reports, filtered like the events");
        endpoints.put("GET /api/merged/{id}", "one merged event with all its reports");
        endpoints.put("GET /api/export", "the matching events as CSV, GDELT rows, PLOVER or JSON lines, or the merged events as GDELT rows");
        endpoints.put("GET /api/actors", "actors of matching events with counts; name= completes a code or name");
        endpoints.put("GET /api/publishers", "publishers of matching events with counts");
        endpoints.put("GET /api/network", "pairs of actors with cooperation and conflict counts");
        endpoints.put("GET /api/timeline", "events and mean Goldstein per day, week or month");
        endpoints.put("GET /api/dyad", "events and mean Goldstein per period between two actors");
        endpoints.put("GET /api/map", "points for the map: places, or source countries");
        endpoints.put("GET /api/places", "places of matching events");
        endpoints.put("GET /api/stories", "stories, when the store has them, largest first");
        endpoints.put("GET /api/stories/{id}", "one story with its articles; story= filters events to it");
        endpoints.put("GET /api/quotes", "quotes, when the store has them");
        endpoints.put("GET /api/cameo", "the CAMEO event codes");
        endpoints.put("GET /api/sql", "a read-only SQL query, limited in rows and time");
        endpoints.put("POST /api/code", "codes posted text without storing it");
        endpoints.put("GET /api/openapi", "this API in OpenAPI 3");
        context.json(Map.of("name", "sitrep", "endpoints", endpoints));
    }

    private void openapi(Context context) throws IOException {
        Params.of(context, Set.of());
        try (InputStream in = Api.class.getResourceAsStream(OPENAPI)) {
            if (in == null) {
                throw new EnvironmentException("the build left out " + OPENAPI, null);
            }
            context.contentType("application/yaml; charset=utf-8")
                    .result(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private Object events(Context context) {
        Params params = Params.of(context, Params.withFilters("id", "sort", "limit", "offset"));
        String sort = params.choice("sort", "newest", List.of("newest", "oldest", "conflict", "cooperation"));
        return queries.events(EventFilter.from(params), eventId(params.text("id")), SORTS.get(sort),
                params.page(50, 1000));
    }

    private Object event(Context context) {
        Params.of(context, Set.of());
        String id = eventId(context.pathParam("id"));
        return queries.event(id).orElseThrow(() -> new NotFoundResponse("no event " + id));
    }

    private Object mergedEvents(Context context) {
        Params params = Params.of(context, Params.withFilters("id", "sort", "limit", "offset"));
        String sort = params.choice("sort", "newest", List.copyOf(MERGED_SORTS.keySet()));
        return merged.list(EventFilter.from(params), eventId(params.text("id")), MERGED_SORTS.get(sort),
                params.page(50, 1000));
    }

    private Object mergedEvent(Context context) {
        Params.of(context, Set.of());
        String id = eventId(context.pathParam("id"));
        return merged.one(id).orElseThrow(() -> new NotFoundResponse("no merged event " + id));
    }

    /**
     * The matching events, written by the exporters {@code sitrep export} uses and streamed as they are read.
     * Everything that can be wrong with the request is checked before the first byte goes out, so it is still
     * answered with a JSON error.
     */
    @SuppressWarnings("try") // the export slot is only held while the body is written, never read
    private void export(Context context) throws Exception {
        Params params = Params.of(context, Params.withFilters("format", "sort", "limit"));
        String name = params.text("format");
        if (name == null) {
            throw new IllegalArgumentException("format must be one of " + String.join(", ", Exports.Format.names()));
        }
        Exports.Format format = Exports.Format.named(params.choice("format", null, Exports.Format.names()));
        int limit = params.integer("limit", Exports.MAX_EVENTS, 1, Exports.MAX_EVENTS);
        Exports.Selection selection;
        if (format.merged()) {
            String sort = params.choice("sort", "newest", List.copyOf(MERGED_SORTS.keySet()));
            selection = exports.selectMerged(EventFilter.from(params), MERGED_SORTS.get(sort), limit);
        } else {
            String sort = params.choice("sort", "newest", List.of("newest", "oldest", "conflict", "cooperation"));
            selection = exports.select(EventFilter.from(params), SORTS.get(sort), limit);
        }
        try (AutoCloseable slot = exports.claim(context.ip())) {
            context.status(200).contentType(format.contentType())
                    .header("Content-Disposition", "attachment; filename=\"" + format.fileName() + "\"");
            try (java.io.Writer out = new java.io.BufferedWriter(new java.io.OutputStreamWriter(context.outputStream(),
                    StandardCharsets.UTF_8))) {
                exports.write(selection, format, out);
            }
        }
    }

    private static String eventId(String id) {
        if (id != null && !id.matches("[0-9a-f]{1,64}")) {
            throw new IllegalArgumentException("an event id is hexadecimal: '" + shorten(id) + "'");
        }
        return id;
    }

    private Object dyad(Context context) {
        Params params = Params.of(context, Params.withFilters("a", "b", "directed", "interval", "limit", "offset"));
        String a = params.actorCode("a");
        String b = params.actorCode("b");
        if (a == null || b == null) {
            throw new IllegalArgumentException("a dyad needs both actors: a and b, such as a=ISR&b=IRN");
        }
        EventFilter filter = EventFilter.from(params);
        if (filter.namesActors()) {
            throw new IllegalArgumentException("a dyad names its actors with a and b; leave out actor, actor2, "
                    + "source and target");
        }
        return queries.dyad(a, b, params.bool("directed", false), filter,
                params.choice("interval", "day", INTERVALS), params.page(1000, 5000));
    }

    private Object table(Context context, String table) {
        Params params = Params.of(context, Set.of("text", "limit", "offset"));
        return queries.table(table, params.text("text"), params.page(50, 500));
    }

    private Object cameo(Context context) {
        Params params = Params.of(context, Set.of("limit", "offset"));
        Page page = params.page(1000, 1000);
        List<CameoCode> all = CameoTable.standard().all().stream()
                .sorted((x, y) -> x.code().compareTo(y.code())).toList();
        List<CameoCode> items = all.stream().skip(page.offset()).limit(page.limit()).toList();
        return new Listing<>(all.size(), page.offset(), page.limit(), items, null);
    }

    private void sql(Context context) {
        long arrived = System.nanoTime();
        Params params = Params.of(context, Set.of("q", "limit"));
        List<String> given = context.queryParamMap().get("q");
        if (given == null || given.get(0).isBlank()) {
            throw new IllegalArgumentException("q must hold the SQL query, such as q=SELECT count(*) FROM events");
        }
        String sql = given.get(0);
        if (sql.length() > MAX_SQL) {
            throw new IllegalArgumentException("q is longer than " + MAX_SQL + " characters");
        }
        int limit = params.integer("limit", this.sql.maxRows(), 1, this.sql.maxRows());
        SqlService.Answer answer = this.sql.run(context.ip(), sql, limit, arrived);
        context.contentType("application/json").result(answer.json());
    }

    private void code(Context context) {
        Params params = Params.of(context, Set.of("date"));
        String type = String.valueOf(context.contentType()).toLowerCase(Locale.ROOT);
        String body = new String(Bodies.read(context, maxBodyBytes), StandardCharsets.UTF_8);
        String text;
        LocalDate date = params.date("date");
        if (type.startsWith("application/json")) {
            JsonNode request;
            try {
                request = json.readTree(body);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("the body is not valid JSON: " + e.getOriginalMessage(), e);
            }
            if (request == null || !request.isObject() || !request.path("text").isTextual()) {
                throw new IllegalArgumentException("a JSON body is an object with a string \"text\" (and an "
                        + "optional \"date\", YYYY-MM-DD)");
            }
            text = request.get("text").asText();
            JsonNode dateNode = request.get("date");
            if (dateNode != null && !dateNode.isNull()) {
                try {
                    date = LocalDate.parse(dateNode.asText());
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("date must be YYYY-MM-DD: '" + shorten(dateNode.asText())
                            + "'", e);
                }
            }
        } else if (type.startsWith("text/plain") || type.equals("null")) {
            text = body;
        } else {
            throw new IllegalArgumentException("post the article as text/plain or as application/json, not "
                    + shorten(type));
        }
        HangUp hangUp = HangUp.of(context);
        Views.Coded coded = coder.code(text, date, context.ip(), hangUp::happened);
        if (coded != null) {
            context.json(coded);
        }
    }

    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "..." : value;
    }
}
