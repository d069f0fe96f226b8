package org.sitrep.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;

/**
 * The one check that an analyst's SQL only reads: exactly one SELECT statement (WITH, VALUES, FROM-first,
 * DESCRIBE and SUMMARIZE are SELECTs to DuckDB). DuckDB's own parser decides, through
 * {@code json_serialize_sql}, which serializes SELECT statements only; no pattern matching of SQL text, so
 * comments, quoting and odd spacing cannot fool it. Everything else (COPY, PRAGMA, SET, CHECKPOINT, CREATE
 * TEMP, ATTACH, CALL, EXPLAIN...) is refused before it runs. Both {@code sitrep sql} and the server's
 * {@code /api/sql} use it.
 */
public final class ReadOnlySql {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReadOnlySql() {
    }

    /**
     * Parses {@code sql} on {@code connection} without running it.
     *
     * @throws IllegalArgumentException when it is not one SELECT statement, with DuckDB's parser message for
     *                                  a syntax error
     * @throws SQLException             when the connection cannot parse at all
     */
    public static void check(Connection connection, String sql) throws SQLException {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(sql, "sql");
        String serialized;
        try (PreparedStatement parse = connection.prepareStatement("SELECT json_serialize_sql(?::VARCHAR)")) {
            parse.setString(1, sql);
            try (ResultSet result = parse.executeQuery()) {
                result.next();
                serialized = result.getString(1);
            }
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(serialized);
        } catch (IOException e) {
            throw new SQLException("DuckDB's parser answered with something other than JSON", e);
        }
        if (tree.path("error").asBoolean(false)) {
            if ("parser".equals(tree.path("error_type").asText())) {
                throw new IllegalArgumentException("Parser Error: " + tree.path("error_message").asText());
            }
            throw new IllegalArgumentException("queries are read-only: only one SELECT (or WITH ... SELECT) "
                    + "statement is allowed, not COPY, PRAGMA, SET, CHECKPOINT, CREATE or other commands");
        }
        int statements = tree.path("statements").size();
        if (statements != 1) {
            throw new IllegalArgumentException("exactly one SELECT statement is allowed, not " + statements);
        }
    }
}
