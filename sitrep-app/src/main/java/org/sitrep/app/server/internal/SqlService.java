package org.sitrep.app.server.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.sitrep.pipeline.EnvironmentException;
import org.sitrep.store.QueryResult;
import org.sitrep.store.ReadOnlySql;

/**
 * Analysts' SQL ({@code GET /api/sql}), kept from harming anyone else: one SELECT only, checked by DuckDB's
 * parser; each query on a connection of its own, closed afterwards, so nothing it does to its session reaches
 * another query; a few queries at once over all clients and fewer per client, on connections apart from the
 * page's pool; a time limit on the whole request, from arrival to the last row read; and an answer capped in
 * rows and in bytes, serialised row by row so that no more than the cap is ever held.
 *
 * <p>The answer is sent once complete: a query that runs out of time halfway through its rows then fails as a
 * whole, with a proper error status, rather than as a cut-off 200.
 */
public final class SqlService implements AutoCloseable {

    /** What a query answered: JSON bytes, ready to send. */
    public record Answer(byte[] json) {
        public Answer {
            Objects.requireNonNull(json, "json");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CANCEL_AGAIN = Duration.ofMillis(100);
    /** Room kept for the closing fields after the rows. */
    private static final int TAIL = 200;
    /** The alias under which a whole result row is one value, to measure it; no analyst names a column so. */
    private static final String WHOLE_ROW = "sitrep_whole_row_";

    private final Database database;
    private final int maxRows;
    private final long maxBytes;
    private final Duration timeout;
    private final Semaphore running;
    private final int queries;
    private final ClientSlots clients;
    private final ScheduledExecutorService canceller;

    public SqlService(Database database, int maxRows, long maxBytes, Duration timeout, int queries,
                      int perClient) {
        this.database = Objects.requireNonNull(database, "database");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        if (maxRows < 1 || maxBytes < 1024 || queries < 1) {
            throw new IllegalArgumentException("maxRows, maxBytes and queries must be positive");
        }
        this.maxRows = maxRows;
        this.maxBytes = maxBytes;
        this.queries = queries;
        this.running = new Semaphore(queries, true);
        this.clients = new ClientSlots(perClient);
        this.canceller = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "sitrep-sql-timeout");
            thread.setDaemon(true);
            return thread;
        });
    }

    public int maxRows() {
        return maxRows;
    }

    /**
     * Runs one analyst's query for {@code client}.
     *
     * @param arrived {@link System#nanoTime()} when the request arrived: the time limit counts from there
     * @throws IllegalArgumentException when the SQL is not one SELECT, DuckDB refuses it, or it runs out of time
     * @throws ApiErrors.TooMany        when the client already runs its share of queries
     * @throws ApiErrors.Busy           when other clients' queries hold every slot until the time is up
     */
    public Answer run(String client, String sql, int rowLimit, long arrived) {
        Objects.requireNonNull(sql, "sql");
        if (rowLimit < 1 || rowLimit > maxRows) {
            throw new IllegalArgumentException("rowLimit must be 1 to " + maxRows + ": " + rowLimit);
        }
        long deadline = arrived + timeout.toNanos();
        if (!clients.take(client)) {
            throw new ApiErrors.TooMany("this client already runs " + clients.perClient() + " SQL "
                    + (clients.perClient() == 1 ? "query" : "queries") + "; wait for the answer before the next");
        }
        try {
            boolean admitted;
            try {
                admitted = running.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ApiErrors.Busy("interrupted while waiting to run the query");
            }
            if (!admitted) {
                throw new ApiErrors.Busy("all " + queries + " SQL slots stayed busy for the time limit of "
                        + timeout.toSeconds() + " s; try again");
            }
            try {
                if (System.nanoTime() >= deadline) {
                    throw outOfTime(null);
                }
                return execute(sql, rowLimit, deadline);
            } finally {
                running.release();
            }
        } finally {
            clients.give(client);
        }
    }

    private Answer execute(String sql, int rowLimit, long deadline) {
        AtomicBoolean timedOut = new AtomicBoolean();
        try (Connection connection = database.isolated()) {
            ReadOnlySql.check(connection, sql);
            try (Statement statement = connection.createStatement()) {
                // Repeated until the statement ends: a cancel that lands before DuckDB has begun is lost.
                ScheduledFuture<?> alarm = canceller.scheduleAtFixedRate(() -> {
                    timedOut.set(true);
                    try {
                        statement.cancel();
                    } catch (SQLException e) {
                        // The statement finished meanwhile; nothing left to stop.
                    }
                }, Math.max(0, deadline - System.nanoTime()), CANCEL_AGAIN.toNanos(), TimeUnit.NANOSECONDS);
                try {
                    return serialise(statement, sql, rowLimit, deadline, timedOut);
                } finally {
                    alarm.cancel(false);
                }
            }
        } catch (SQLException e) {
            if (timedOut.get()) {
                throw outOfTime(e);
            }
            String message = String.valueOf(e.getMessage());
            String lower = message.toLowerCase(Locale.ROOT);
            if (lower.startsWith("io error") || lower.startsWith("out of memory") || lower.startsWith("fatal")
                    || lower.startsWith("internal")) {
                throw new EnvironmentException("query failed: " + message, e);
            }
            throw new IllegalArgumentException(message, e);
        }
    }

    /**
     * The text size of each of the query's first {@code rows} rows, measured inside DuckDB: the driver decodes
     * a whole chunk of rows (up to 2048) at once, so a thousand 1 MB values would fill the heap before the
     * byte limit below could see the first of them.
     */
    private static List<Long> rowSizes(Statement statement, String query, int rows) throws SQLException {
        List<Long> sizes = new ArrayList<>();
        try (ResultSet result = statement.executeQuery("SELECT strlen(CAST(" + WHOLE_ROW + " AS VARCHAR)) FROM "
                + "(SELECT * FROM (" + query + "\n) LIMIT " + rows + ") AS " + WHOLE_ROW)) {
            while (result.next()) {
                sizes.add(result.getLong(1));
            }
        }
        return sizes;
    }

    private Answer serialise(Statement statement, String sql, int rowLimit, long deadline, AtomicBoolean timedOut)
            throws SQLException {
        // Checked to be one SELECT: as a subquery it may end in a comment, never in a semicolon.
        String query = sql.strip().replaceAll("[;\\s]+$", "");
        List<Long> sizes = rowSizes(statement, query, rowLimit + 1);
        int fit = 0;
        long total = 0;
        for (long size : sizes) {
            total += size + 1;
            if (total > maxBytes) {
                break;
            }
            fit++;
        }
        boolean tooLarge = fit < sizes.size() && fit < rowLimit;
        if (!statement.execute("SELECT * FROM (" + query + "\n) LIMIT " + (tooLarge ? fit : sizes.size()))) {
            throw new IllegalArgumentException("the query returned no rows to show");
        }
        try (ResultSet result = statement.getResultSet()) {
            ResultSetMetaData meta = result.getMetaData();
            int width = meta.getColumnCount();
            List<String> columns = new ArrayList<>(width);
            for (int i = 1; i <= width; i++) {
                columns.add(meta.getColumnLabel(i));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
            write(out, "{\"columns\":");
            write(out, json(columns));
            write(out, ",\"rows\":[");
            int rows = 0;
            String cut = null;
            while (true) {
                if (System.nanoTime() > deadline || timedOut.get()) {
                    throw outOfTime(null);
                }
                if (!result.next()) {
                    break;
                }
                if (rows == rowLimit) {
                    cut = "rows";
                    break;
                }
                List<Object> row = new ArrayList<>(width);
                for (int i = 1; i <= width; i++) {
                    row.add(jsonValue(QueryResult.value(result, i)));
                }
                byte[] bytes = json(row);
                if (out.size() + 1L + bytes.length + TAIL > maxBytes) {
                    cut = "bytes";
                    break;
                }
                if (rows > 0) {
                    out.write(',');
                }
                out.write(bytes, 0, bytes.length);
                rows++;
            }
            if (cut == null && tooLarge) {
                cut = "bytes";
            }
            write(out, "],\"truncated\":" + (cut != null) + ",\"cutBy\":" + (cut == null ? "null" : "\"" + cut + "\"")
                    + ",\"maxRows\":" + rowLimit + ",\"maxBytes\":" + maxBytes + "}");
            return new Answer(out.toByteArray());
        }
    }

    private IllegalArgumentException outOfTime(Exception cause) {
        return new IllegalArgumentException("query ran longer than the limit of " + timeout.toSeconds()
                + " s (waiting, running and reading its rows) and was stopped", cause);
    }

    private static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a query value cannot be written as JSON", e);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void write(ByteArrayOutputStream out, byte[] bytes) {
        out.writeBytes(bytes);
    }

    /** Dates and times as ISO text for JSON. */
    static Object jsonValue(Object value) {
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(SqlService::jsonValue).toList();
        }
        return value;
    }

    @Override
    public void close() {
        canceller.shutdownNow();
    }
}
