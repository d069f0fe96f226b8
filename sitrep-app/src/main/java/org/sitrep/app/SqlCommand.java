package org.sitrep.app;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.app.internal.StoreOption;
import org.sitrep.app.internal.Stores;
import org.sitrep.app.internal.TextTable;
import org.sitrep.export.QueryResultWriter;
import org.sitrep.store.EventStore;
import org.sitrep.store.QueryResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep sql}: runs one read-only SQL query on the event store and prints a table, or CSV or JSON
 * lines for scripts.
 */
@Command(name = "sql", mixinStandardHelpOptions = true,
        description = {"Runs one SQL query on the event store, read-only, and prints the result as a table, "
                + "as CSV with a header row (--format csv) or as one JSON object per row (--format json).",
                "Bad SQL, and any attempt to change the store, exits with 2 and DuckDB's message."})
public final class SqlCommand implements Callable<Integer> {

    private static final int CELL_WIDTH = 60;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "QUERY", description = "The query, such as \"SELECT count(*) FROM events\".")
    private String query;

    @Mixin
    private StoreOption db;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "100",
            description = "Print at most N rows, 0 for all (default: ${DEFAULT-VALUE}).")
    private int maxRows;

    /** How answers are printed. */
    enum Format { TABLE, CSV, JSON }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            converter = FormatConverter.class,
            description = "table, csv (RFC 4180 with a header, NULL empty) or json (JSON lines) "
                    + "(default: ${DEFAULT-VALUE}).")
    private Format format;

    /** Accepts the formats in any case. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("expected table, csv or json, not '"
                        + value + "'");
            }
        }
    }

    @Override
    public Integer call() {
        if (maxRows < 0) {
            throw new IllegalArgumentException("--max-rows must not be negative: " + maxRows);
        }
        if (query.isBlank()) {
            throw new IllegalArgumentException("the query is empty");
        }
        QueryResult result;
        try (EventStore store = EventStore.openReadOnly(Stores.existing(db.path()))) {
            result = store.sql(query, maxRows);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.CSV) {
            QueryResultWriter.csv(result, out);
            warnIfCut(result);
            return 0;
        }
        if (format == Format.JSON) {
            QueryResultWriter.jsonLines(result, out);
            warnIfCut(result);
            return 0;
        }
        if (result.columns().isEmpty()) {
            out.println("(no result)");
            out.flush();
            return 0;
        }
        TextTable table = TextTable.uniform(result.columns(), CELL_WIDTH);
        for (List<Object> row : result.rows()) {
            List<String> cells = new ArrayList<>(row.size());
            for (Object value : row) {
                cells.add(value == null ? "NULL" : value.toString());
            }
            table.add(cells);
        }
        table.print(out);
        int rows = result.rows().size();
        out.println(result.truncated()
                ? "(the first " + rows + " rows; --max-rows shows more)"
                : "(" + rows + (rows == 1 ? " row)" : " rows)"));
        out.flush();
        return 0;
    }

    /** Scripts read stdout whole; that rows were cut goes to stderr. */
    private void warnIfCut(QueryResult result) {
        if (result.truncated()) {
            spec.commandLine().getErr().println("sitrep sql: only the first " + result.rows().size()
                    + " rows were printed; --max-rows 0 prints all");
        }
    }
}
