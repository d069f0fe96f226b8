package org.sitrep.app.server.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.app.server.internal.Views.Listing;
import org.sitrep.app.server.internal.Views.MergedEventView;
import org.sitrep.app.server.internal.Views.ReportRef;
import org.sitrep.model.Actor;

/**
 * Merged events: one row per real event, with its counts and the reports of it. They are chosen by the
 * filter every view shares, applied to the reports: a merged event matches when any report of it matches.
 */
public final class MergedEvents {

    /** How merged events are ordered; the id breaks ties so pages never overlap. */
    public enum Sort {
        NEWEST("m.first_seen DESC NULLS LAST, m.id"),
        OLDEST("m.first_seen NULLS LAST, m.id"),
        MOST_CONFLICTUAL("m.goldstein, m.first_seen DESC NULLS LAST, m.id"),
        MOST_COOPERATIVE("m.goldstein DESC, m.first_seen DESC NULLS LAST, m.id"),
        MOST_REPORTED("m.num_mentions DESC, m.num_sources DESC, m.first_seen DESC NULLS LAST, m.id");

        final String orderBy;

        Sort(String orderBy) {
            this.orderBy = orderBy;
        }
    }

    /** Reports given with each event of a list; the event's own address gives up to {@link #REPORTS_OF_ONE}. */
    static final int REPORTS_IN_LIST = 20;
    static final int REPORTS_OF_ONE = 1000;

    private static final String SELECT = "SELECT m.*, fe.evidence_text AS evidence_";
    private static final String JOINS = " FROM merged_events m LEFT JOIN (SELECT id, any_value(evidence_text) AS "
            + "evidence_text FROM events GROUP BY id) fe ON fe.id = m.founding_event_id";

    private final Database database;
    private final StoreShape shape;
    private final EventViews views;

    public MergedEvents(Database database, StoreShape shape, EventViews views) {
        this.database = Objects.requireNonNull(database, "database");
        this.shape = Objects.requireNonNull(shape, "shape");
        this.views = Objects.requireNonNull(views, "views");
    }

    /**
     * Merged events any report of which matches {@code filter}, with their first reports.
     *
     * @param only the id of one merged event to keep, or {@code null}: whether that event is still in a
     *             selection is then a question of the total being 1
     */
    public Listing<MergedEventView> list(EventFilter filter, String only, Sort sort, Page page) {
        if (!shape.hasMergedEvents()) {
            return new Listing<>(0, page.offset(), page.limit(), List.of(),
                    "this store has no merged events: it was written by a sitrep that did not merge reports");
        }
        List<Object> parameters = new ArrayList<>();
        String where = filter.where(shape, parameters);
        String hits = "SELECT DISTINCT em.merged_event_id AS id" + Queries.FROM
                + " JOIN event_mentions em ON em.event_id = e.id WHERE " + where;
        StringBuilder sql = new StringBuilder("WITH hit AS (").append(hits).append(") ").append(SELECT)
                .append(", count(*) OVER () AS total_").append(JOINS).append(" JOIN hit ON hit.id = m.id");
        if (only != null) {
            sql.append(" WHERE m.id = ?");
            parameters.add(only);
        }
        sql.append(" ORDER BY ").append(sort.orderBy).append(" LIMIT ? OFFSET ?");
        return database.read(connection -> {
            List<MergedEventView> items = new ArrayList<>();
            long total = -1;
            try (PreparedStatement statement = Database.prepare(connection, sql.toString(),
                    Queries.paged(parameters, page));
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    total = rows.getLong("total_");
                    items.add(view(rows, List.of()));
                }
            }
            if (total < 0) {
                total = page.offset() == 0 ? 0 : Queries.count(connection, "WITH hit AS (" + hits + ") SELECT "
                        + "count(*) FROM hit", parameters.subList(0, parameters.size() - (only == null ? 0 : 1)));
            }
            Map<String, List<ReportRef>> reports = reports(connection,
                    items.stream().map(MergedEventView::id).toList(), REPORTS_IN_LIST);
            List<MergedEventView> withReports = items.stream()
                    .map(item -> item.withReports(reports.getOrDefault(item.id(), List.of()))).toList();
            // An empty answer from a store whose events were never merged must not read as "nothing matches".
            String note = total == 0 && Queries.count(connection, "SELECT count(*) FROM merged_events", List.of()) == 0
                    && Queries.count(connection, "SELECT count(*) FROM events", List.of()) > 0
                    ? "this store's events were not merged yet: 'sitrep ingest' merges them when it ends" : null;
            return new Listing<>(total, page.offset(), page.limit(), withReports, note);
        });
    }

    /** One merged event with all its reports, up to {@link #REPORTS_OF_ONE}. */
    public Optional<MergedEventView> one(String id) {
        if (!shape.hasMergedEvents()) {
            return Optional.empty();
        }
        return database.read(connection -> {
            MergedEventView found = null;
            try (PreparedStatement statement = Database.prepare(connection, SELECT + JOINS + " WHERE m.id = ?",
                    List.of(id));
                 ResultSet rows = statement.executeQuery()) {
                if (rows.next()) {
                    found = view(rows, List.of());
                }
            }
            if (found == null) {
                return Optional.empty();
            }
            return Optional.of(found.withReports(reports(connection, List.of(id), REPORTS_OF_ONE)
                    .getOrDefault(id, List.of())));
        });
    }

    private MergedEventView view(ResultSet rows, List<ReportRef> reports) throws SQLException {
        String targetCode = rows.getString("target_code");
        String place = rows.getString("place");
        return new MergedEventView(rows.getString("id"), Queries.dateText(rows.getObject("first_seen")),
                Queries.dateText(rows.getObject("last_seen")),
                EventViews.actor(new Actor(rows.getString("source_code"), rows.getString("source_name"), "")),
                targetCode == null ? null
                        : EventViews.actor(new Actor(targetCode, rows.getString("target_name"), "")),
                rows.getString("cameo_code"), views.description(rows.getString("cameo_code")),
                rows.getString("root_code"), rows.getDouble("goldstein"), rows.getInt("quad_class"),
                place == null || place.isEmpty() ? null : place, rows.getInt("num_mentions"),
                rows.getInt("num_sources"), rows.getInt("num_articles"), rows.getString("founding_event_id"),
                rows.getString("evidence_"), reports);
    }

    /** The first {@code most} reports of each event, by date, article and place in the article. */
    private static Map<String, List<ReportRef>> reports(java.sql.Connection connection, List<String> ids, int most)
            throws SQLException {
        Map<String, List<ReportRef>> reports = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return reports;
        }
        String marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
        List<Object> parameters = new ArrayList<>(ids);
        parameters.add(most);
        try (PreparedStatement statement = Database.prepare(connection, "SELECT * FROM (SELECT em.*, a.title, "
                        + "row_number() OVER (PARTITION BY em.merged_event_id ORDER BY em.date NULLS LAST, em.article_id, "
                        + "em.sentence_index, em.action_offset) AS n_ FROM event_mentions em "
                        + "JOIN articles a ON a.id = em.article_id WHERE em.merged_event_id IN (" + marks + ")) "
                        + "WHERE n_ <= ? ORDER BY merged_event_id, n_", parameters);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String from = rows.getString("republished_from");
                reports.computeIfAbsent(rows.getString("merged_event_id"), key -> new ArrayList<>())
                        .add(new ReportRef(rows.getString("event_id"), rows.getString("article_id"),
                                Queries.dateText(rows.getObject("date")), rows.getString("source"),
                                rows.getString("url"), rows.getString("title"), rows.getInt("sentence_index"),
                                from == null || from.isEmpty() ? null : from));
            }
        }
        return reports;
    }
}
