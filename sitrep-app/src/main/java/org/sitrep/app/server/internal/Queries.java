package org.sitrep.app.server.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.app.server.internal.StoreShape.Column;
import org.sitrep.app.server.internal.Views.ActorView;
import org.sitrep.app.server.internal.Views.Dyad;
import org.sitrep.app.server.internal.Views.DyadPeriod;
import org.sitrep.app.server.internal.Views.EventView;
import org.sitrep.app.server.internal.Views.Listing;
import org.sitrep.app.server.internal.Views.MapPoint;
import org.sitrep.app.server.internal.Views.MapPoints;
import org.sitrep.app.server.internal.Views.Network;
import org.sitrep.app.server.internal.Views.NetworkEdge;
import org.sitrep.app.server.internal.Views.NetworkNode;
import org.sitrep.app.server.internal.Views.Period;
import org.sitrep.app.server.internal.Views.PlaceRef;
import org.sitrep.app.server.internal.Views.Rows;
import org.sitrep.app.server.internal.Views.Summary;
import org.sitrep.app.server.internal.Views.Timeline;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Span;
import org.sitrep.store.QueryResult;
import org.sitrep.store.StoredEvent;

/**
 * The SQL behind each read endpoint. Every list is paged: a count of all matches and one page of them.
 */
public final class Queries {

    /** How events are ordered; the id breaks ties so pages never overlap. */
    public enum Sort {
        NEWEST("day DESC NULLS LAST, e.article_id, e.sentence_index, e.evidence_begin, e.id"),
        OLDEST("day NULLS LAST, e.article_id, e.sentence_index, e.evidence_begin, e.id"),
        MOST_CONFLICTUAL("e.goldstein, day DESC NULLS LAST, e.id"),
        MOST_COOPERATIVE("e.goldstein DESC, day DESC NULLS LAST, e.id");

        final String orderBy;

        Sort(String orderBy) {
            this.orderBy = orderBy;
        }
    }

    static final String FROM = " FROM events e JOIN articles a ON a.id = e.article_id";

    private final Database database;
    private final StoreShape shape;
    private final EventViews views;

    public Queries(Database database, StoreShape shape, EventViews views) {
        this.database = Objects.requireNonNull(database, "database");
        this.shape = Objects.requireNonNull(shape, "shape");
        this.views = Objects.requireNonNull(views, "views");
    }

    public StoreShape shape() {
        return shape;
    }

    public Summary summary() {
        return database.read(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("SELECT (SELECT count(*) FROM articles), "
                         + "(SELECT count(*) FROM events), "
                         + (shape.hasMergedEvents() ? "(SELECT count(*) FROM merged_events)" : "0") + ", "
                         + "(SELECT count(*) FROM mentions), "
                         + "(SELECT count(*) FROM problems), (SELECT min(" + shape.dateExpression() + ")" + FROM
                         + "), (SELECT max(" + shape.dateExpression() + ")" + FROM + ")")) {
                row.next();
                Map<String, Boolean> features = new LinkedHashMap<>();
                features.put("places", shape.location() != null);
                features.put("eventDates", shape.eventDate() != null);
                features.put("stories", shape.hasTable("stories"));
                features.put("quotes", shape.hasTable("quotes"));
                features.put("mergedEvents", row.getLong(3) > 0);
                return new Summary(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5),
                        dateText(row.getObject(6)), dateText(row.getObject(7)), features);
            }
        });
    }

    /**
     * Events matching {@code filter}, one page of them.
     *
     * @param only the id of one event to keep, or {@code null}: whether that event is still in a selection is
     *             then a question of the total being 1
     */
    public Listing<EventView> events(EventFilter filter, String only, Sort sort, Page page) {
        List<Object> parameters = new ArrayList<>();
        String matched = filter.where(shape, parameters);
        if (only != null) {
            parameters.add(only);
        }
        String where = only == null ? matched : matched + " AND e.id = ?";
        return database.read(connection -> {
            // The total rides along as a window over the whole match, so a page costs one query.
            List<EventView> items = new ArrayList<>();
            long total = -1;
            try (PreparedStatement statement = Database.prepare(connection, eventSelect(", count(*) OVER () AS total_")
                    + " WHERE " + where + " ORDER BY " + sort.orderBy + " LIMIT ? OFFSET ?", paged(parameters, page));
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    total = rows.getLong("total_");
                    items.add(eventView(rows));
                }
            }
            if (total < 0) {
                // A page past the end has no row to carry the total.
                total = page.offset() == 0 ? 0 : count(connection, "SELECT count(*)" + FROM + " WHERE " + where,
                        parameters);
            }
            return new Listing<>(total, page.offset(), page.limit(), items, null);
        });
    }

    public Optional<EventView> event(String id) {
        return database.read(connection -> {
            try (PreparedStatement statement = Database.prepare(connection,
                    eventSelect("") + " WHERE e.id = ? ORDER BY e.article_id LIMIT 1", List.of(id));
                 ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(eventView(rows)) : Optional.empty();
            }
        });
    }

    private String eventSelect(String more) {
        StringBuilder select = new StringBuilder("SELECT e.*, a.title AS article_title, a.source AS "
                + "article_source, a.url AS article_url, ").append(shape.dateExpression()).append(" AS day")
                .append(more);
        StoreShape.Location location = shape.location();
        if (location != null) {
            select.append(", ").append(column(location.name())).append(" AS place_name_")
                    .append(", ").append(column(location.country())).append(" AS place_country_")
                    .append(", e.").append(StoreShape.quoted(location.latitude())).append(" AS place_lat_")
                    .append(", e.").append(StoreShape.quoted(location.longitude())).append(" AS place_lon_");
        }
        return select.append(FROM).toString();
    }

    private static String column(String name) {
        return name == null ? "NULL" : "e." + StoreShape.quoted(name);
    }

    private EventView eventView(ResultSet rows) throws SQLException {
        Actor source = new Actor(rows.getString("source_code"), rows.getString("source_name"),
                rows.getString("source_entry"));
        String targetCode = rows.getString("target_code");
        Actor target = targetCode == null ? null
                : new Actor(targetCode, rows.getString("target_name"), rows.getString("target_entry"));
        Span targetSpan = target == null ? null : new Span(rows.getInt("target_begin"), rows.getInt("target_end"));
        Event event = new Event(rows.getString("id"), rows.getString("article_id"), rows.getInt("sentence_index"),
                source, target, rows.getString("cameo_code"), rows.getDouble("goldstein"),
                rows.getInt("quad_class"), new Span(rows.getInt("source_begin"), rows.getInt("source_end")),
                targetSpan, new Span(rows.getInt("evidence_begin"), rows.getInt("evidence_end")),
                new Span(rows.getInt("trigger_begin"), rows.getInt("trigger_end")), rows.getString("rule"));
        String articleDate = dateText(rows.getObject("date"));
        StoredEvent stored = new StoredEvent(event, articleDate == null ? null : LocalDate.parse(articleDate),
                rows.getString("article_title"), rows.getString("article_source"), rows.getString("article_url"),
                rows.getString("sentence_text"), rows.getInt("sentence_begin"));
        PlaceRef place = null;
        if (shape.location() != null) {
            Object latitude = rows.getObject("place_lat_");
            Object longitude = rows.getObject("place_lon_");
            String name = rows.getString("place_name_");
            if (latitude != null && longitude != null || name != null) {
                String basis = shape.situated() ? rows.getString("geo_basis") : null;
                place = new PlaceRef(name, rows.getString("place_country_"), number(latitude), number(longitude),
                        basis == null ? null : basis.toLowerCase(java.util.Locale.ROOT));
            }
        }
        Views.DateRef chosen = null;
        if (shape.situated() && rows.getString("date_precision") != null) {
            chosen = new Views.DateRef(dateText(rows.getObject("event_date")),
                    rows.getString("date_precision").toLowerCase(java.util.Locale.ROOT),
                    rows.getString("date_basis").toLowerCase(java.util.Locale.ROOT), rows.getString("date_expression"));
        }
        return views.view(stored, dateText(rows.getObject("day")), place, chosen);
    }

    /**
     * Actors of matching events, most active first.
     *
     * @param name text that starts the actor's code or lies within any name it was written under, any case,
     *             or {@code null}: how a page completes what an analyst types
     */
    public Listing<ActorView> actors(EventFilter filter, String name, Page page) {
        List<Object> parameters = new ArrayList<>();
        String where = filter.where(shape, parameters);
        String named = "";
        if (name != null) {
            named = " HAVING starts_with(roles.code, upper(?)) OR bool_or(contains(lower(roles.name), lower(?)))";
            parameters.add(name);
            parameters.add(name);
        }
        String grouped = "WITH picked AS (SELECT e.source_code, e.source_name, e.target_code, e.target_name, "
                + "e.goldstein" + FROM + " WHERE " + where + "), roles AS ("
                + "SELECT source_code AS code, source_name AS name, 1 AS src, 0 AS tgt, goldstein FROM picked "
                + "UNION ALL SELECT target_code, target_name, 0, 1, goldstein FROM picked "
                + "WHERE target_code IS NOT NULL) "
                + "SELECT code, mode(name) AS name, count(*) AS n, sum(src) AS src, sum(tgt) AS tgt, "
                + "avg(goldstein) AS g FROM roles WHERE code <> '' GROUP BY code" + named;
        return database.read(connection -> {
            long total = count(connection, "SELECT count(*) FROM (" + grouped + ")", parameters);
            List<ActorView> items = new ArrayList<>();
            try (PreparedStatement statement = Database.prepare(connection,
                    grouped + " ORDER BY n DESC, code LIMIT ? OFFSET ?", paged(parameters, page));
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    items.add(new ActorView(rows.getString("code"), rows.getString("name"), rows.getLong("n"),
                            rows.getLong("src"), rows.getLong("tgt"), rows.getDouble("g")));
                }
            }
            return new Listing<>(total, page.offset(), page.limit(), items,
                    "actors the dictionaries do not know (empty code) are left out");
        });
    }

    /**
     * One story as sitrep builds them: its label, dates, summary and terms, and its articles in the story's
     * order with how many events each gave. Empty when the store has no such story, or no stories of this shape.
     */
    public Optional<Views.StoryView> story(String id) {
        if (!shape.hasTable("story_articles") || !shape.hasTable("stories")) {
            return Optional.empty();
        }
        return database.read(connection -> {
            Views.StoryView found = null;
            try (PreparedStatement statement = Database.prepare(connection, "SELECT * FROM stories WHERE id = ?",
                    List.of(id));
                 ResultSet rows = statement.executeQuery()) {
                if (rows.next()) {
                    found = new Views.StoryView(rows.getString("id"), rows.getString("label"),
                            dateText(rows.getObject("first_seen")), dateText(rows.getObject("last_seen")),
                            rows.getInt("article_count"), rows.getString("actors"), rows.getString("action"),
                            rows.getString("place"), rows.getString("key_terms"),
                            rows.getString("summary").isBlank() ? List.of()
                                    : List.of(rows.getString("summary").split("\n")), 0, List.of());
                }
            }
            if (found == null) {
                return Optional.empty();
            }
            List<Views.StoryArticle> articles = new ArrayList<>();
            long events = 0;
            try (PreparedStatement statement = Database.prepare(connection, "SELECT a.id, a.title, a.source, a.date, "
                    + "a.url, (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS n FROM story_articles s "
                    + "JOIN articles a ON a.id = s.article_id WHERE s.story_id = ? ORDER BY s.position", List.of(id));
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    articles.add(new Views.StoryArticle(rows.getString("id"), rows.getString("title"),
                            rows.getString("source"), dateText(rows.getObject("date")), rows.getString("url"),
                            rows.getLong("n")));
                    events += rows.getLong("n");
                }
            }
            return Optional.of(found.with(events, articles));
        });
    }

    /** Publishers of matching events, with their events and articles, most events first. */
    public Listing<Views.PublisherView> publishers(EventFilter filter, Page page) {
        List<Object> parameters = new ArrayList<>();
        String where = filter.where(shape, parameters);
        String grouped = "SELECT a.source AS name, count(*) AS n, count(DISTINCT a.id) AS articles" + FROM
                + " WHERE " + where + " GROUP BY 1";
        return database.read(connection -> {
            long total = count(connection, "SELECT count(*) FROM (" + grouped + ")", parameters);
            List<Views.PublisherView> items = new ArrayList<>();
            try (PreparedStatement statement = Database.prepare(connection,
                    grouped + " ORDER BY n DESC, name LIMIT ? OFFSET ?", paged(parameters, page));
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    items.add(new Views.PublisherView(rows.getString("name"), rows.getLong("n"),
                            rows.getLong("articles")));
                }
            }
            return new Listing<>(total, page.offset(), page.limit(), items, null);
        });
    }

    /**
     * Pairs of actors with events between them, strongest first. At {@code country} level codes are cut to
     * their first three letters and events within one country drop out, since a pair needs two nodes.
     */
    public Network network(EventFilter filter, boolean countryLevel, Page page) {
        List<Object> parameters = new ArrayList<>();
        String where = filter.where(shape, parameters);
        String source = countryLevel ? "substr(e.source_code, 1, 3)" : "e.source_code";
        String target = countryLevel ? "substr(e.target_code, 1, 3)" : "e.target_code";
        // At country level a node is a country or region: codes that begin with an agent or organisation
        // type (GOV, MED, IGO...) name no country, so their events are left out, and the answer says so.
        String countriesOnly = "";
        List<String> notCountries = countryLevel ? notCountries() : List.of();
        if (!notCountries.isEmpty()) {
            String marks = marks(notCountries.size());
            countriesOnly = " AND s NOT IN (" + marks + ") AND t NOT IN (" + marks + ")";
            parameters.addAll(notCountries);
            parameters.addAll(notCountries);
        }
        String pairs = "WITH picked AS (SELECT " + source + " AS s, " + target + " AS t, e.source_name AS sn, "
                + "e.target_name AS tn, e.quad_class, e.goldstein" + FROM + " WHERE " + where
                + " AND e.target_code IS NOT NULL AND e.source_code <> '' AND e.target_code <> '') "
                + "SELECT least(s, t) AS a, greatest(s, t) AS b, count(*) AS n, "
                + "count(*) FILTER (WHERE quad_class <= 2) AS coop, count(*) FILTER (WHERE quad_class >= 3) AS conf, "
                + "count(*) FILTER (WHERE s < t) AS ab, count(*) FILTER (WHERE s > t) AS ba, avg(goldstein) AS g "
                + "FROM picked WHERE s <> t" + countriesOnly + " GROUP BY 1, 2";
        return database.read(connection -> {
            long total = count(connection, "SELECT count(*) FROM (" + pairs + ")", parameters);
            List<NetworkEdge> edges = new ArrayList<>();
            try (PreparedStatement statement = Database.prepare(connection,
                    pairs + " ORDER BY n DESC, a, b LIMIT ? OFFSET ?", paged(parameters, page));
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    edges.add(new NetworkEdge(rows.getString("a"), rows.getString("b"), rows.getLong("n"),
                            rows.getLong("coop"), rows.getLong("conf"), rows.getLong("ab"), rows.getLong("ba"),
                            rows.getDouble("g")));
                }
            }
            Map<String, Long> weight = new LinkedHashMap<>();
            for (NetworkEdge edge : edges) {
                weight.merge(edge.a(), edge.events(), Long::sum);
                weight.merge(edge.b(), edge.events(), Long::sum);
            }
            Map<String, String> names = countryLevel ? Map.of() : names(connection, weight.keySet());
            List<NetworkNode> nodes = new ArrayList<>();
            weight.forEach((code, events) -> nodes.add(new NetworkNode(code, names.getOrDefault(code, code), events)));
            return new Network(countryLevel ? "country" : "actor", total, page.offset(), page.limit(), nodes, edges,
                    notCountries.isEmpty() ? null : "events of actors with no country (" + String.join(", ",
                            notCountries.stream().limit(6).toList()) + (notCountries.size() > 6 ? "..." : "")
                            + ") are left out at country level");
        });
    }

    private volatile List<String> notCountries;

    /**
     * The three-letter code starts in this store that are no country or region ({@code GOV} of a bare "the
     * government", {@code IGO}...), found once: the store is read-only.
     */
    private List<String> notCountries() {
        List<String> found = notCountries;
        if (found == null) {
            found = database.read(connection -> {
                List<String> prefixes = new ArrayList<>();
                try (Statement statement = connection.createStatement();
                     ResultSet rows = statement.executeQuery("SELECT DISTINCT p FROM (SELECT substr(source_code, 1, 3) "
                             + "AS p FROM events UNION SELECT substr(target_code, 1, 3) FROM events) WHERE length(p) = 3 "
                             + "ORDER BY p")) {
                    while (rows.next()) {
                        String prefix = rows.getString(1);
                        if (!org.sitrep.actors.ActorCodeParts.of(prefix).country().equals(prefix)) {
                            prefixes.add(prefix);
                        }
                    }
                }
                return List.copyOf(prefixes);
            });
            notCountries = found;
        }
        return found;
    }

    /** The most common name each code was written under. */
    private static Map<String, String> names(Connection connection, java.util.Collection<String> codes)
            throws SQLException {
        Map<String, String> names = new HashMap<>();
        if (codes.isEmpty()) {
            return names;
        }
        String marks = String.join(", ", java.util.Collections.nCopies(codes.size(), "?"));
        List<Object> parameters = new ArrayList<>(codes);
        parameters.addAll(codes);
        try (PreparedStatement statement = Database.prepare(connection,
                "SELECT code, mode(name) FROM (SELECT source_code AS code, source_name AS name FROM events "
                        + "WHERE source_code IN (" + marks + ") UNION ALL SELECT target_code, target_name FROM events "
                        + "WHERE target_code IN (" + marks + ")) GROUP BY code", parameters);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                names.put(rows.getString(1), rows.getString(2));
            }
        }
        return names;
    }

    /** Precisions no coarser than each interval: an event dated to its month fits a month bar, not a day's. */
    private static final Map<String, List<String>> FITS = Map.of("day", List.of("DAY"),
            "week", List.of("DAY", "WEEK"), "month", List.of("DAY", "WEEK", "MONTH"));

    /** Share of dated events the timeline's focus holds: the rest are outliers that would stretch the axis. */
    static final double FOCUS_SHARE = 0.9;

    /**
     * Events per period. Events the text dates only to a week, month or year coarser than {@code interval}
     * are not put on a day they do not have: they come apart, one entry per month or year ({@code coarse}).
     * {@code focus} is the shortest run of periods holding {@link #FOCUS_SHARE} of the series' events, for a
     * page to show first.
     */
    public Timeline timeline(EventFilter filter, String interval, Page page) {
        List<Object> parameters = new ArrayList<>();
        String where = filter.where(shape, parameters);
        String day = shape.dateExpression();
        String precision = shape.situated() ? "coalesce(e.date_precision, 'DAY')" : "'DAY'";
        String fits = precision + " IN ('" + String.join("', '", FITS.get(interval)) + "')";
        String counts = "count(*) AS n, avg(e.goldstein) AS g, count(*) FILTER (WHERE e.quad_class = 1) AS q1, "
                + "count(*) FILTER (WHERE e.quad_class = 2) AS q2, count(*) FILTER (WHERE e.quad_class = 3) AS q3, "
                + "count(*) FILTER (WHERE e.quad_class = 4) AS q4";
        String series = "SELECT CAST(date_trunc('" + interval + "', " + day + ") AS DATE) AS period, " + counts
                + FROM + " WHERE " + where + " AND " + day + " IS NOT NULL AND " + fits + " GROUP BY 1";
        String coarse = "SELECT lower(" + precision + ") AS precision, CAST(date_trunc(lower(" + precision + "), "
                + day + ") AS DATE) AS period, " + counts + FROM + " WHERE " + where + " AND " + day
                + " IS NOT NULL AND NOT " + fits + " GROUP BY 1, 2 ORDER BY 2, 1";
        return database.read(connection -> {
            long total = count(connection, "SELECT count(*) FROM (" + series + ")", parameters);
            long undated = count(connection, "SELECT count(*)" + FROM + " WHERE " + where + " AND " + day
                    + " IS NULL", parameters);
            List<Period> periods = new ArrayList<>();
            try (PreparedStatement statement = Database.prepare(connection,
                    series + " ORDER BY period LIMIT ? OFFSET ?", paged(parameters, page));
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    periods.add(period(rows));
                }
            }
            List<Views.CoarsePeriod> coarsePeriods = new ArrayList<>();
            try (PreparedStatement statement = Database.prepare(connection, coarse + " LIMIT 1000", parameters);
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    coarsePeriods.add(new Views.CoarsePeriod(rows.getString("precision"), period(rows)));
                }
            }
            return new Timeline(interval, total, page.offset(), page.limit(), undated, periods, focus(periods),
                    coarsePeriods);
        });
    }

    private static Period period(ResultSet rows) throws SQLException {
        return new Period(dateText(rows.getObject("period")), rows.getLong("n"), rows.getDouble("g"),
                List.of(rows.getLong("q1"), rows.getLong("q2"), rows.getLong("q3"), rows.getLong("q4")));
    }

    /**
     * The shortest run of periods (by calendar span) that holds {@link #FOCUS_SHARE} of the events, by two
     * pointers over the periods in date order; {@code null} without periods.
     */
    static Views.Focus focus(List<Period> periods) {
        if (periods.isEmpty()) {
            return null;
        }
        long all = periods.stream().mapToLong(Period::events).sum();
        long need = (long) Math.ceil(all * FOCUS_SHARE);
        int bestFrom = 0;
        int bestTo = periods.size() - 1;
        long bestSpan = Long.MAX_VALUE;
        long inside = 0;
        int from = 0;
        for (int to = 0; to < periods.size(); to++) {
            inside += periods.get(to).events();
            while (inside - periods.get(from).events() >= need) {
                inside -= periods.get(from).events();
                from++;
            }
            if (inside >= need) {
                long span = LocalDate.parse(periods.get(to).start()).toEpochDay()
                        - LocalDate.parse(periods.get(from).start()).toEpochDay();
                if (span < bestSpan) {
                    bestSpan = span;
                    bestFrom = from;
                    bestTo = to;
                }
            }
        }
        long held = periods.subList(bestFrom, bestTo + 1).stream().mapToLong(Period::events).sum();
        return new Views.Focus(periods.get(bestFrom).start(), periods.get(bestTo).start(), held, all);
    }

    /**
     * Events between two actors per period, with the mean Goldstein score: the dyadic series analysts plot.
     * Undirected by default; {@code directed} keeps only events from {@code a} to {@code b}.
     */
    public Dyad dyad(String a, String b, boolean directed, EventFilter filter, String interval, Page page) {
        List<Object> parameters = new ArrayList<>();
        String day = shape.dateExpression();
        String ab = "(starts_with(e.source_code, ?) AND starts_with(coalesce(e.target_code, ''), ?))";
        String ba = "(starts_with(e.source_code, ?) AND starts_with(coalesce(e.target_code, ''), ?))";
        parameters.addAll(List.of(a, b, b, a));
        String pair = directed ? ab + " AND NOT " + ba : "(" + ab + " OR " + ba + ")";
        String where = filter.where(shape, parameters);
        // The direction flags come first in the select, so their parameters lead.
        String series = "SELECT CAST(date_trunc('" + interval + "', " + day + ") AS DATE) AS period, count(*) AS n, "
                + "avg(e.goldstein) AS g, count(*) FILTER (WHERE " + ab + ") AS ab, "
                + "count(*) FILTER (WHERE " + ba + ") AS ba, count(*) FILTER (WHERE e.quad_class <= 2) AS coop, "
                + "count(*) FILTER (WHERE e.quad_class >= 3) AS conf" + FROM + " WHERE " + pair + " AND " + where
                + " AND " + day + " IS NOT NULL GROUP BY 1";
        List<Object> all = new ArrayList<>(List.of(a, b, b, a));
        all.addAll(parameters);
        return database.read(connection -> {
            long total = count(connection, "SELECT count(*) FROM (" + series + ")", all);
            List<DyadPeriod> periods = new ArrayList<>();
            try (PreparedStatement statement = Database.prepare(connection,
                    series + " ORDER BY period LIMIT ? OFFSET ?", paged(all, page));
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    periods.add(new DyadPeriod(dateText(rows.getObject("period")), rows.getLong("n"),
                            rows.getDouble("g"), rows.getLong("ab"), rows.getLong("ba"), rows.getLong("coop"),
                            rows.getLong("conf")));
                }
            }
            return new Dyad(a, b, directed, interval, total, page.offset(), page.limit(), periods);
        });
    }

    /**
     * Points for the map: geocoded places when the store has them; otherwise each source actor's country,
     * which the page places at the country's centre and says so.
     */
    public MapPoints map(EventFilter filter, Page page) {
        List<Object> parameters = new ArrayList<>();
        String where = filter.where(shape, parameters);
        StoreShape.Location location = shape.location();
        String counts = ", count(*) AS n, count(*) FILTER (WHERE e.quad_class = 1) AS q1, "
                + "count(*) FILTER (WHERE e.quad_class = 2) AS q2, count(*) FILTER (WHERE e.quad_class = 3) AS q3, "
                + "count(*) FILTER (WHERE e.quad_class = 4) AS q4, avg(e.goldstein) AS g";
        String grouped;
        String basis;
        String note = "this store has no event locations; events are shown at their source actor's country";
        if (location != null && !anyLocated(where, parameters, location)) {
            // The store has location columns, but none of these events was placed (written without the
            // gazetteer, or nothing placeable): show them at their source country rather than not at all, and
            // say which of the two it is, so that an empty map never claims the store has no places.
            note = anyLocated("true", List.of(), location)
                    ? "none of the matching events has a place; they are shown at their source actor's country"
                    : "no event in this store has a place (it was written without the gazetteer); events are "
                    + "shown at their source actor's country";
            location = null;
        }
        if (location != null) {
            String latitude = "e." + StoreShape.quoted(location.latitude());
            String longitude = "e." + StoreShape.quoted(location.longitude());
            grouped = "SELECT " + column(location.name()) + " AS name, " + column(location.country())
                    + " AS country, " + latitude + " AS lat, " + longitude + " AS lon" + counts + FROM + " WHERE "
                    + where + " AND " + latitude + " IS NOT NULL AND " + longitude + " IS NOT NULL GROUP BY 1, 2, 3, 4";
            basis = "place";
            note = null;
        } else {
            grouped = "SELECT NULL AS name, substr(e.source_code, 1, 3) AS country, NULL AS lat, NULL AS lon"
                    + counts + FROM + " WHERE " + where + " AND e.source_code <> '' GROUP BY 2";
            basis = "source-country";
        }
        String said = note;
        return database.read(connection -> {
            long total = count(connection, "SELECT count(*) FROM (" + grouped + ")", parameters);
            List<MapPoint> points = new ArrayList<>();
            try (PreparedStatement statement = Database.prepare(connection,
                    grouped + " ORDER BY n DESC, country, name LIMIT ? OFFSET ?", paged(parameters, page));
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    points.add(new MapPoint(rows.getString("name"), rows.getString("country"),
                            number(rows.getObject("lat")), number(rows.getObject("lon")), rows.getLong("n"),
                            List.of(rows.getLong("q1"), rows.getLong("q2"), rows.getLong("q3"), rows.getLong("q4")),
                            rows.getDouble("g")));
                }
            }
            return new MapPoints(basis, total, page.offset(), page.limit(), points, said);
        });
    }

    private boolean anyLocated(String where, List<Object> parameters, StoreShape.Location location) {
        String latitude = "e." + StoreShape.quoted(location.latitude());
        return database.read(connection -> count(connection, "SELECT count(*) FROM (SELECT 1" + FROM + " WHERE "
                + where + " AND " + latitude + " IS NOT NULL LIMIT 1)", parameters) > 0);
    }

    /** Places named by matching events, most eventful first; empty, with a note, in a store without places. */
    public Listing<MapPoint> places(EventFilter filter, Page page) {
        if (shape.location() == null) {
            return new Listing<>(0, page.offset(), page.limit(), List.of(),
                    "this store has no event locations: it was written before geocoding, or without it");
        }
        MapPoints points = map(filter, page);
        return new Listing<>(points.total(), page.offset(), page.limit(), points.points(), null);
    }

    /**
     * Rows of a table a later schema adds (stories, quotes), whatever its columns; {@code text} keeps rows with
     * the text in any of their text columns.
     */
    public Rows table(String table, String text, Page page) {
        List<Column> columns = shape.tableColumns().get(table);
        if (columns == null) {
            return new Rows(table, false, 0, page.offset(), page.limit(), List.of(), List.of(),
                    "this store has no " + table + " table yet: it was written by a sitrep without "
                            + ("stories".equals(table) ? "story clustering" : "quote extraction"));
        }
        List<Object> parameters = new ArrayList<>();
        String where = "true";
        if (text != null) {
            List<String> textColumns = columns.stream().filter(Column::text)
                    .map(column -> "contains(lower(coalesce(" + StoreShape.quoted(column.name()) + ", '')), lower(?))")
                    .toList();
            where = textColumns.isEmpty() ? "false" : "(" + String.join(" OR ", textColumns) + ")";
            for (int i = 0; i < textColumns.size(); i++) {
                parameters.add(text);
            }
        }
        String select = "SELECT * FROM " + StoreShape.quoted(table) + " WHERE " + where;
        // Stories as sitrep builds them come largest first; any other shape in a stable order.
        boolean sized = columns.stream().anyMatch(column -> column.name().equals("article_count"))
                && columns.stream().anyMatch(column -> column.name().equals("first_seen"));
        String order = sized ? "article_count DESC, first_seen NULLS LAST, id" : "ALL";
        return database.read(connection -> {
            long total = count(connection, "SELECT count(*) FROM (" + select + ")", parameters);
            QueryResult result;
            try (PreparedStatement statement = Database.prepare(connection,
                    select + " ORDER BY " + order + " LIMIT ? OFFSET ?", paged(parameters, page));
                 ResultSet rows = statement.executeQuery()) {
                result = Database.rows(rows, page.limit());
            }
            List<Map<String, Object>> items = new ArrayList<>();
            for (List<Object> row : result.rows()) {
                Map<String, Object> item = new LinkedHashMap<>();
                for (int i = 0; i < row.size(); i++) {
                    item.put(result.columns().get(i), row.get(i));
                }
                items.add(item);
            }
            if (table.equals("quotes") && shape.hasTable("quote_events") && result.columns().contains("id")
                    && result.columns().contains("article_id")) {
                linkQuotes(connection, items);
            }
            return new Rows(table, true, total, page.offset(), page.limit(), result.columns(), items, null);
        });
    }

    /**
     * Gives each quote (as sitrep stores them) its article and the events it is linked to: those whose trigger
     * lies in the quoted words or is the verb that reports them.
     */
    private void linkQuotes(Connection connection, List<Map<String, Object>> quotes) throws SQLException {
        if (quotes.isEmpty()) {
            return;
        }
        List<Object> ids = quotes.stream().map(quote -> quote.get("id")).toList();
        List<Object> articleIds = quotes.stream().map(quote -> quote.get("article_id")).distinct().toList();
        Map<Object, List<Map<String, Object>>> events = new HashMap<>();
        try (PreparedStatement statement = Database.prepare(connection, "SELECT qe.quote_id, e.id, e.cameo_code, "
                + "e.source_code, e.target_code, e.evidence_text FROM quote_events qe JOIN events e ON e.id = qe.event_id "
                + "AND e.article_id = qe.article_id WHERE qe.quote_id IN (" + marks(ids.size()) + ") "
                + "ORDER BY qe.quote_id, e.sentence_index, e.evidence_begin", ids);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                Map<String, Object> event = new LinkedHashMap<>();
                event.put("id", rows.getString("id"));
                event.put("cameoCode", rows.getString("cameo_code"));
                event.put("description", views.description(rows.getString("cameo_code")));
                event.put("source", rows.getString("source_code"));
                event.put("target", rows.getString("target_code"));
                event.put("evidence", rows.getString("evidence_text"));
                events.computeIfAbsent(rows.getString("quote_id"), key -> new ArrayList<>()).add(event);
            }
        }
        Map<Object, Map<String, Object>> articles = new HashMap<>();
        try (PreparedStatement statement = Database.prepare(connection, "SELECT id, title, source, date, url FROM "
                + "articles WHERE id IN (" + marks(articleIds.size()) + ")", articleIds);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                Map<String, Object> article = new LinkedHashMap<>();
                article.put("title", rows.getString("title"));
                article.put("source", rows.getString("source"));
                article.put("date", dateText(rows.getObject("date")));
                article.put("url", rows.getString("url"));
                articles.put(rows.getString("id"), article);
            }
        }
        for (Map<String, Object> quote : quotes) {
            quote.put("events", events.getOrDefault(quote.get("id"), List.of()));
            quote.put("article", articles.get(quote.get("article_id")));
        }
    }

    private static String marks(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    static List<Object> paged(List<Object> parameters, Page page) {
        List<Object> paged = new ArrayList<>(parameters);
        paged.add(page.limit());
        paged.add(page.offset());
        return paged;
    }

    static long count(Connection connection, String sql, List<Object> parameters) throws SQLException {
        try (PreparedStatement statement = Database.prepare(connection, sql, parameters);
             ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    static String dateText(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime().toLocalDate().toString();
        }
        String text = value.toString();
        return text.length() > 10 ? text.substring(0, 10) : text;
    }

    private static Double number(Object value) {
        return value instanceof Number number ? number.doubleValue() : null;
    }
}
