package org.sitrep.app.internal;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db FILE} option of the commands that use the event store, declared once. */
public final class StoreOption {

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "sitrep.duckdb",
            description = "The DuckDB event store, which ingest and watch create when it is missing "
                    + "(default: ${DEFAULT-VALUE}).")
    private Path path;

    public Path path() {
        return path;
    }
}
