package org.sitrep.app.server.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDriver;
import org.sitrep.pipeline.EnvironmentException;
import org.sitrep.store.DataVersion;
import org.sitrep.store.QueryResult;

/**
 * A DuckDB event store opened read-only, with a fixed pool of connections to the one database instance so
 * that the page's requests run side by side, and fresh connections for analysts' SQL. The instance may read no
 * file but its own (external access is off and the configuration locked), so the SQL endpoint can neither
 * write the database nor read or write other files.
 */
public final class Database implements AutoCloseable {

    /** A query step that needs a connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Path path;
    private final DuckDBConnection root;
    private final BlockingQueue<Connection> pool;
    private final List<Connection> all = new ArrayList<>();
    private final Duration waitForConnection;
    private final boolean writable;
    /** Commits of this process's writer; a read-only store never changes under the server. */
    private final DataVersion version = new DataVersion();

    private Database(Path path, DuckDBConnection root, int connections, Duration waitForConnection,
                     boolean writable) throws SQLException {
        this.writable = writable;
        this.path = path;
        this.root = root;
        this.waitForConnection = waitForConnection;
        // Fair: under load, requests get connections in the order they asked, which keeps the slowest ones from
        // waiting behind every later arrival.
        this.pool = new ArrayBlockingQueue<>(connections, true);
        for (int i = 0; i < connections; i++) {
            Connection connection = root.duplicate();
            all.add(connection);
            pool.add(connection);
        }
    }

    /**
     * Opens an existing store read-only.
     *
     * @param connections how many queries may run at once; more wait for a free connection
     * @param threads     DuckDB worker threads shared by all queries
     */
    public static Database open(Path path, int connections, int threads) {
        return open(path, connections, threads, false);
    }

    /**
     * Opens an existing store, read-only unless {@code writable}: a writable instance lets this process
     * write the store through {@link #writer()} while it serves (DuckDB lets one process hold a file with one
     * configuration only). Queries stay read-only either way: the page's are fixed SELECTs, and analysts' SQL
     * is checked to be one SELECT before it runs, with external access off.
     */
    public static Database open(Path path, int connections, int threads, boolean writable) {
        Objects.requireNonNull(path, "path");
        if (connections < 1 || threads < 1) {
            throw new IllegalArgumentException("connections and threads must be positive: " + connections
                    + ", " + threads);
        }
        Path absolute = path.toAbsolutePath();
        if (!Files.isRegularFile(absolute)) {
            throw new IllegalArgumentException("no event store at " + path
                    + " (create one with 'sitrep ingest', or pass --db)");
        }
        Properties properties = new Properties();
        if (!writable) {
            properties.setProperty(DuckDBDriver.DUCKDB_READONLY_PROPERTY, "true");
        }
        properties.setProperty("enable_external_access", "false");
        properties.setProperty("threads", Integer.toString(threads));
        properties.setProperty("lock_configuration", "true");
        // Rows come in chunks as they are read, so a huge result is never built whole, in DuckDB or here.
        properties.setProperty(DuckDBDriver.JDBC_STREAM_RESULTS, "true");
        DuckDBConnection root;
        try {
            root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + absolute, properties);
        } catch (SQLException e) {
            throw new EnvironmentException("cannot open database " + path + " read-only: " + e.getMessage(), e);
        }
        try {
            return new Database(absolute, root, connections, Duration.ofSeconds(30), writable);
        } catch (SQLException e) {
            try {
                root.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new EnvironmentException("cannot open connections to " + path + ": " + e.getMessage(), e);
        }
    }

    public Path path() {
        return path;
    }

    /** What the writer in this process advances after each commit (see {@link #writer()}). */
    public DataVersion version() {
        return version;
    }

    /** A new connection for a writer in this process; the caller closes it. Only for a writable instance. */
    public DuckDBConnection writer() {
        if (!writable) {
            throw new IllegalStateException("the store was opened read-only");
        }
        try {
            return root.duplicate();
        } catch (SQLException e) {
            throw new EnvironmentException("cannot open a connection to " + path + ": " + e.getMessage(), e);
        }
    }

    /** Runs work on a pooled connection; SQL failures are the server's, not the caller's. */
    public <T> T read(Work<T> work) {
        Connection connection = borrow();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new EnvironmentException("query on " + path + " failed: " + e.getMessage(), e);
        } finally {
            pool.add(connection);
        }
    }

    private Connection borrow() {
        try {
            Connection connection = pool.poll(waitForConnection.toMillis(), TimeUnit.MILLISECONDS);
            if (connection == null) {
                throw new EnvironmentException("all " + all.size() + " database connections stayed busy for "
                        + waitForConnection.toSeconds() + " s", null);
            }
            return connection;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EnvironmentException("interrupted while waiting for a database connection", e);
        }
    }

    /** A prepared statement with its parameters bound in order. */
    public static PreparedStatement prepare(Connection connection, String sql, List<?> parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }

    /**
     * A new connection of its own to the same database, for one analyst's query: what that query does to its
     * session (and only a SELECT may run) dies with the connection, and it never takes one of the pool's
     * connections from the page. The caller closes it.
     */
    public Connection isolated() {
        try {
            return root.duplicate();
        } catch (SQLException e) {
            throw new EnvironmentException("cannot open a connection to " + path + ": " + e.getMessage(), e);
        }
    }

    /** Reads up to {@code maxRows} rows of any shape, dates and times as ISO text for JSON. */
    public static QueryResult rows(ResultSet result, int maxRows) throws SQLException {
        QueryResult read = QueryResult.read(result, maxRows);
        List<List<Object>> rows = new ArrayList<>(read.rows().size());
        for (List<Object> row : read.rows()) {
            List<Object> converted = new ArrayList<>(row.size());
            for (Object value : row) {
                converted.add(jsonValue(value));
            }
            rows.add(converted);
        }
        return new QueryResult(read.columns(), rows, read.truncated());
    }

    private static Object jsonValue(Object value) {
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Database::jsonValue).toList();
        }
        return value;
    }

    @Override
    public void close() {
        for (Connection connection : all) {
            try {
                connection.close();
            } catch (SQLException e) {
                // Closing for good: nothing can be done about a handle that will not let go.
            }
        }
        try {
            root.close();
        } catch (SQLException e) {
            throw new EnvironmentException("cannot close database " + path + ": " + e.getMessage(), e);
        }
    }
}
