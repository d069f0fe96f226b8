package org.sitrep.app.server.internal;

import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import org.sitrep.export.EventWriter;
import org.sitrep.export.ExportFormat;
import org.sitrep.export.MergedEventWriter;
import org.sitrep.pipeline.EnvironmentException;
import org.sitrep.store.EventStore;

/**
 * The events of a selection written out by the project's exporters ({@link EventWriter}, and
 * {@link MergedEventWriter} for merged events), as {@code sitrep export} writes them: the same filter as the event list, streamed to the client as it is read. An export runs
 * on a connection of its own, so a client reading slowly holds none of the page's; each client runs one at a
 * time, and only a few run at once.
 */
public final class Exports {

    /** The formats offered, as the API names them, with what they are sent as. */
    public enum Format {
        CSV(ExportFormat.CSV, "text/csv; charset=utf-8", "csv"),
        GDELT(ExportFormat.GDELT, "text/tab-separated-values; charset=utf-8", "gdelt.tsv"),
        PLOVER(ExportFormat.PLOVER, "application/x-ndjson; charset=utf-8", "plover.jsonl"),
        JSONL(ExportFormat.JSONL, "application/x-ndjson; charset=utf-8", "jsonl"),
        /** One GDELT row per merged event, with its NumMentions, NumSources and NumArticles. */
        GDELT_MERGED(ExportFormat.GDELT_MERGED, "text/tab-separated-values; charset=utf-8", "merged.gdelt.tsv");

        final ExportFormat format;
        final String contentType;
        final String extension;

        Format(ExportFormat format, String contentType, String extension) {
            this.format = format;
            this.contentType = contentType;
            this.extension = extension;
        }

        public String contentType() {
            return contentType;
        }

        public String fileName() {
            return "sitrep-events." + extension;
        }

        /** The name the API takes: {@code gdelt-merged}, as {@code sitrep export} names it. */
        public String apiName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public boolean merged() {
            return format.isMerged();
        }

        public static List<String> names() {
            return java.util.Arrays.stream(values()).map(Format::apiName).toList();
        }

        /** The format of an API name from {@link #names()}. */
        public static Format named(String name) {
            return java.util.Arrays.stream(values()).filter(f -> f.apiName().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("format must be one of " + String.join(", ", names())));
        }
    }

    /** Most events one export writes, and the default when the client names no limit. */
    public static final int MAX_EVENTS = 100_000;

    private final Database database;
    private final StoreShape shape;
    private final ClientSlots perClient = new ClientSlots(1);
    private final Semaphore running;

    public Exports(Database database, StoreShape shape, int atOnce) {
        this.database = Objects.requireNonNull(database, "database");
        this.shape = Objects.requireNonNull(shape, "shape");
        if (atOnce < 1) {
            throw new IllegalArgumentException("atOnce must be positive: " + atOnce);
        }
        this.running = new Semaphore(atOnce);
    }

    /**
     * Claims this client's export slot and one of the server's; the returned handle gives them back.
     *
     * @throws ApiErrors.TooMany when the client runs an export already
     * @throws ApiErrors.Busy    when the server runs as many as it takes
     */
    public AutoCloseable claim(String client) {
        if (!perClient.take(client)) {
            throw new ApiErrors.TooMany("this client is exporting already; try again once that export ends");
        }
        if (!running.tryAcquire()) {
            perClient.give(client);
            throw new ApiErrors.Busy("the server is running as many exports as it takes; try again shortly");
        }
        return () -> {
            running.release();
            perClient.give(client);
        };
    }

    /**
     * Checks the filter against the store (before anything is sent, so that a bad one is still a 400) and
     * returns the query that selects its events.
     */
    public Selection select(EventFilter filter, Queries.Sort sort, int limit) {
        checkLimit(limit);
        List<Object> parameters = new ArrayList<>();
        String where = filter.where(shape, parameters);
        parameters.add(limit);
        String sql = "SELECT " + EventStore.storedEventColumns(shape.situated()) + ", " + shape.dateExpression()
                + " AS day" + Queries.FROM + " LEFT JOIN " + texts() + " t ON t.article_id = e.article_id WHERE " + where
                + " ORDER BY " + sort.orderBy + " LIMIT ?";
        return new Selection(sql, parameters, false);
    }

    /**
     * As {@link #select(EventFilter, Queries.Sort, int)} for merged events: those any report of which matches
     * the filter, as the merged list chooses them, each written once from its founding report.
     *
     * @throws IllegalArgumentException when the store has no merged events
     */
    public Selection selectMerged(EventFilter filter, MergedEvents.Sort sort, int limit) {
        checkLimit(limit);
        if (!shape.hasMergedEvents()) {
            throw new IllegalArgumentException("this store has no merged events: it was written by a sitrep that "
                    + "did not merge reports; export format=gdelt instead");
        }
        List<Object> parameters = new ArrayList<>();
        String where = filter.where(shape, parameters);
        parameters.add(limit);
        String sql = "WITH hit AS (SELECT DISTINCT em.merged_event_id AS id" + Queries.FROM
                + " JOIN event_mentions em ON em.event_id = e.id WHERE " + where + ") SELECT "
                + EventStore.storedMergedEventColumns() + " FROM merged_events m JOIN hit ON hit.id = m.id"
                + " JOIN events e ON e.id = m.founding_event_id JOIN articles a ON a.id = e.article_id LEFT JOIN "
                + texts() + " t ON t.article_id = e.article_id ORDER BY " + sort.orderBy + " LIMIT ?";
        return new Selection(sql, parameters, true);
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > MAX_EVENTS) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_EVENTS + ": " + limit);
        }
    }

    private String texts() {
        return shape.hasTable("article_texts") ? "article_texts"
                : "(SELECT NULL::VARCHAR AS article_id, NULL::VARCHAR AS body WHERE false)";
    }

    /** A checked query for the events, or the merged events, of one export. */
    public record Selection(String sql, List<Object> parameters, boolean merged) {
    }

    /** Writes the selected events to {@code out} in {@code format}; returns how many records were written. */
    public long write(Selection selection, Format format, Writer out) {
        if (selection.merged() != format.merged()) {
            throw new IllegalArgumentException(format.apiName() + " does not write "
                    + (selection.merged() ? "merged events" : "coded events"));
        }
        Connection connection = database.isolated();
        try (connection;
             PreparedStatement statement = Database.prepare(connection, selection.sql(), selection.parameters());
             ResultSet rows = statement.executeQuery()) {
            if (format.merged()) {
                // DATEADDED of an event whose founding article has no storing time: the moment of export.
                try (MergedEventWriter writer = MergedEventWriter.gdelt(out, Instant.now())) {
                    while (rows.next()) {
                        writer.write(EventStore.readStoredMerged(rows));
                    }
                    return writer.written();
                }
            }
            try (EventWriter writer = EventWriter.create(format.format, out)) {
                boolean situated = shape.situated();
                while (rows.next()) {
                    writer.write(EventStore.readStored(rows, situated));
                }
                return writer.written();
            }
        } catch (SQLException e) {
            throw new EnvironmentException("export from " + database.path() + " failed: " + e.getMessage(), e);
        }
    }
}
