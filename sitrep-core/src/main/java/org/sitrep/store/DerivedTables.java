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
 * Each rebuild replaces its tables whole, reading its inputs as streams in date order.
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
     * full rebuild gives, and every other merged event is left as it is. A store whose merged events carry no
     * key yet (made before keys were kept) is merged whole once.
     */
    static MergeUpdate mergeNewEvents(DuckDBConnection connection, MergeRules rules) throws SQLException {
        return merge(connection, rules, true);
    }

    private static final String EVENT_ROWS = """
            SELECT e.*, a.title, a.source, a.url, a.origin FROM events e JOIN articles a ON a.id = e.article_id
            """;

    private static final String CANONICAL_ORDER =
            " ORDER BY a.date NULLS LAST, a.id, e.sentence_index, e.evidence_begin, e.id";

    /** An event read back for merging, with what the merger needs of its article. */
    private record MergeRow(Article article, Event event, String evidence) {
    }

    /** Where a key's new reports begin in merge order, and the days they cover. */
    private static final class Scope {
        LocalDate firstDate;
        String firstArticle;
        boolean firstUndated = true;
        LocalDate low;
        LocalDate high;

        void position(Article article) {
            // Merge order: dated articles by date, then undated ones, each by id.
            boolean earlier = firstArticle == null
                    || (article.date() == null ? firstUndated && article.id().compareTo(firstArticle) < 0
                    : firstUndated || article.date().isBefore(firstDate)
                    || (article.date().equals(firstDate) && article.id().compareTo(firstArticle) < 0));
            if (earlier) {
                firstDate = article.date();
                firstArticle = article.id();
                firstUndated = article.date() == null;
            }
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
            statement.execute("CREATE TEMP TABLE IF NOT EXISTS merge_batch_ids (id VARCHAR NOT NULL)");
            statement.execute("CREATE TEMP TABLE IF NOT EXISTS merge_batch_replay (id VARCHAR NOT NULL)");
            statement.execute("CREATE TEMP TABLE IF NOT EXISTS merge_batch_scope (merge_key VARCHAR NOT NULL, "
                    + "first_date DATE, first_article VARCHAR NOT NULL)");
            statement.execute("CREATE TEMP TABLE IF NOT EXISTS merge_batch_days (merge_key VARCHAR NOT NULL, "
                    + "low DATE NOT NULL, high DATE NOT NULL)");
            for (String table : List.of("merge_batch_ids", "merge_batch_replay", "merge_batch_scope",
                    "merge_batch_days")) {
                statement.execute("DELETE FROM " + table);
            }
            if (onlyNew) {
                try (ResultSet unkeyed = statement.executeQuery(
                        "SELECT count(*) FROM merged_events WHERE merge_key IS NULL")) {
                    unkeyed.next();
                    onlyNew = unkeyed.getLong(1) == 0;
                }
            }
        }
        List<MergeRow> rows;
        Set<String> keys = new HashSet<>();
        long newReports;
        String scope;
        if (onlyNew) {
            // Seeds: events not merged yet, and the events of originals whose new copies add reports to them.
            List<MergeRow> seeds = readEvents(connection, EVENT_ROWS + """
                    WHERE e.id NOT IN (SELECT event_id FROM event_mentions WHERE republished_from = '')
                       OR e.article_id IN (SELECT c.original_id FROM copies c WHERE c.article_id NOT IN
                            (SELECT article_id FROM event_mentions WHERE republished_from <> ''))""");
            if (seeds.isEmpty()) {
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
            fill(connection, "merge_batch_ids", seedIds);
            Set<String> replay = replaySet(connection, scopes, rules.windowDays());
            fill(connection, "merge_batch_replay", replay);
            rows = readEvents(connection, EVENT_ROWS + """
                    WHERE e.id IN (SELECT id FROM merge_batch_ids)
                       OR e.id IN (SELECT event_id FROM event_mentions WHERE republished_from = ''
                                   AND merged_event_id IN (SELECT id FROM merge_batch_replay))"""
                    + CANONICAL_ORDER);
            scope = " WHERE id IN (SELECT id FROM merge_batch_replay)";
        } else {
            rows = readEvents(connection, EVENT_ROWS + CANONICAL_ORDER);
            for (MergeRow row : rows) {
                keys.add(EventMerger.mergeKey(row.event()));
            }
            newReports = -1;
            scope = "";
        }

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
        if (onlyNew) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("DELETE FROM merge_batch_ids");
            }
            fill(connection, "merge_batch_ids", articleIds);
        }
        try (Statement statement = connection.createStatement();
             ResultSet copies = statement.executeQuery("""
                     SELECT c.article_id, c.original_id, a.title, t.body, a.date, a.source, a.url, a.origin
                     FROM copies c JOIN articles a ON a.id = c.article_id
                     LEFT JOIN article_texts t ON t.article_id = c.article_id
                     WHERE c.original_id IN (SELECT article_id FROM events)"""
                     + (onlyNew ? " AND c.original_id IN (SELECT id FROM merge_batch_ids)" : "") + """
                      ORDER BY a.date NULLS LAST, a.id""")) {
            while (copies.next()) {
                String body = copies.getString("body");
                Article copy = new Article(copies.getString("article_id"), copies.getString("title"),
                        body == null ? "" : body, date(copies, "date"), copies.getString("source"),
                        copies.getString("url"), copies.getString("origin"));
                merger.addRepublished(copy, copies.getString("original_id"));
            }
        }

        // The ids the merged events under these keys had, by their founding report: an event that goes on
        // keeps its id even when an earlier report, arriving late, now founds it.
        Map<String, String> oldIdByFounder = new HashMap<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet old = statement.executeQuery("SELECT id, founding_event_id FROM merged_events" + scope)) {
                while (old.next()) {
                    if (old.getString(2) != null) {
                        oldIdByFounder.put(old.getString(2), old.getString(1));
                    }
                }
            }
            statement.execute("DELETE FROM event_mentions WHERE merged_event_id IN (SELECT id FROM merged_events"
                    + scope + ")");
            statement.execute("DELETE FROM merged_events" + scope);
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
                for (EventMention mention : event.mentions()) {
                    LocalDate day = mention.isRepublished() ? null : dayOfEvent.get(mention.codedEventId());
                    if (day != null) {
                        first = first == null || day.isBefore(first) ? day : first;
                        last = last == null || day.isAfter(last) ? day : last;
                    }
                }
                appendDate(eventRows, first);
                appendDate(eventRows, last);
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
        return new MergeUpdate(newReports < 0 ? merger.codedEventCount() : newReports, keys.size(),
                merger.codedEventCount(), merged.size(), totals(connection));
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
     * in merge order were merged as before, so only these can change: every merged event holding a report at
     * or after that point, and every merged event whose days lie within the window of the days those cover
     * (a report there may join it). Each is merged again whole, so its earlier reports rebuild it as it was.
     */
    private static Set<String> replaySet(DuckDBConnection connection, Map<String, Scope> scopes, int windowDays)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO merge_batch_scope VALUES (?, ?, ?)")) {
            for (Map.Entry<String, Scope> entry : scopes.entrySet()) {
                insert.setString(1, entry.getKey());
                insert.setObject(2, entry.getValue().firstDate);
                insert.setString(3, entry.getValue().firstArticle);
                // One by one: a JDBC batch would open a transaction of its own inside the store's.
                insert.executeUpdate();
            }
        }
        Set<String> replay = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet later = statement.executeQuery("""
                     SELECT DISTINCT g.id, g.merge_key, g.day_first, g.day_last
                     FROM event_mentions m JOIN merged_events g ON g.id = m.merged_event_id
                     JOIN merge_batch_scope k ON k.merge_key = g.merge_key
                     JOIN articles a ON a.id = m.article_id
                     WHERE m.republished_from = ''
                       AND CASE WHEN k.first_date IS NULL THEN a.date IS NULL AND a.id >= k.first_article
                                ELSE a.date IS NULL OR a.date > k.first_date
                                     OR (a.date = k.first_date AND a.id >= k.first_article) END""")) {
            while (later.next()) {
                replay.add(later.getString(1));
                scopes.get(later.getString(2)).cover(date(later, "day_first"), date(later, "day_last"));
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO merge_batch_days VALUES (?, ?, ?)")) {
            for (Map.Entry<String, Scope> entry : scopes.entrySet()) {
                Scope keyScope = entry.getValue();
                if (keyScope.low != null) {
                    insert.setString(1, entry.getKey());
                    insert.setObject(2, keyScope.low.minusDays(windowDays));
                    insert.setObject(3, keyScope.high.plusDays(windowDays));
                    insert.executeUpdate();
                }
            }
        }
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

    /** Fills a one-column temporary table in one statement (appenders cannot write temporary tables). */
    private static void fill(DuckDBConnection connection, String table, Collection<String> values)
            throws SQLException {
        if (values.isEmpty()) {
            return;
        }
        for (String value : values) {
            if (value.indexOf(UNIT_SEPARATOR) >= 0) {
                throw new IllegalArgumentException("an id holds the unit separator: " + value);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table
                + " SELECT unnest(string_split(?, chr(31)))")) {
            insert.setString(1, String.join(String.valueOf(UNIT_SEPARATOR), values));
            insert.executeUpdate();
        }
    }

    private static final char UNIT_SEPARATOR = '\u001f';

    private static List<MergeRow> readEvents(DuckDBConnection connection, String sql) throws SQLException {
        List<MergeRow> result = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
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

    /** Counts of the whole merged tables. */
    private static MergeSummary totals(DuckDBConnection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("""
                     SELECT count(DISTINCT event_id) FILTER (WHERE republished_from = ''),
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
