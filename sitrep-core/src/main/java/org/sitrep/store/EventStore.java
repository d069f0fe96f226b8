package org.sitrep.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDriver;
import org.sitrep.dedup.DuplicateIndex;
import org.sitrep.dedup.DuplicateMatch;
import org.sitrep.merge.MergeRules;
import org.sitrep.model.Actor;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Location;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Problem;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;
import org.sitrep.pipeline.ArticleSink;
import org.sitrep.pipeline.EnvironmentException;
import org.sitrep.store.internal.Faults;
import org.sitrep.store.internal.Schema;
import org.sitrep.store.internal.TextIndexCache;
import org.sitrep.stories.Story;
import org.sitrep.stories.StoryOptions;

/**
 * Coded articles, their events (with date and location), actor mentions, place mentions, quotes and problems
 * in an embedded DuckDB database. Quotes are linked to the events coded from them in {@code quote_events}.
 *
 * <p>Writes go through DuckDB appenders inside an explicit transaction, committed every
 * {@value #FLUSH_EVERY} articles, before every read and on {@link #close()}. An article's rows (the article,
 * which marks it coded, its text, events, mentions, places, quotes and problems) are therefore visible
 * together or not at all, whatever the appenders' own flushes do: a crash loses at most the open batch, whose
 * articles are coded again on the next run. A failed write rolls the batch back and leaves the store unusable
 * for writing: every later call fails, and the caller stops. {@link #close()} ends with a checkpoint and
 * reports its failure.
 *
 * <p>Articles whose coding failed for a {@link Problem.Kind#FAILURE broken environment} are not stored, only
 * their problems: the next run tries them again. Skipped articles of any other kind are stored, marked
 * {@code skipped}, so that the same bad input is not read twice.
 *
 * <p>Republished copies of stored articles ({@link #originalOf}) are stored as skipped articles with a row in
 * {@code copies}, not coded. The coded events, the copies and the texts feed two derived pairs of tables:
 * merged events with their reports, updated incrementally ({@link #mergeNewEvents}, which finds the articles
 * stored since in {@code merge_pending}) or rebuilt ({@link #mergeEvents}), ids kept either way, and stories,
 * rebuilt on request ({@link #buildStories}). The duplicate index of stored texts is kept between openings of
 * the same database in one process, so a watcher opening the store for each batch indexes only new texts.
 *
 * <p>Not thread-safe: one thread at a time, as {@link ArticleSink} promises.
 */
public final class EventStore implements ArticleSink, AutoCloseable {

    /** Articles (or rejected inputs) buffered in the appenders before a flush. */
    public static final int FLUSH_EVERY = 1000;

    /** {@link #FLUSH_EVERY}, or the fault harness's smaller batches ({@link Faults#batchSize}). */
    private static final int COMMIT_EVERY = Faults.batchSize(FLUSH_EVERY);

    private static final String EVENT_COLUMNS = """
            e.id, e.article_id, e.sentence_index, e.source_code, e.source_name, e.source_entry, e.target_code,
            e.target_name, e.target_entry, e.cameo_code, e.goldstein, e.quad_class, e.sentence_text,
            e.sentence_begin, e.evidence_begin, e.evidence_end, e.trigger_begin, e.trigger_end, e.source_begin,
            e.source_end, e.target_begin, e.target_end, e.rule, e.date, a.title, a.source, a.url, a.ingested_at,
            CASE WHEN t.body IS NULL THEN NULL WHEN a.title = '' THEN t.body
                 ELSE a.title || chr(10) || chr(10) || t.body END AS article_text""";

    /** The merged event's own columns beside its founding report's (see {@link #storedMergedEventColumns}). */
    private static final String MERGED_COLUMNS = """
            m.id AS merged_id, m.first_seen, m.source_code AS merged_source_code,
            m.source_name AS merged_source_name, m.target_code AS merged_target_code,
            m.target_name AS merged_target_name, m.cameo_code AS merged_cameo_code, m.goldstein AS merged_goldstein,
            m.quad_class AS merged_quad_class, m.num_mentions, m.num_sources, m.num_articles""";

    /** The date and location columns, read when the database has them (schema version 2 and later). */
    private static final String SITUATION_COLUMNS = Schema.EVENT_SITUATION_COLUMNS.stream()
            .map(column -> "e." + column.substring(0, column.indexOf(' ')))
            .collect(java.util.stream.Collectors.joining(", "));

    private final Path database;
    private final boolean readOnly;
    /** Stored article ids, each with the origin (file and line) it was read from. */
    private final Map<String, String> knownIds = new HashMap<>();
    /** Ids added to {@link #knownIds} by the open transaction, forgotten again if it rolls back. */
    private final Set<String> pendingIds = new HashSet<>();
    /** Rejected records stored (origin, kind, message): a re-run reading them again stores no second row. */
    private final Set<String> rejectedKeys = new HashSet<>();
    private final Set<String> pendingRejectedKeys = new HashSet<>();
    /** Set when a write failed: the transaction is gone, so nothing more may be written. */
    private String failure;
    /** Built on the first {@link #originalOf}, since only ingest needs it. */
    private DuplicateIndex duplicates;
    private final Map<String, DuplicateMatch> pendingCopies = new HashMap<>();
    private boolean situated = true;
    private DuckDBConnection connection;
    private Appenders appenders;
    private int pendingArticles;
    private boolean closed;
    /** On a connection of an instance others share: DuckDB checkpoints it itself, not while they read. */
    private boolean shared;
    /** Advanced after every commit, for readers in this process that cache what they read. */
    private DataVersion version = new DataVersion();

    /**
     * Databases this process removed orphan rows from, with the size and time their file had when it closed
     * them, empty while open.
     */
    private static final Map<Path, String> LEFT = new ConcurrentHashMap<>();

    /** Size and modification time of the database file and its write-ahead log; empty when unreadable. */
    private static String fileStamp(Path database) {
        Path wal = database.resolveSibling(database.getFileName() + ".wal");
        try {
            return Files.size(database) + "@" + Files.getLastModifiedTime(database).toMillis() + "+"
                    + (Files.exists(wal) ? Files.size(wal) + "@" + Files.getLastModifiedTime(wal).toMillis() : "-");
        } catch (IOException e) {
            return "";
        }
    }

    private EventStore(Path database, boolean readOnly) {
        this.database = database;
        this.readOnly = readOnly;
    }

    /** Opens a database for writing, creating the file, its folder and the schema if missing. */
    public static EventStore open(Path database) {
        Objects.requireNonNull(database, "database");
        Path absolute = database.toAbsolutePath();
        try {
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
        } catch (IOException e) {
            throw new EnvironmentException("cannot create the folder of database " + database, e);
        }
        return prepare(absolute, connect(absolute, false), false);
    }

    /**
     * Opens a database for writing on a connection to a DuckDB instance another part of this process opened
     * (DuckDB lets one process hold a file with one configuration only, so a server that reads the store
     * while a watcher writes it shares one instance). The store takes the connection and closes it on
     * {@link #close()}, committing but not checkpointing, since the others may be reading; the instance stays
     * open and checkpoints its write-ahead log itself.
     */
    public static EventStore openOn(DuckDBConnection connection, Path database) {
        return openOn(connection, database, new DataVersion());
    }

    /**
     * As {@link #openOn(DuckDBConnection, Path)}, advancing {@code version} after every commit, so that the
     * instance's readers know when what they cached went stale.
     */
    public static EventStore openOn(DuckDBConnection connection, Path database, DataVersion version) {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(version, "version");
        return prepare(database.toAbsolutePath(), connection, true, version);
    }

    private static EventStore prepare(Path absolute, DuckDBConnection connection, boolean shared) {
        return prepare(absolute, connection, shared, new DataVersion());
    }

    private static EventStore prepare(Path absolute, DuckDBConnection connection, boolean shared,
                                      DataVersion version) {
        Path database = absolute;
        EventStore store = new EventStore(absolute, false);
        store.connection = connection;
        store.shared = shared;
        store.version = version;
        try {
            // One transaction: a crash while the schema is made leaves no half-made store behind.
            store.begin();
            store.createSchema();
            store.commit();
            // The search reads every table whole, and a watcher opens the store for every batch: skipped when
            // this process left the file as it is now, or holds it (a shared instance: no other writer).
            String left = LEFT.get(absolute);
            if (left == null || !(shared || !left.isEmpty() && left.equals(fileStamp(absolute)))) {
                store.removeOrphans();
                // Those deletes ran outside a transaction: each was its own commit.
                store.version.advance();
            }
            LEFT.put(absolute, "");
            store.loadKnownIds();
            store.loadRejectedKeys();
            store.appenders = new Appenders(store.connection);
            store.begin();
        } catch (SQLException e) {
            store.closeQuietly();
            throw new EnvironmentException("cannot prepare database " + database + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            store.closeQuietly();
            throw e;
        }
        return store;
    }

    /** Opens an existing database for reading only; {@link #accept} and {@link #reject} then refuse. */
    public static EventStore openReadOnly(Path database) {
        Objects.requireNonNull(database, "database");
        Path absolute = database.toAbsolutePath();
        if (!Files.isRegularFile(absolute)) {
            throw new EnvironmentException("no database at " + database);
        }
        EventStore store = new EventStore(absolute, true);
        store.connection = connect(absolute, true);
        try {
            store.checkSchema();
            store.loadKnownIds();
        } catch (SQLException e) {
            store.closeQuietly();
            throw new EnvironmentException("cannot read database " + database + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            store.closeQuietly();
            throw e;
        }
        return store;
    }

    private static DuckDBConnection connect(Path database, boolean readOnly) {
        Properties properties = new Properties();
        if (readOnly) {
            properties.setProperty(DuckDBDriver.DUCKDB_READONLY_PROPERTY, "true");
        }
        // Results are pulled in chunks as they are read, so exporting millions of events stays small.
        properties.setProperty(DuckDBDriver.JDBC_STREAM_RESULTS, "true");
        try {
            return (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + database, properties);
        } catch (SQLException e) {
            throw new EnvironmentException("cannot open database " + database + ": " + e.getMessage(), e);
        }
    }

    private void createSchema() throws SQLException {
        boolean pendingKept = hasTable("merge_pending");
        try (Statement statement = connection.createStatement()) {
            for (String ddl : Schema.CREATE) {
                statement.execute(ddl);
            }
        }
        int version = storedVersion();
        if (version == 0) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO schema_version VALUES (?, ?)")) {
                insert.setInt(1, Schema.VERSION);
                insert.setObject(2, LocalDateTime.now(ZoneOffset.UTC));
                insert.executeUpdate();
            }
        } else if (version > Schema.VERSION) {
            throw new EnvironmentException("database " + database + " has schema version " + version
                    + ", newer than this sitrep understands (" + Schema.VERSION + ")");
        } else if (version == 1) {
            try (Statement statement = connection.createStatement()) {
                for (String ddl : Schema.migrationFromVersion1()) {
                    statement.execute(ddl);
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO schema_version VALUES (?, ?)")) {
                insert.setInt(1, Schema.VERSION);
                insert.setObject(2, LocalDateTime.now(ZoneOffset.UTC));
                insert.executeUpdate();
            }
        }
        if (!pendingKept) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(Schema.FILL_MERGE_PENDING);
            }
        }
    }

    private boolean hasTable(String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM information_schema.tables "
                + "WHERE table_schema = 'main' AND table_name = ?")) {
            query.setString(1, table);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1) > 0;
            }
        }
    }

    private void checkSchema() throws SQLException {
        Set<String> present = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet tables = statement.executeQuery(
                     "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'")) {
            while (tables.next()) {
                present.add(tables.getString(1));
            }
        }
        if (!present.containsAll(Schema.TABLES)) {
            throw new EnvironmentException(database + " is not a sitrep database (it lacks tables "
                    + Schema.TABLES.stream().filter(t -> !present.contains(t)).toList() + ")");
        }
        int version = storedVersion();
        if (version > Schema.VERSION) {
            throw new EnvironmentException("database " + database + " has schema version " + version
                    + ", newer than this sitrep understands (" + Schema.VERSION + ")");
        }
        // A version 1 database read without upgrading it: its events have no date or location columns.
        situated = version >= 2;
    }

    private int storedVersion() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            result.next();
            return result.getInt(1);
        }
    }

    /**
     * Rows without their article, which only stores written before commits were article-atomic can hold (a
     * crash between the flushes of two tables). Problems count too, except those of articles whose coding
     * failed ({@link Problem.Kind#FAILURE}), which are stored without their article on purpose.
     */
    private void removeOrphans() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM problems WHERE article_id IS NOT NULL AND article_id NOT IN "
                    + "(SELECT id FROM articles) AND article_id NOT IN "
                    + "(SELECT article_id FROM problems WHERE kind = 'FAILURE' AND article_id IS NOT NULL)");
            statement.execute("DELETE FROM events WHERE article_id NOT IN (SELECT id FROM articles)");
            statement.execute("DELETE FROM mentions WHERE article_id NOT IN (SELECT id FROM articles)");
            statement.execute("DELETE FROM article_texts WHERE article_id NOT IN (SELECT id FROM articles)");
            statement.execute("DELETE FROM copies WHERE article_id NOT IN (SELECT id FROM articles)");
            for (String table : Schema.TABLES_V2) {
                statement.execute("DELETE FROM " + table + " WHERE article_id NOT IN (SELECT id FROM articles)");
            }
        }
    }

    private void loadKnownIds() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet ids = statement.executeQuery("SELECT id, origin FROM articles")) {
            while (ids.next()) {
                knownIds.put(ids.getString(1), ids.getString(2));
            }
        }
    }

    private void loadRejectedKeys() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT origin, kind, message FROM problems WHERE article_id IS NULL")) {
            while (rows.next()) {
                rejectedKeys.add(rejectedKey(rows.getString(1), rows.getString(2), rows.getString(3)));
            }
        }
    }

    private static String rejectedKey(String origin, String kind, String message) {
        return origin + '\u0000' + kind + '\u0000' + message;
    }

    private void commit() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("COMMIT");
        }
        version.advance();
    }

    private void begin() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("BEGIN TRANSACTION");
        }
    }

    @Override
    public boolean contains(String articleId) {
        ensureOpen();
        return knownIds.containsKey(articleId);
    }

    @Override
    public void accept(CodedArticle coded) {
        Objects.requireNonNull(coded, "coded");
        ensureWritable();
        Article article = coded.article();
        boolean environmentFailed = coded.problems().stream().anyMatch(p -> p.kind() == Problem.Kind.FAILURE);
        if (!environmentFailed && knownIds.containsKey(article.id())) {
            throw new IllegalArgumentException("article " + article.id() + " (" + article.origin()
                    + ") is stored already; check contains() first");
        }
        try {
            Faults.at("article");
            for (Problem problem : coded.problems()) {
                appendProblem(article.id(), problem);
            }
            if (!environmentFailed) {
                String text = article.text();
                for (Event event : coded.events()) {
                    appendEvent(coded, event);
                }
                for (Mention mention : coded.mentions()) {
                    appendMention(article.id(), mention, text);
                }
                for (PlaceMention place : coded.places()) {
                    appendPlace(article.id(), place);
                }
                for (int q = 0; q < coded.quotes().size(); q++) {
                    appendQuote(coded, q);
                }
                if (!coded.wasSkipped()) {
                    appenders.texts.beginRow().append(article.id()).append(article.body()).endRow();
                }
                if (!coded.events().isEmpty()) {
                    appenders.pending.beginRow().append(article.id()).endRow();
                }
                appendArticle(coded);
                remember(article);
            }
        } catch (SQLException e) {
            throw fail("cannot store article " + article.origin(), e);
        }
        pendingArticles++;
        if (pendingArticles >= COMMIT_EVERY) {
            flush();
        }
    }

    @Override
    public void reject(Problem problem) {
        Objects.requireNonNull(problem, "problem");
        ensureWritable();
        String key = rejectedKey(problem.origin(), problem.kind().name(), problem.message());
        if (rejectedKeys.contains(key)) {
            // Read again by a re-run: the stored row says it already.
            return;
        }
        try {
            Faults.at("article");
            appendProblem(null, problem);
        } catch (SQLException e) {
            throw fail("cannot store problem of " + problem.origin(), e);
        }
        rejectedKeys.add(key);
        pendingRejectedKeys.add(key);
        // A rerun over a stored corpus rejects every input as a duplicate; those rows are flushed too.
        pendingArticles++;
        if (pendingArticles >= COMMIT_EVERY) {
            flush();
        }
    }

    /**
     * Stores the duplicate's problem unless the record is the stored article itself, read again from the same
     * origin by a re-run: that one is only counted. A duplicate record of its own stores one row, however
     * often it is read.
     */
    @Override
    public void duplicate(Article article, Problem problem) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(problem, "problem");
        ensureWritable();
        if (!article.origin().equals(knownIds.get(article.id()))) {
            reject(problem);
        }
    }

    /**
     * Looks the article up among the articles stored and those handed over before it in this run, and adds
     * it to that index. The index is read from the stored texts on first use.
     */
    @Override
    public Optional<String> originalOf(Article article) {
        Objects.requireNonNull(article, "article");
        ensureWritable();
        if (duplicates == null) {
            duplicates = loadDuplicateIndex();
        }
        Optional<DuplicateMatch> match = duplicates.add(article);
        match.ifPresent(found -> pendingCopies.put(article.id(), found));
        return match.map(DuplicateMatch::originalId);
    }

    /**
     * Stores a republished copy as a skipped article with its text, its problems and a row in {@code copies};
     * {@link #mergeEvents} counts it as a report of its original's events.
     */
    @Override
    public void acceptCopy(Article copy, String originalId, List<Problem> problems) {
        Objects.requireNonNull(copy, "copy");
        ensureWritable();
        if (knownIds.containsKey(copy.id())) {
            throw new IllegalArgumentException("article " + copy.id() + " is stored already");
        }
        if (!knownIds.containsKey(originalId)) {
            throw new IllegalArgumentException("original " + originalId + " of copy " + copy.id() + " is not stored");
        }
        DuplicateMatch match = pendingCopies.remove(copy.id());
        try {
            Faults.at("article");
            for (Problem problem : problems) {
                appendProblem(copy.id(), problem);
            }
            appenders.texts.beginRow().append(copy.id()).append(copy.body()).endRow();
            appenders.copies.beginRow().append(copy.id()).append(originalId)
                    .append(match == null ? originalId : match.matchedId())
                    .append(match == null ? 1.0 : match.jaccard())
                    .append(match == null ? 1.0 : match.containment()).endRow();
            appenders.pending.beginRow().append(copy.id()).endRow();
            appendArticle(CodedArticle.skipped(copy, problems));
            remember(copy);
        } catch (SQLException e) {
            throw fail("cannot store copy " + copy.origin(), e);
        }
        pendingArticles++;
        if (pendingArticles >= COMMIT_EVERY) {
            flush();
        }
    }

    /** Signatures of every stored text, in the order stored, so each group keeps the original it had. */
    private DuplicateIndex loadDuplicateIndex() {
        flush();
        try {
            return TextIndexCache.borrow(connection, database);
        } catch (SQLException e) {
            throw new EnvironmentException("cannot read article texts of " + database + ": " + e.getMessage(), e);
        }
    }

    /**
     * Rebuilds {@code merged_events} and {@code event_mentions} from every stored event and copy: articles in
     * date order (undated last), then id, so the result does not depend on the order they were ingested in.
     * Merged events that were there before keep their ids.
     */
    public MergeSummary mergeEvents(MergeRules rules) {
        return merge(rules, false).totals();
    }

    /**
     * Merges the events and copies stored since the last merge into {@code merged_events} and
     * {@code event_mentions}, touching only the merged events under the new reports' merge keys; the result
     * equals a full rebuild's ({@link #mergeEvents}), and merged events keep their ids from batch to batch.
     */
    public MergeUpdate mergeNewEvents(MergeRules rules) {
        return merge(rules, true);
    }

    private MergeUpdate merge(MergeRules rules, boolean onlyNew) {
        Objects.requireNonNull(rules, "rules");
        ensureWritable();
        flush();
        MergeUpdate update;
        try {
            update = onlyNew ? DerivedTables.mergeNewEvents(connection, rules)
                    : DerivedTables.mergeEvents(connection, rules);
        } catch (SQLException e) {
            throw fail("cannot merge events in " + database, e);
        }
        flush();
        return update;
    }

    /**
     * Adds the output folder of the sitrep Flink job ({@code sitrep-flink}: articles, events, problems, copies,
     * merged events and their mentions, as JSON lines by day) to this store, in one transaction. Articles the
     * store has are skipped with their events, so loading twice adds nothing. The job keeps no article texts,
     * actor mentions, places or quotes: those tables get nothing, and a copy is a row of {@code copies}, not a
     * skipped article.
     *
     * @return rows added, by table
     * @throws IllegalArgumentException if the folder is not the job's output
     */
    public java.util.Map<String, Long> loadJobOutput(Path folder) {
        Objects.requireNonNull(folder, "folder");
        ensureWritable();
        flush();
        java.util.Map<String, Long> added;
        try {
            added = org.sitrep.store.internal.JobOutputSql.load(connection, folder);
        } catch (SQLException e) {
            throw fail("cannot load " + folder + " into " + database, e);
        }
        flush();
        try {
            loadKnownIds();
        } catch (SQLException e) {
            throw new EnvironmentException("cannot read the article ids of " + database, e);
        }
        return added;
    }

    /**
     * Rebuilds {@code stories} and {@code story_articles} from every coded article's text, coded actors and
     * events, in date order; republished copies join their original's story.
     *
     * @param actionNames the description of a CAMEO code, for story labels
     * @return the stories, largest first
     */
    public List<Story> buildStories(StoryOptions options, Function<String, Optional<String>> actionNames) {
        ensureWritable();
        flush();
        List<Story> stories;
        try {
            stories = DerivedTables.buildStories(connection, options, actionNames);
        } catch (SQLException e) {
            throw fail("cannot build stories in " + database, e);
        }
        flush();
        return stories;
    }

    /** Whether the stories were built from every stored article and copy, none added since. */
    public boolean storiesAreCurrent() {
        ensureOpen();
        flush();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("""
                     SELECT (SELECT count(*) FROM story_articles), (SELECT count(*) FROM article_texts),
                            (SELECT count(*) FROM stories)""")) {
            result.next();
            return result.getLong(3) > 0 && result.getLong(1) == result.getLong(2);
        } catch (SQLException e) {
            throw new EnvironmentException("cannot read stories of " + database + ": " + e.getMessage(), e);
        }
    }

    /** Stored stories, largest first, at most {@code limit} (0 for all). */
    public List<Story> stories(int limit) {
        ensureOpen();
        flush();
        try {
            return DerivedTables.stories(connection, limit);
        } catch (SQLException e) {
            throw new EnvironmentException("cannot read stories of " + database + ": " + e.getMessage(), e);
        }
    }

    /** Hands over every merged event, by first report date and id, in the shape of a coded event. */
    public void forEachMergedEvent(Consumer<StoredMergedEvent> consumer) {
        Objects.requireNonNull(consumer, "consumer");
        ensureOpen();
        flush();
        try {
            DerivedTables.forEachMergedEvent(connection, consumer);
        } catch (SQLException e) {
            throw new EnvironmentException("cannot read merged events of " + database + ": " + e.getMessage(), e);
        }
    }

    /**
     * Hands over every report of a merged event, ordered by the event's first report date, event id, then
     * report date and article, as GDELT's Mentions table lists them.
     */
    public void forEachEventMention(Consumer<StoredMention> consumer) {
        Objects.requireNonNull(consumer, "consumer");
        ensureOpen();
        flush();
        try {
            DerivedTables.forEachMention(connection, consumer);
        } catch (SQLException e) {
            throw new EnvironmentException("cannot read event mentions of " + database + ": " + e.getMessage(), e);
        }
    }

    private void appendArticle(CodedArticle coded) throws SQLException {
        Faults.at("row");
        Article article = coded.article();
        DuckDBAppender row = appenders.articles.beginRow()
                .append(article.id())
                .append(article.title());
        appendDate(row, article.date());
        row.append(article.source())
                .append(article.url())
                .append(article.origin())
                .append(LocalDateTime.now(ZoneOffset.UTC))
                .append(coded.sentences().size())
                .append(coded.tokenCount())
                .append(coded.events().size())
                .append(coded.wasSkipped())
                .endRow();
    }

    private void appendEvent(CodedArticle coded, Event event) throws SQLException {
        Faults.at("row");
        String sentenceText = coded.sentenceText(event.sentence());
        int sentenceBegin = coded.sentences().get(event.sentence()).span().begin();
        String text = coded.article().text();
        DuckDBAppender row = appenders.events.beginRow()
                .append(event.id())
                .append(event.articleId())
                .append(event.sentence());
        appendDate(row, coded.article().date());
        row.append(event.source().code())
                .append(event.source().name())
                .append(event.source().entry());
        if (event.target() == null) {
            row.appendNull().appendNull().appendNull();
        } else {
            row.append(event.target().code()).append(event.target().name()).append(event.target().entry());
        }
        row.append(event.cameoCode())
                .append(event.baseCode())
                .append(event.rootCode())
                .append(event.goldstein())
                .append(event.quadClass())
                .append(sentenceText)
                .append(sentenceBegin)
                .append(event.evidence().begin())
                .append(event.evidence().end())
                .append(event.evidence().of(text))
                .append(event.trigger().begin())
                .append(event.trigger().end())
                .append(event.sourceSpan().begin())
                .append(event.sourceSpan().end());
        if (event.targetSpan() == null) {
            row.appendNull().appendNull();
        } else {
            row.append(event.targetSpan().begin()).append(event.targetSpan().end());
        }
        row.append(event.rule());
        appendSituation(row, event);
        row.endRow();
    }

    /** The columns of {@link Schema#EVENT_SITUATION_COLUMNS}, in their order. */
    private static void appendSituation(DuckDBAppender row, Event event) throws SQLException {
        EventDate date = event.date();
        if (date == null) {
            nulls(row, 6);
        } else {
            row.append(date.date()).append(date.precision().name()).append(date.basis().name())
                    .append(date.expression());
            appendSpan(row, date.span());
        }
        Location location = event.location();
        if (location == null) {
            nulls(row, 16);
        } else {
            Place place = location.place();
            row.append(place.featureId()).append(place.geonameId()).append(place.name()).append(place.fullName())
                    .append(place.kind().name()).append(place.gdeltType()).append(place.countryCode())
                    .append(place.countryName()).append(place.admin1Code()).append(place.admin1Name())
                    .append(place.latitude()).append(place.longitude()).append(place.population())
                    .append(location.basis().name());
            appendSpan(row, location.span());
        }
    }

    private static void appendSpan(DuckDBAppender row, Span span) throws SQLException {
        if (span == null) {
            row.appendNull().appendNull();
        } else {
            row.append(span.begin()).append(span.end());
        }
    }

    private static void nulls(DuckDBAppender row, int count) throws SQLException {
        for (int i = 0; i < count; i++) {
            row.appendNull();
        }
    }

    private void appendPlace(String articleId, PlaceMention mention) throws SQLException {
        Faults.at("row");
        DuckDBAppender row = appenders.places.beginRow()
                .append(articleId)
                .append(mention.sentence())
                .append(mention.span().begin())
                .append(mention.span().end())
                .append(mention.text());
        Place place = mention.place();
        if (place == null) {
            nulls(row, 8);
        } else {
            row.append(place.featureId()).append(place.geonameId()).append(place.name()).append(place.kind().name())
                    .append(place.countryCode()).append(place.admin1Code()).append(place.latitude())
                    .append(place.longitude());
        }
        row.append(mention.score()).append(mention.candidates()).append(mention.actorUse()).endRow();
    }

    /** A quote and its links to the events coded from it: those triggered inside its words or by its verb. */
    private void appendQuote(CodedArticle coded, int index) throws SQLException {
        Faults.at("row");
        Quote quote = coded.quotes().get(index);
        String articleId = coded.article().id();
        String id = articleId + "#q" + index;
        DuckDBAppender row = appenders.quotes.beginRow()
                .append(id)
                .append(articleId)
                .append(quote.sentence())
                .append(quote.kind().name())
                .append(quote.text())
                .append(quote.span().begin())
                .append(quote.span().end())
                .append(quote.speakerText());
        if (quote.speaker() == null) {
            nulls(row, 3);
        } else {
            row.append(quote.speaker().code()).append(quote.speaker().name()).append(quote.speaker().entry());
        }
        appendSpan(row, quote.speakerSpan());
        if (quote.cue() == null) {
            nulls(row, 3);
        } else {
            row.append(quote.cue().of(coded.article().text())).append(quote.cue().begin()).append(quote.cue().end());
        }
        row.endRow();
        for (Event event : coded.events()) {
            boolean inside = quote.span().contains(event.trigger());
            boolean byCue = quote.cue() != null && quote.cue().begin() < event.trigger().end()
                    && event.trigger().begin() < quote.cue().end();
            if (inside || byCue) {
                appenders.quoteEvents.beginRow().append(id).append(event.id()).append(articleId).endRow();
            }
        }
    }

    private void appendMention(String articleId, Mention mention, String text) throws SQLException {
        Faults.at("row");
        appenders.mentions.beginRow()
                .append(articleId)
                .append(mention.sentence())
                .append(mention.span().begin())
                .append(mention.span().end())
                .append(mention.span().of(text))
                .append(mention.actor().code())
                .append(mention.actor().name())
                .append(mention.actor().entry())
                .endRow();
    }

    private void appendProblem(String articleId, Problem problem) throws SQLException {
        Faults.at("row");
        DuckDBAppender row = appenders.problems.beginRow();
        if (articleId == null) {
            row.appendNull();
        } else {
            row.append(articleId);
        }
        row.append(problem.origin()).append(problem.kind().name()).append(problem.message()).endRow();
    }

    private static void appendDate(DuckDBAppender row, LocalDate date) throws SQLException {
        if (date == null) {
            row.appendNull();
        } else {
            row.append(date);
        }
    }

    /**
     * Commits the articles handed over since the last commit, all their rows at once. Reads and
     * {@link #close()} do this themselves. On failure the batch is rolled back: its articles are not stored
     * and will be coded again by the next run.
     */
    public void flush() {
        ensureOpen();
        if (appenders == null || readOnly) {
            return;
        }
        ensureUsable();
        try {
            appenders.flush();
            Faults.at("commit");
            try (Statement statement = connection.createStatement()) {
                statement.execute("COMMIT");
            }
        } catch (SQLException e) {
            throw fail("cannot write to database " + database, e);
        }
        version.advance();
        pendingIds.clear();
        pendingRejectedKeys.clear();
        pendingArticles = 0;
        try {
            begin();
        } catch (SQLException e) {
            throw fail("cannot write to database " + database, e);
        }
    }

    private void remember(Article article) {
        String articleId = article.id();
        knownIds.put(articleId, article.origin());
        pendingIds.add(articleId);
    }

    /**
     * Rolls the open batch back after a failed write, forgets what it held, and refuses further writes: the
     * failure is the environment's (disk full, I/O error), and the caller stops.
     */
    private EnvironmentException fail(String what, SQLException cause) {
        String message = what + ": " + cause.getMessage();
        if (failure == null) {
            failure = message;
            rollbackQuietly();
            // The appenders still hold rows of the batch, and closing them writes those rows: let them write
            // into a transaction that is rolled back too, never in autocommit.
            if (appenders != null) {
                try {
                    begin();
                } catch (SQLException e) {
                    // Then the appenders below fail to write as well, which is what is wanted.
                }
                appenders.closeEach();
            }
            appenders = null;
            rollbackQuietly();
            knownIds.keySet().removeAll(pendingIds);
            rejectedKeys.removeAll(pendingRejectedKeys);
            pendingIds.clear();
            pendingRejectedKeys.clear();
            pendingArticles = 0;
        }
        return new EnvironmentException(message, cause);
    }

    private void rollbackQuietly() {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ROLLBACK");
        } catch (SQLException e) {
            // No transaction left to roll back (DuckDB may end it itself on failure): nothing was committed.
        }
    }

    private void ensureUsable() {
        if (failure != null) {
            throw new EnvironmentException("database " + database + " refuses writes after a failed one ("
                    + failure + ")");
        }
    }

    /**
     * Events matching the query, ordered by article date (undated last), then article, sentence and position.
     */
    public List<StoredEvent> events(EventQuery query) {
        List<StoredEvent> events = new ArrayList<>();
        forEachEvent(query, events::add);
        return events;
    }

    /** Like {@link #events}, but hands events over one at a time without holding them all. */
    public void forEachEvent(EventQuery query, Consumer<StoredEvent> consumer) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(consumer, "consumer");
        flush();
        StringBuilder sql = new StringBuilder("SELECT ").append(EVENT_COLUMNS)
                .append(situated ? ", " + SITUATION_COLUMNS : "")
                .append(" FROM events e JOIN articles a ON a.id = e.article_id"
                        + " LEFT JOIN article_texts t ON t.article_id = e.article_id WHERE true");
        List<Object> parameters = new ArrayList<>();
        if (query.actor() != null) {
            sql.append(" AND (starts_with(e.source_code, ?) OR starts_with(coalesce(e.target_code, ''), ?))");
            parameters.add(query.actor());
            parameters.add(query.actor());
        }
        if (query.code() != null) {
            sql.append(" AND starts_with(e.cameo_code, ?)");
            parameters.add(query.code());
        }
        if (query.since() != null) {
            sql.append(" AND e.date >= ?");
            parameters.add(query.since());
        }
        sql.append(" ORDER BY e.date NULLS LAST, e.article_id, e.sentence_index, e.evidence_begin, e.id");
        if (query.limit() > 0) {
            sql.append(" LIMIT ").append(query.limit());
        }
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    consumer.accept(withArticle(readEvent(rows, situated), rows));
                }
            }
        } catch (SQLException e) {
            throw new EnvironmentException("cannot read events from " + database + ": " + e.getMessage(), e);
        }
    }

    /**
     * What a reader outside the store (the server, over its own connections) selects to read events as this
     * store does: {@code SELECT} these {@code FROM events e JOIN articles a ON a.id = e.article_id LEFT JOIN
     * article_texts t ON t.article_id = e.article_id}, then {@link #readStored} each row. {@code situated} adds
     * the event's own date and place, which stores of schema version 2 and later have.
     */
    public static String storedEventColumns(boolean situated) {
        return EVENT_COLUMNS + (situated ? ", " + SITUATION_COLUMNS : "");
    }

    /**
     * What a reader outside the store selects to read merged events as exporters want them: {@code SELECT} these
     * {@code FROM merged_events m JOIN events e ON e.id = m.founding_event_id JOIN articles a ON a.id =
     * e.article_id LEFT JOIN article_texts t ON t.article_id = e.article_id}, then {@link #readStoredMerged} each
     * row. Only stores that merge (schema version 2 and later) have merged events.
     */
    public static String storedMergedEventColumns() {
        return EVENT_COLUMNS + ", " + SITUATION_COLUMNS + ", " + MERGED_COLUMNS;
    }

    /**
     * One row selected with {@link #storedMergedEventColumns}: the founding report carrying the merged event's
     * id, actors and code, with the merged event's counts.
     */
    public static StoredMergedEvent readStoredMerged(ResultSet rows) throws SQLException {
        StoredEvent founding = readEvent(rows, true);
        Event coded = founding.event();
        Actor source = new Actor(rows.getString("merged_source_code"), rows.getString("merged_source_name"), "");
        String targetCode = rows.getString("merged_target_code");
        Actor target = targetCode == null ? null : new Actor(targetCode, rows.getString("merged_target_name"), "");
        // A founding report without target, joined by one with: its evidence stands for the target.
        Span targetSpan = target == null ? null : coded.targetSpan() != null ? coded.targetSpan() : coded.evidence();
        Event merged = new Event(rows.getString("merged_id"), coded.articleId(), coded.sentence(), source, target,
                rows.getString("merged_cameo_code"), rows.getDouble("merged_goldstein"),
                rows.getInt("merged_quad_class"), coded.sourceSpan(), targetSpan, coded.evidence(), coded.trigger(),
                coded.rule(), coded.location(), coded.date());
        return new StoredMergedEvent(new StoredEvent(merged, founding.date(), founding.articleTitle(),
                founding.articleSource(), founding.url(), founding.sentenceText(), founding.sentenceBegin(),
                instant(rows.getObject("ingested_at")), rows.getString("article_text")), rows.getInt("num_mentions"),
                rows.getInt("num_sources"), rows.getInt("num_articles"));
    }

    /** The events columns {@code storedEventColumns(true)} adds, which a store must have to read events so. */
    public static List<String> situationColumnNames() {
        return Schema.EVENT_SITUATION_COLUMNS.stream().map(column -> column.substring(0, column.indexOf(' '))).toList();
    }

    /** One row selected with {@link #storedEventColumns} as the event it stores. */
    public static StoredEvent readStored(ResultSet rows, boolean situated) throws SQLException {
        return withArticle(readEvent(rows, situated), rows);
    }

    static StoredEvent readEvent(ResultSet rows, boolean situated) throws SQLException {
        Actor source = new Actor(rows.getString("source_code"), rows.getString("source_name"),
                rows.getString("source_entry"));
        String targetCode = rows.getString("target_code");
        Actor target = targetCode == null ? null
                : new Actor(targetCode, rows.getString("target_name"), rows.getString("target_entry"));
        Span targetSpan = target == null ? null
                : new Span(rows.getInt("target_begin"), rows.getInt("target_end"));
        Event event = new Event(rows.getString("id"), rows.getString("article_id"), rows.getInt("sentence_index"),
                source, target, rows.getString("cameo_code"), rows.getDouble("goldstein"),
                rows.getInt("quad_class"), new Span(rows.getInt("source_begin"), rows.getInt("source_end")),
                targetSpan, new Span(rows.getInt("evidence_begin"), rows.getInt("evidence_end")),
                new Span(rows.getInt("trigger_begin"), rows.getInt("trigger_end")), rows.getString("rule"));
        if (situated) {
            event = event.withLocationAndDate(readLocation(rows), readDate(rows));
        }
        Object dateValue = rows.getObject("date");
        LocalDate date = dateValue instanceof java.sql.Date sqlDate ? sqlDate.toLocalDate() : (LocalDate) dateValue;
        return new StoredEvent(event, date, rows.getString("title"), rows.getString("source"),
                rows.getString("url"), rows.getString("sentence_text"), rows.getInt("sentence_begin"));
    }

    /** The event with its article's {@code ingested_at} and {@code article_text} columns. */
    static StoredEvent withArticle(StoredEvent event, ResultSet rows) throws SQLException {
        Object added = rows.getObject("ingested_at");
        return event.withArticle(instant(added), rows.getString("article_text"));
    }

    /** A stored UTC timestamp as an instant, {@code null} for none. */
    static java.time.Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        return null;
    }

    private static EventDate readDate(ResultSet rows) throws SQLException {
        LocalDate day = localDate(rows.getObject("event_date"));
        if (day == null) {
            return null;
        }
        Span span = readSpan(rows, "date_begin", "date_end");
        return new EventDate(day, EventDate.Precision.valueOf(rows.getString("date_precision")),
                rows.getString("date_expression"), span, EventDate.Basis.valueOf(rows.getString("date_basis")));
    }

    private static Location readLocation(ResultSet rows) throws SQLException {
        String featureId = rows.getString("geo_feature_id");
        if (featureId == null) {
            return null;
        }
        Place place = new Place(featureId, rows.getLong("geo_geonames_id"), rows.getString("geo_name"),
                Place.Kind.valueOf(rows.getString("geo_kind")), rows.getString("geo_country_code"),
                rows.getString("geo_adm1_code"), rows.getString("geo_adm1_name"), rows.getString("geo_country_name"),
                rows.getDouble("geo_lat"), rows.getDouble("geo_long"), rows.getLong("geo_population"));
        return new Location(place, readSpan(rows, "geo_begin", "geo_end"),
                Location.Basis.valueOf(rows.getString("geo_basis")));
    }

    private static Span readSpan(ResultSet rows, String begin, String end) throws SQLException {
        int from = rows.getInt(begin);
        return rows.wasNull() ? null : new Span(from, rows.getInt(end));
    }

    private static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date sqlDate ? sqlDate.toLocalDate() : (LocalDate) value;
    }

    /**
     * Runs one SQL query and returns at most {@code maxRows} rows (0 for all). Only one SELECT statement
     * passes ({@link ReadOnlySql}), so it can write no file and change no setting; the database is safe in
     * any case: a read-only store runs it as it is, a writable one flushes and reopens the file read-only for
     * the query.
     *
     * @throws IllegalArgumentException with DuckDB's message when the SQL is wrong or tries to write
     */
    public QueryResult sql(String sql, int maxRows) {
        Objects.requireNonNull(sql, "sql");
        if (maxRows < 0) {
            throw new IllegalArgumentException("maxRows must not be negative: " + maxRows);
        }
        ensureOpen();
        if (readOnly) {
            return runQuery(connection, sql, maxRows);
        }
        flush();
        // DuckDB has no read-only transactions, and one process cannot hold the same file open both ways,
        // so the writable connection steps aside while a read-only one runs the query.
        closeConnection();
        try {
            DuckDBConnection reader = connect(database, true);
            try {
                return runQuery(reader, sql, maxRows);
            } finally {
                try {
                    reader.close();
                } catch (SQLException e) {
                    // The answer is already read; a failure to let go of a read-only handle changes nothing.
                }
            }
        } finally {
            connection = connect(database, false);
            try {
                appenders = new Appenders(connection);
                begin();
            } catch (SQLException e) {
                throw new EnvironmentException("cannot reopen database " + database + ": " + e.getMessage(), e);
            }
        }
    }

    private QueryResult runQuery(Connection on, String sql, int maxRows) {
        try (Statement statement = on.createStatement()) {
            // A read-only store still lets COPY ... TO write files and PRAGMA change the session.
            ReadOnlySql.check(on, sql);
            if (!statement.execute(sql)) {
                return new QueryResult(List.of(), List.of(), false);
            }
            try (ResultSet result = statement.getResultSet()) {
                return QueryResult.read(result, maxRows);
            }
        } catch (SQLException e) {
            String message = String.valueOf(e.getMessage());
            if (isEnvironmentFailure(message)) {
                throw new EnvironmentException("query on " + database + " failed: " + message, e);
            }
            throw new IllegalArgumentException(message, e);
        }
    }

    /**
     * Writes the rows of one read-only query to a Parquet file with DuckDB's {@code COPY ... TO}: the one
     * file-writing statement sitrep runs, for {@code export --format parquet}. The query itself must pass the
     * same read-only check as {@link #sql}; the target is the caller's choice, never text from a client.
     *
     * @return the rows the written file holds, read back from it
     * @throws IllegalArgumentException when the query is not one SELECT
     */
    public long exportParquet(String query, Path target) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(target, "target");
        flush();
        String file = target.toAbsolutePath().toString().replace("'", "''");
        try (Statement statement = connection.createStatement()) {
            ReadOnlySql.check(connection, query);
            statement.execute("COPY (" + query + ") TO '" + file + "' (FORMAT parquet)");
            try (ResultSet written = statement.executeQuery("SELECT count(*) FROM read_parquet('" + file + "')")) {
                written.next();
                return written.getLong(1);
            }
        } catch (SQLException e) {
            String message = String.valueOf(e.getMessage());
            if (isEnvironmentFailure(message)) {
                throw new EnvironmentException("parquet export to " + target + " failed: " + message, e);
            }
            throw new IllegalArgumentException(message, e);
        }
    }

    /** DuckDB prefixes its messages with the error class; these ones are not the query's fault. */
    private static boolean isEnvironmentFailure(String message) {
        String lower = message.toLowerCase(Locale.ROOT);
        return lower.startsWith("io error") || lower.startsWith("out of memory") || lower.startsWith("fatal")
                || lower.startsWith("internal") || lower.startsWith("interrupt");
    }

    /** How many rows each table holds. */
    public StoreCounts counts() {
        flush();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("""
                     SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events),
                            (SELECT count(*) FROM problems), (SELECT count(*) FROM mentions)""")) {
            result.next();
            return new StoreCounts(result.getLong(1), result.getLong(2), result.getLong(3), result.getLong(4));
        } catch (SQLException e) {
            throw new EnvironmentException("cannot count rows of " + database + ": " + e.getMessage(), e);
        }
    }

    /** The database file. */
    public Path path() {
        return database;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /**
     * Commits the open batch, checkpoints (folds the write-ahead log into the file) and closes the database.
     * A failed commit or checkpoint is reported even though the store is closed. Closing twice does nothing;
     * closing after a failed write only lets go of the file.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        if (readOnly || failure != null) {
            closeQuietly();
            return;
        }
        try {
            flush();
            appenders.close();
            appenders = null;
            try (Statement statement = connection.createStatement()) {
                statement.execute("COMMIT");
                version.advance();
                if (!shared) {
                    Faults.at("checkpoint");
                    statement.execute("CHECKPOINT");
                }
            }
        } catch (SQLException e) {
            closeQuietly();
            throw new EnvironmentException("stored, but the checkpoint of " + database
                    + " failed (the write-ahead log keeps the data): " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly();
            throw e;
        }
        closeQuietly();
        String stamp = fileStamp(database);
        if (!stamp.isEmpty()) {
            LEFT.put(database, stamp);
        }
    }

    private void closeConnection() {
        try {
            if (appenders != null) {
                appenders.close();
            }
            connection.close();
        } catch (SQLException e) {
            throw new EnvironmentException("cannot close database " + database + ": " + e.getMessage(), e);
        } finally {
            appenders = null;
        }
    }

    private void closeQuietly() {
        closed = true;
        if (duplicates != null) {
            TextIndexCache.giveBack(database, duplicates);
            duplicates = null;
        }
        try {
            if (appenders != null) {
                appenders.close();
            }
        } catch (SQLException e) {
            // Closing after a failure: the first failure is the one worth reporting.
        }
        appenders = null;
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException e) {
            // As above.
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("event store " + database + " is closed");
        }
    }

    private void ensureWritable() {
        ensureOpen();
        if (readOnly) {
            throw new IllegalStateException("event store " + database + " was opened read-only");
        }
        ensureUsable();
    }

    /** One appender per table; all write in the connection's open transaction. */
    private static final class Appenders {
        final DuckDBAppender articles;
        final DuckDBAppender events;
        final DuckDBAppender mentions;
        final DuckDBAppender problems;
        final DuckDBAppender texts;
        final DuckDBAppender copies;
        final DuckDBAppender places;
        final DuckDBAppender quotes;
        final DuckDBAppender quoteEvents;
        final DuckDBAppender pending;

        Appenders(DuckDBConnection connection) throws SQLException {
            articles = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "articles");
            events = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "events");
            mentions = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "mentions");
            problems = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "problems");
            texts = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "article_texts");
            copies = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "copies");
            places = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "places");
            quotes = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "quotes");
            quoteEvents = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "quote_events");
            pending = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "merge_pending");
        }

        void flush() throws SQLException {
            events.flush();
            mentions.flush();
            places.flush();
            quotes.flush();
            quoteEvents.flush();
            problems.flush();
            texts.flush();
            copies.flush();
            pending.flush();
            articles.flush();
        }

        /** Closes every appender, each whatever the others do; failures are dropped with their rows. */
        void closeEach() {
            for (DuckDBAppender appender : List.of(events, mentions, places, quotes, quoteEvents, problems, texts,
                    copies, pending, articles)) {
                try {
                    appender.close();
                } catch (SQLException e) {
                    // Rows that cannot be written are rows of the failed batch: dropping them is the point.
                }
            }
        }

        void close() throws SQLException {
            events.close();
            mentions.close();
            places.close();
            quotes.close();
            quoteEvents.close();
            problems.close();
            texts.close();
            copies.close();
            pending.close();
            articles.close();
        }
    }
}
