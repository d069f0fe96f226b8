package org.sitrep.store;

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
}
