package org.sitrep.store;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.sitrep.store.internal.Faults;
import org.sitrep.internal.SentenceSplitter;
import org.sitrep.merge.EventMention;
import org.sitrep.merge.EventMerger;
import org.sitrep.merge.MergeRules;
import org.sitrep.merge.MergedEvent;
import org.sitrep.model.Actor;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Span;
import org.sitrep.stories.Story;
import org.sitrep.stories.StoryClusterer;
import org.sitrep.stories.StoryInput;
import org.sitrep.stories.StoryLabel;
import org.sitrep.stories.StoryOptions;

/**
 * The tables {@link EventStore} derives from its articles: merged events with their reports, and stories.
 * A rebuild replaces its tables whole; a merge of new reports reads and rewrites only the rows its batch
 * touches, so its time follows the batch, not the store.
 */
final class DerivedTables {

    private static final String LIST_SEPARATOR = "; ";

    private DerivedTables() {
    }

    /** Merges every stored event and copy again, keeping the ids of merged events that go on. */
    static MergeUpdate mergeEvents(DuckDBConnection connection, MergeRules rules) throws SQLException {
        return merge(connection, rules, false);
    }

    /**
     * Merges the events and copies stored since the last merge: the merged events under their merge keys
     * ({@link EventMerger#mergeKey}) are merged again from their reports in date order, which gives what a
     * full rebuild gives, and every other merged event is left as it is. The new articles and copies are those
     * listed in {@code merge_pending}, emptied by every merge. A store with nothing merged yet, or whose merged
     * events lack a column this needs (made before it was kept), is merged whole once.
     */
    static MergeUpdate mergeNewEvents(DuckDBConnection connection, MergeRules rules) throws SQLException {
        return merge(connection, rules, true);
    }

    private static final String EVENT_ROWS = """
            SELECT e.*, a.title, a.source, a.url, a.origin FROM events e JOIN articles a ON a.id = e.article_id
            """;

    /** An event read back for merging, with what the merger needs of its article. */
    private record MergeRow(Article article, Event event, String evidence) {
    }

    /** Merge order: articles by date (undated last), then id; within one, by sentence, evidence and id. */
    private static final Comparator<MergeRow> CANONICAL = Comparator
            .comparing((MergeRow row) -> row.article().date(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(row -> row.article().id())
            .thenComparingInt(row -> row.event().sentence())
            .thenComparingInt(row -> row.event().evidence().begin())
            .thenComparing(row -> row.event().id());

    /** Whether report position (date, article) comes after (other date, other article) in merge order. */
    private static int comparePositions(LocalDate date, String article, LocalDate otherDate, String otherArticle) {
        if ((date == null) != (otherDate == null)) {
            return date == null ? 1 : -1;
        }
        int byDate = date == null ? 0 : date.compareTo(otherDate);
        return byDate != 0 ? byDate : article.compareTo(otherArticle);
    }

    /** Where a key's new reports begin in merge order, and the days they cover. */
    private static final class Scope {
        LocalDate firstDate;
        String firstArticle;
        LocalDate low;
        LocalDate high;

        void position(Article article) {
            if (firstArticle == null
                    || comparePositions(article.date(), article.id(), firstDate, firstArticle) < 0) {
                firstDate = article.date();
                firstArticle = article.id();
            }
        }

        boolean atOrAfterFirst(LocalDate date, String article) {
            return comparePositions(date, article, firstDate, firstArticle) >= 0;
        }

        void cover(LocalDate from, LocalDate to) {
            if (from != null) {
                low = low == null || from.isBefore(low) ? from : low;
            }
            if (to != null) {
                high = high == null || to.isAfter(high) ? to : high;
            }
        }
    }

    private static MergeUpdate merge(DuckDBConnection connection, MergeRules rules, boolean onlyNew)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // Derived tables follow the code: a column added since the store was made is added here.
            statement.execute("ALTER TABLE merged_events ADD COLUMN IF NOT EXISTS founding_event_id VARCHAR");
            statement.execute("ALTER TABLE merged_events ADD COLUMN IF NOT EXISTS merge_key VARCHAR");
            statement.execute("ALTER TABLE merged_events ADD COLUMN IF NOT EXISTS day_first DATE");
            statement.execute("ALTER TABLE merged_events ADD COLUMN IF NOT EXISTS day_last DATE");
            statement.execute("ALTER TABLE merged_events ADD COLUMN IF NOT EXISTS report_last_date DATE");
            statement.execute("ALTER TABLE merged_events ADD COLUMN IF NOT EXISTS report_last_article VARCHAR");
            statement.execute("CREATE TEMP TABLE IF NOT EXISTS merge_batch_scope (merge_key VARCHAR NOT NULL, "
                    + "first_date DATE)");
            statement.execute("CREATE TEMP TABLE IF NOT EXISTS merge_batch_days (merge_key VARCHAR NOT NULL, "
                    + "low DATE NOT NULL, high DATE NOT NULL)");
            statement.execute("DELETE FROM merge_batch_scope");
            statement.execute("DELETE FROM merge_batch_days");
            if (onlyNew) {
                // Nothing merged yet, or merged before the columns a partial merge needs: merge whole.
                try (ResultSet merged = statement.executeQuery("SELECT count(*), count(*) FILTER "
                        + "(WHERE merge_key IS NULL OR report_last_article IS NULL) FROM merged_events")) {
                    merged.next();
                    onlyNew = merged.getLong(1) > 0 && merged.getLong(2) == 0;
                }
            }
        }
        List<MergeRow> rows;
        Set<String> keys = new HashSet<>();
        long newReports;
        Set<String> replay = Set.of();
        if (onlyNew) {
            // Seeds: the events of articles stored since the last merge, and the events of originals whose
            // new copies add reports to them. Every row is fetched by id, so the batch sets the cost.
            List<String> pending = column(connection, "SELECT DISTINCT article_id FROM merge_pending");
            Set<String> seedArticles = new LinkedHashSet<>(pending);
            seedArticles.addAll(column(connection, "SELECT original_id FROM copies WHERE article_id IN (%s)",
                    pending));
            List<MergeRow> seeds = eventsOf(connection, seedArticles, null);
            if (seeds.isEmpty()) {
                clearPending(connection);
                return new MergeUpdate(0, 0, 0, 0, totals(connection));
            }
            Set<String> seedIds = new HashSet<>();
            Map<String, Scope> scopes = new HashMap<>();
            for (MergeRow seed : seeds) {
                Scope keyScope = scopes.computeIfAbsent(EventMerger.mergeKey(seed.event()), key -> new Scope());
                keyScope.position(seed.article());
                LocalDate day = EventMerger.eventDay(seed.article(), seed.event());
                keyScope.cover(day, day);
                seedIds.add(seed.event().id());
            }
            keys.addAll(scopes.keySet());
            newReports = seedIds.size();
            replay = replaySet(connection, scopes, rules.windowDays());
            // The own reports of the merged events merged again, read back whole.
            Set<String> replayEvents = new HashSet<>();
            Set<String> replayArticles = new LinkedHashSet<>();
            forEach(connection, "SELECT event_id, article_id FROM event_mentions WHERE republished_from = '' "
                    + "AND merged_event_id IN (%s)", replay, result -> {
                        replayEvents.add(result.getString(1));
                        replayArticles.add(result.getString(2));
                    });
            replayArticles.removeAll(seedArticles);
            rows = new ArrayList<>(seeds);
            rows.addAll(eventsOf(connection, replayArticles, replayEvents));
        } else {
            rows = readEvents(connection, EVENT_ROWS);
            for (MergeRow row : rows) {
                keys.add(EventMerger.mergeKey(row.event()));
            }
            newReports = -1;
        }
        rows.sort(CANONICAL);

        EventMerger merger = new EventMerger(rules);
        Map<String, String> keyOfEvent = new HashMap<>();
        Map<String, LocalDate> dayOfEvent = new HashMap<>();
        Set<String> articleIds = new LinkedHashSet<>();
        int at = 0;
        while (at < rows.size()) {
            Article article = rows.get(at).article();
            List<Event> events = new ArrayList<>();
            List<String> evidence = new ArrayList<>();
            for (; at < rows.size() && rows.get(at).article().id().equals(article.id()); at++) {
                events.add(rows.get(at).event());
                evidence.add(rows.get(at).evidence());
                keyOfEvent.put(rows.get(at).event().id(), EventMerger.mergeKey(rows.get(at).event()));
                LocalDate day = EventMerger.eventDay(article, rows.get(at).event());
                if (day != null) {
                    dayOfEvent.put(rows.get(at).event().id(), day);
                }
            }
            merger.add(article, events, evidence);
            articleIds.add(article.id());
        }
        for (Copy copy : copiesOf(connection, onlyNew ? articleIds : null)) {
            merger.addRepublished(copy.article(), copy.originalId());
        }

        // The ids the merged events under these keys had, by their founding report: an event that goes on
        // keeps its id even when an earlier report, arriving late, now founds it.
        Map<String, String> oldIdByFounder = new HashMap<>();
        try (Statement statement = connection.createStatement()) {
            if (onlyNew) {
                forEach(connection, "SELECT id, founding_event_id FROM merged_events WHERE id IN (%s)", replay,
                        old -> rememberFounder(oldIdByFounder, old));
                update(connection, "DELETE FROM event_mentions WHERE merged_event_id IN (%s)", replay);
                update(connection, "DELETE FROM merged_events WHERE id IN (%s)", replay);
            } else {
                try (ResultSet old = statement.executeQuery("SELECT id, founding_event_id FROM merged_events")) {
                    while (old.next()) {
                        rememberFounder(oldIdByFounder, old);
                    }
                }
                statement.execute("DELETE FROM event_mentions");
                statement.execute("DELETE FROM merged_events");
            }
        }
        Faults.at("merge");
        List<MergedEvent> merged = merger.events();
        List<String> ids = assignIds(merged, oldIdByFounder);
        try (DuckDBAppender eventRows = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "merged_events");
             DuckDBAppender mentionRows = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA,
                     "event_mentions")) {
            for (int i = 0; i < merged.size(); i++) {
                MergedEvent event = merged.get(i);
                String id = ids.get(i);
                eventRows.beginRow().append(id);
                appendDate(eventRows, event.firstSeen());
                appendDate(eventRows, event.lastSeen());
                eventRows.append(event.source().code()).append(event.source().name());
                if (event.target() == null) {
                    eventRows.appendNull().appendNull();
                } else {
                    eventRows.append(event.target().code()).append(event.target().name());
                }
                String code = event.cameoCode();
                eventRows.append(code).append(code.length() > 3 ? code.substring(0, 3) : code)
                        .append(event.rootCode()).append(event.goldstein()).append(event.quadClass())
                        .append(event.place() == null ? "" : event.place().fullName()).append(event.numMentions()).append(event.numSources())
                        .append(event.numArticles()).append(event.foundingEventId())
                        .append(keyOfEvent.get(event.foundingEventId()));
                LocalDate first = null;
                LocalDate last = null;
                // The last own report in merge order: a later merge need not read this event again unless
                // a new report comes before it.
                EventMention lastReport = null;
                for (EventMention mention : event.mentions()) {
                    if (mention.isRepublished()) {
                        continue;
                    }
                    LocalDate day = dayOfEvent.get(mention.codedEventId());
                    if (day != null) {
                        first = first == null || day.isBefore(first) ? day : first;
                        last = last == null || day.isAfter(last) ? day : last;
                    }
                    if (lastReport == null || comparePositions(mention.date(), mention.articleId(),
                            lastReport.date(), lastReport.articleId()) > 0) {
                        lastReport = mention;
                    }
                }
                appendDate(eventRows, first);
                appendDate(eventRows, last);
                appendDate(eventRows, lastReport == null ? null : lastReport.date());
                if (lastReport == null) {
                    eventRows.appendNull();
                } else {
                    eventRows.append(lastReport.articleId());
                }
                eventRows.endRow();
                for (EventMention mention : event.mentions()) {
                    mentionRows.beginRow().append(id).append(mention.codedEventId())
                            .append(mention.articleId());
                    appendDate(mentionRows, mention.date());
                    mentionRows.append(mention.source()).append(mention.url()).append(mention.sentence())
                            .append(mention.actor1Offset()).append(mention.actor2Offset())
                            .append(mention.actionOffset()).append(mention.cameoCode())
                            .append(mention.republishedFrom()).endRow();
                }
            }
        }
        clearPending(connection);
        return new MergeUpdate(newReports < 0 ? merger.codedEventCount() : newReports, keys.size(),
                merger.codedEventCount(), merged.size(), totals(connection));
    }

    private static void rememberFounder(Map<String, String> oldIdByFounder, ResultSet old) throws SQLException {
        if (old.getString(2) != null) {
            oldIdByFounder.put(old.getString(2), old.getString(1));
        }
    }

    private static void clearPending(DuckDBConnection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM merge_pending");
        }
    }
    /**
     * Ids for newly merged events: each takes the old id of the first old founding report among its own
     * reports, in the order merged, so an event that goes on keeps its id; an event that holds none gets the
     * id its founding report gives, made unique should an old id have taken it.
     */
    private static List<String> assignIds(List<MergedEvent> merged, Map<String, String> oldIdByFounder) {
        List<String> ids = new ArrayList<>(Collections.nCopies(merged.size(), (String) null));
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < merged.size(); i++) {
            for (EventMention mention : merged.get(i).mentions()) {
                String old = mention.isRepublished() ? null : oldIdByFounder.get(mention.codedEventId());
                if (old != null && taken.add(old)) {
                    ids.set(i, old);
                    break;
                }
            }
        }
        for (int i = 0; i < merged.size(); i++) {
            if (ids.get(i) != null) {
                continue;
            }
            String founder = merged.get(i).foundingEventId();
            String id = EventMerger.mergedId(founder);
            for (int n = 2; taken.contains(id); n++) {
                id = EventMerger.mergedId(founder + "#" + n);
            }
            taken.add(id);
            ids.set(i, id);
        }
        return ids;
    }

    /**
     * The merged events to merge again under the new reports' keys. Reports before a key's first new report
     * in merge order were merged as before, so only these can change: every merged event whose last own report
     * lies at or after that point, and every merged event whose days lie within the window of the days those
     * cover (a report there may join it). Each is merged again whole, so its earlier reports rebuild it as it
     * was.
     */
    private static Set<String> replaySet(DuckDBConnection connection, Map<String, Scope> scopes, int windowDays)
            throws SQLException {
        List<Object[]> scopeRows = new ArrayList<>();
        for (Map.Entry<String, Scope> entry : scopes.entrySet()) {
            scopeRows.add(new Object[] {entry.getKey(), entry.getValue().firstDate});
        }
        insertRows(connection, "merge_batch_scope", 2, scopeRows);
        Set<String> replay = new HashSet<>();
        // Dates narrow the rows in SQL; the exact position, article ids included, is compared here.
        try (Statement statement = connection.createStatement();
             ResultSet later = statement.executeQuery("""
                     SELECT g.id, g.merge_key, g.day_first, g.day_last, g.report_last_date, g.report_last_article
                     FROM merged_events g JOIN merge_batch_scope k ON k.merge_key = g.merge_key
                     WHERE g.report_last_date IS NULL OR g.report_last_date >= k.first_date""")) {
            while (later.next()) {
                Scope keyScope = scopes.get(later.getString(2));
                if (keyScope.atOrAfterFirst(date(later, "report_last_date"), later.getString(6))) {
                    replay.add(later.getString(1));
                    keyScope.cover(date(later, "day_first"), date(later, "day_last"));
                }
            }
        }
        List<Object[]> dayRows = new ArrayList<>();
        for (Map.Entry<String, Scope> entry : scopes.entrySet()) {
            Scope keyScope = entry.getValue();
            if (keyScope.low != null) {
                dayRows.add(new Object[] {entry.getKey(), keyScope.low.minusDays(windowDays),
                        keyScope.high.plusDays(windowDays)});
            }
        }
        insertRows(connection, "merge_batch_days", 3, dayRows);
        try (Statement statement = connection.createStatement();
             ResultSet near = statement.executeQuery("""
                     SELECT g.id FROM merged_events g JOIN merge_batch_days d ON d.merge_key = g.merge_key
                     WHERE g.day_first <= d.high AND g.day_last >= d.low""")) {
            while (near.next()) {
                replay.add(near.getString(1));
            }
        }
        return replay;
    }

    /** Inserts rows into a small temporary table, many per statement. */
    private static void insertRows(DuckDBConnection connection, String table, int columns, List<Object[]> rows)
            throws SQLException {
        String row = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
        int perStatement = 200;
        for (int from = 0; from < rows.size(); from += perStatement) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + perStatement));
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " VALUES "
                    + String.join(", ", Collections.nCopies(chunk.size(), row)))) {
                int parameter = 1;
                for (Object[] values : chunk) {
                    for (Object value : values) {
                        insert.setObject(parameter++, value);
                    }
                }
                insert.executeUpdate();
            }
        }
    }

    /** Reads one row of a result. */
    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    /** Reads each row of a query whose {@code %s} stands for a list of ids ({@link #prepare}). */
    private static void forEach(DuckDBConnection connection, String sql, Collection<String> ids, RowReader reader)
            throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement query = prepare(connection, sql, ids); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                reader.read(rows);
            }
        }
    }

    private static void update(DuckDBConnection connection, String sql, Collection<String> ids)
            throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = prepare(connection, sql, ids)) {
            statement.executeUpdate();
        }
    }

    /**
     * A statement with each {@code %s} standing for the ids, passed as one joined string that DuckDB splits.
     * One parameter, not one per id: DuckDB plans a long list of placeholders slowly, and joins a split
     * string like a table, hashing the ids once and scanning only the one column it is matched with.
     */
    private static PreparedStatement prepare(DuckDBConnection connection, String sql, Collection<String> ids)
            throws SQLException {
        for (String id : ids) {
            if (id.indexOf(UNIT_SEPARATOR) >= 0) {
                throw new IllegalArgumentException("an id holds the unit separator: " + id);
            }
        }
        String joined = String.join(String.valueOf(UNIT_SEPARATOR), ids);
        int uses = sql.split("%s", -1).length - 1;
        PreparedStatement statement = connection.prepareStatement(
                sql.replace("%s", "SELECT unnest(string_split(?, chr(31)))"));
        for (int use = 1; use <= uses; use++) {
            statement.setString(use, joined);
        }
        return statement;
    }

    private static final char UNIT_SEPARATOR = '\u001f';

    private static List<String> column(DuckDBConnection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static List<String> column(DuckDBConnection connection, String sql, Collection<String> ids)
            throws SQLException {
        List<String> values = new ArrayList<>();
        forEach(connection, sql, ids, row -> values.add(row.getString(1)));
        return values;
    }

    /** The events of these articles, only those of {@code wanted} unless it is {@code null}. */
    private static List<MergeRow> eventsOf(DuckDBConnection connection, Collection<String> articleIds,
                                           Set<String> wanted) throws SQLException {
        List<MergeRow> rows = new ArrayList<>();
        String events = rowsBetween(connection, "events", "article_id", articleIds);
        String articles = rowsBetween(connection, "articles", "id", articleIds);
        if (events == null || articles == null) {
            return rows;
        }
        for (MergeRow row : readEvents(prepare(connection, EVENT_ROWS + " WHERE e." + events
                + " AND e.article_id IN (%s) AND a." + articles + " AND a.id IN (%s)", articleIds))) {
            if (wanted == null || wanted.contains(row.event().id())) {
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * A condition on {@code rowid} that holds the rows of the table whose column takes one of the ids, for a
     * query that reads them whole; {@code null} for none. DuckDB reads a table by its rows in stored order
     * and skips the rows outside a {@code rowid} range, so a whole read of new rows, which lie at the end,
     * costs what they cost, while this search reads the one column only. Valid within one transaction.
     */
    private static String rowsBetween(DuckDBConnection connection, String table, String column,
                                      Collection<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return null;
        }
        long[] range = new long[2];
        boolean[] found = new boolean[1];
        forEach(connection, "SELECT min(rowid), max(rowid), count(*) FROM " + table + " WHERE " + column
                + " IN (%s)", ids, row -> {
                    found[0] = row.getLong(3) > 0;
                    range[0] = row.getLong(1);
                    range[1] = row.getLong(2);
                });
        return found[0] ? "rowid BETWEEN " + range[0] + " AND " + range[1] : null;
    }

    /** A republished copy and the article it copies. */
    private record Copy(Article article, String originalId) {
    }

    /**
     * The stored copies of these originals (of every original with events for {@code null}), with their
     * texts, by date (undated last), then id.
     */
    private static List<Copy> copiesOf(DuckDBConnection connection, Collection<String> originals)
            throws SQLException {
        List<Copy> copies = new ArrayList<>();
        RowReader reader = row -> {
            String body = row.getString("body");
            copies.add(new Copy(new Article(row.getString("article_id"), row.getString("title"),
                    body == null ? "" : body, date(row, "date"), row.getString("source"), row.getString("url"),
                    row.getString("origin")), row.getString("original_id")));
        };
        if (originals == null) {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("""
                         SELECT c.article_id, c.original_id, a.title, t.body, a.date, a.source, a.url, a.origin
                         FROM copies c JOIN articles a ON a.id = c.article_id
                         LEFT JOIN article_texts t ON t.article_id = c.article_id
                         WHERE c.original_id IN (SELECT article_id FROM events)""")) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        } else {
            // Copies are few: find them by their originals, then read their articles and texts by id alone.
            List<String> ids = column(connection, "SELECT article_id FROM copies WHERE original_id IN (%s)",
                    originals);
            String articles = rowsBetween(connection, "articles", "id", ids);
            String texts = rowsBetween(connection, "article_texts", "article_id", ids);
            if (articles != null) {
                forEach(connection, "SELECT c.article_id, c.original_id, a.title, t.body, a.date, a.source, a.url, "
                        + "a.origin FROM copies c "
                        + "JOIN (SELECT * FROM articles WHERE " + articles + " AND id IN (%s)) a "
                        + "ON a.id = c.article_id "
                        + "LEFT JOIN (SELECT * FROM article_texts WHERE " + (texts == null ? "false" : texts)
                        + " AND article_id IN (%s)) t ON t.article_id = c.article_id "
                        + "WHERE c.article_id IN (%s)", ids, reader);
            }
        }
        copies.sort(Comparator.comparing((Copy copy) -> copy.article().date(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(copy -> copy.article().id()));
        return copies;
    }

    private static List<MergeRow> readEvents(DuckDBConnection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return readEvents(statement.executeQuery(sql));
        }
    }

    private static List<MergeRow> readEvents(PreparedStatement query) throws SQLException {
        try (query) {
            return readEvents(query.executeQuery());
        }
    }

    private static List<MergeRow> readEvents(ResultSet rows) throws SQLException {
        List<MergeRow> result = new ArrayList<>();
        try (rows) {
            Article article = null;
            while (rows.next()) {
                StoredEvent stored = EventStore.readEvent(rows, true);
                if (article == null || !article.id().equals(stored.event().articleId())) {
                    article = new Article(stored.event().articleId(), stored.articleTitle(), "", stored.date(),
                            stored.articleSource(), stored.url(), rows.getString("origin"));
                }
                result.add(new MergeRow(article, stored.event(), rows.getString("evidence_text")));
            }
        }
        return result;
    }

    /**
     * Counts of the whole merged tables. A coded event is one own report of one merged event, so its own
     * reports count without {@code DISTINCT}.
     */
    private static MergeSummary totals(DuckDBConnection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("""
                     SELECT count(*) FILTER (WHERE republished_from = ''),
                            count(DISTINCT article_id) FILTER (WHERE republished_from <> ''),
                            (SELECT count(*) FROM merged_events), count(*)
                     FROM event_mentions""")) {
            result.next();
            return new MergeSummary(result.getLong(1), result.getLong(2), result.getLong(3), result.getLong(4));
        }
    }

    /**
     * Every merged event as a stored event: the coded event that founded it, with the merged event's id,
     * actors and code, and its counts.
     */
    static void forEachMergedEvent(DuckDBConnection connection, Consumer<StoredMergedEvent> consumer)
            throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT " + EventStore.storedMergedEventColumns()
                     + " FROM merged_events m JOIN events e ON e.id = m.founding_event_id"
                     + " JOIN articles a ON a.id = e.article_id LEFT JOIN article_texts t ON t.article_id = e.article_id"
                     + " ORDER BY m.first_seen NULLS LAST, m.id")) {
            while (rows.next()) {
                consumer.accept(EventStore.readStoredMerged(rows));
            }
        }
    }

    static void forEachMention(DuckDBConnection connection, Consumer<StoredMention> consumer) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT m.*, e.first_seen, a.ingested_at AS added_at, fa.ingested_at AS event_added_at,
                            CASE WHEN t.body IS NULL THEN NULL WHEN a.title = '' THEN t.body
                                 ELSE a.title || chr(10) || chr(10) || t.body END AS document_text,
                            CASE WHEN t.body IS NULL THEN 0
                                 WHEN a.title = '' THEN length(t.body)
                                 ELSE length(a.title) + 2 + length(t.body) END AS document_length
                     FROM event_mentions m JOIN merged_events e ON e.id = m.merged_event_id
                     JOIN articles a ON a.id = m.article_id
                     LEFT JOIN events fe ON fe.id = e.founding_event_id
                     LEFT JOIN articles fa ON fa.id = fe.article_id
                     LEFT JOIN article_texts t ON t.article_id = m.article_id
                     ORDER BY e.first_seen NULLS LAST, m.merged_event_id, m.date NULLS LAST, m.article_id,
                              m.sentence_index, m.action_offset""")) {
            while (rows.next()) {
                EventMention mention = new EventMention(rows.getString("merged_event_id"),
                        rows.getString("event_id"), rows.getString("article_id"), date(rows, "date"),
                        rows.getString("source"), rows.getString("url"), rows.getInt("sentence_index"),
                        rows.getInt("actor1_offset"), rows.getInt("actor2_offset"), rows.getInt("action_offset"),
                        rows.getString("cameo_code"), rows.getString("republished_from"));
                consumer.accept(new StoredMention(mention, date(rows, "first_seen"),
                        rows.getInt("document_length"), EventStore.instant(rows.getObject("event_added_at")),
                        EventStore.instant(rows.getObject("added_at")), rows.getString("document_text")));
            }
        }
    }

    static List<Story> buildStories(DuckDBConnection connection, StoryOptions options,
                                    Function<String, Optional<String>> actionNames) throws SQLException {
        StoryClusterer clusterer = new StoryClusterer(options, actionNames);
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT a.id, a.title, t.body, a.date, a.source, a.url, a.origin, m.codes, m.names, e.codes AS cameo
                     FROM articles a JOIN article_texts t ON t.article_id = a.id
                     LEFT JOIN (SELECT article_id, list(actor_code ORDER BY sentence_index, "begin") AS codes,
                                       list(actor_name ORDER BY sentence_index, "begin") AS names
                                FROM mentions WHERE actor_code <> '' GROUP BY article_id) m ON m.article_id = a.id
                     LEFT JOIN (SELECT article_id, list(cameo_code ORDER BY sentence_index, evidence_begin) AS codes
                                FROM events GROUP BY article_id) e ON e.article_id = a.id
                     WHERE NOT a.skipped
                     ORDER BY a.date NULLS LAST, a.id""")) {
            while (rows.next()) {
                Article article = new Article(rows.getString("id"), rows.getString("title"), rows.getString("body"),
                        date(rows, "date"), rows.getString("source"), rows.getString("url"),
                        rows.getString("origin"));
                List<String> codes = strings(rows.getArray("codes"));
                List<String> names = strings(rows.getArray("names"));
                List<Actor> actors = new ArrayList<>(codes.size());
                for (int i = 0; i < codes.size(); i++) {
                    actors.add(new Actor(codes.get(i), names.get(i), ""));
                }
                clusterer.add(new StoryInput(article, SentenceSplitter.split(article.text()), actors,
                        strings(rows.getArray("cameo"))));
            }
        }
        // Copies are not clustered: they join the story of their original.
        Map<String, List<String>> copiesByStory = new HashMap<>();
        Map<String, List<LocalDate>> copyDatesByStory = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT c.article_id, c.original_id, a.date FROM copies c JOIN articles a ON a.id = c.article_id
                     ORDER BY a.date NULLS LAST, a.id""")) {
            while (rows.next()) {
                String copy = rows.getString(1);
                LocalDate date = date(rows, "date");
                clusterer.storyOf(rows.getString(2)).ifPresent(story -> {
                    copiesByStory.computeIfAbsent(story, key -> new ArrayList<>()).add(copy);
                    if (date != null) {
                        copyDatesByStory.computeIfAbsent(story, key -> new ArrayList<>()).add(date);
                    }
                });
            }
        }
        List<Story> stories = new ArrayList<>();
        for (Story story : clusterer.stories()) {
            List<String> members = new ArrayList<>(story.articleIds());
            members.addAll(copiesByStory.getOrDefault(story.id(), List.of()));
            LocalDate first = story.firstSeen();
            LocalDate last = story.lastSeen();
            for (LocalDate date : copyDatesByStory.getOrDefault(story.id(), List.of())) {
                first = first == null || date.isBefore(first) ? date : first;
                last = last == null || date.isAfter(last) ? date : last;
            }
            stories.add(new Story(story.id(), members, first, last, story.label(), story.keyTerms(),
                    story.summary()));
        }
        stories.sort(BY_SIZE);
        try (Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM stories");
            statement.execute("DELETE FROM story_articles");
        }
        try (DuckDBAppender storyRows = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "stories");
             DuckDBAppender memberRows = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA,
                     "story_articles")) {
            for (Story story : stories) {
                storyRows.beginRow().append(story.id());
                appendDate(storyRows, story.firstSeen());
                appendDate(storyRows, story.lastSeen());
                StoryLabel label = story.label();
                storyRows.append(story.articleIds().size()).append(label.text())
                        .append(String.join(LIST_SEPARATOR, label.actors())).append(label.action())
                        .append(label.place()).append(String.join(" ", story.keyTerms()))
                        .append(String.join("\n", story.summary())).endRow();
                for (int i = 0; i < story.articleIds().size(); i++) {
                    memberRows.beginRow().append(story.id()).append(story.articleIds().get(i)).append(i).endRow();
                }
            }
        }
        return stories;
    }

    private static final Comparator<Story> BY_SIZE = Comparator
            .comparingInt((Story story) -> -story.articleIds().size())
            .thenComparing(Story::firstSeen, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Story::id);

    static List<Story> stories(DuckDBConnection connection, int limit) throws SQLException {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        Map<String, List<String>> members = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT story_id, article_id FROM story_articles ORDER BY story_id, position")) {
            while (rows.next()) {
                members.computeIfAbsent(rows.getString(1), key -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        List<Story> stories = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT * FROM stories ORDER BY article_count DESC, "
                     + "first_seen NULLS LAST, id" + (limit > 0 ? " LIMIT " + limit : ""))) {
            while (rows.next()) {
                String id = rows.getString("id");
                StoryLabel label = new StoryLabel(split(rows.getString("actors"), LIST_SEPARATOR),
                        rows.getString("action"), rows.getString("place"));
                stories.add(new Story(id, members.getOrDefault(id, List.of()), date(rows, "first_seen"),
                        date(rows, "last_seen"), label, split(rows.getString("key_terms"), " "),
                        split(rows.getString("summary"), "\n")));
            }
        }
        return stories;
    }

    private static List<String> split(String joined, String separator) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(java.util.regex.Pattern.quote(separator)));
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        List<String> strings = new ArrayList<>(values.length);
        for (Object value : values) {
            strings.add(String.valueOf(value));
        }
        return strings;
    }

    private static LocalDate date(ResultSet rows, String column) throws SQLException {
        Object value = rows.getObject(column);
        return value instanceof java.sql.Date sqlDate ? sqlDate.toLocalDate() : (LocalDate) value;
    }

    private static void appendDate(DuckDBAppender row, LocalDate date) throws SQLException {
        if (date == null) {
            row.appendNull();
        } else {
            row.append(date);
        }
    }
}
