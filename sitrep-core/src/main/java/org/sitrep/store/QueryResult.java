package org.sitrep.store;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The answer to an SQL query over the store.
 *
 * @param columns   column labels, in select order
 * @param rows      the rows, each with one value per column; values are what DuckDB's JDBC driver returns
 *                  ({@code String}, {@code Long}, {@code Double}, {@code java.time.LocalDate}...), SQL NULL
 *                  is {@code null}
 * @param truncated whether the query had more rows than were asked for
 */
public record QueryResult(List<String> columns, List<List<Object>> rows, boolean truncated) {

    public QueryResult {
        columns = List.copyOf(columns);
        List<List<Object>> copied = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            Objects.requireNonNull(row, "row");
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row has " + row.size() + " values for " + columns.size()
                        + " columns");
            }
            // List.copyOf refuses nulls, and SQL NULL is a legitimate value here.
            copied.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copied);
    }

    /**
     * Reads a result set of any shape: at most {@code maxRows} rows ({@code 0} for all), driver-specific
     * values made plain Java ones (dates as {@code LocalDate}, timestamps as {@code LocalDateTime}, arrays as
     * lists). The caller closes the result set.
     */
    public static QueryResult read(ResultSet result, int maxRows) throws SQLException {
        if (maxRows < 0) {
            throw new IllegalArgumentException("maxRows must not be negative: " + maxRows);
        }
        ResultSetMetaData meta = result.getMetaData();
        int width = meta.getColumnCount();
        List<String> columns = new ArrayList<>(width);
        for (int i = 1; i <= width; i++) {
            columns.add(meta.getColumnLabel(i));
        }
        List<List<Object>> rows = new ArrayList<>();
        boolean truncated = false;
        while (result.next()) {
            if (maxRows > 0 && rows.size() == maxRows) {
                truncated = true;
                break;
            }
            List<Object> row = new ArrayList<>(width);
            for (int i = 1; i <= width; i++) {
                row.add(value(result, i));
            }
            rows.add(row);
        }
        return new QueryResult(columns, rows, truncated);
    }

    /** The value of one column of the current row, made a plain Java one as {@link #read} does. */
    public static Object value(ResultSet result, int column) throws SQLException {
        return plain(result.getObject(column));
    }

    private static Object plain(Object value) throws SQLException {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof TemporalAccessor) {
            return value;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        if (value instanceof Array array) {
            Object[] elements = (Object[]) array.getArray();
            List<Object> list = new ArrayList<>(elements.length);
            for (Object element : elements) {
                list.add(plain(element));
            }
            return list;
        }
        return value.toString();
    }
}
