package org.sitrep.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.sitrep.app.internal.EventFilterOptions;
import org.sitrep.app.internal.Stores;
import org.sitrep.export.EventWriter;
import org.sitrep.export.ExportFormat;
import org.sitrep.pipeline.EnvironmentException;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep export}: writes stored events as JSON lines, CSV or GDELT 2.0 event rows. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes stored events as JSON lines, CSV with a header, or tab-separated GDELT 2.0 "
                + "event rows, to stdout or a file.")
public final class ExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private EventFilterOptions filter;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "jsonl, csv or gdelt.")
    private ExportFormat format;

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "sitrep.duckdb",
            description = "The DuckDB event store (default: ${DEFAULT-VALUE}).")
    private Path database;

    @Option(names = "--output", paramLabel = "FILE", description = "Write here instead of stdout.")
    private Path output;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
            description = "At most N events, 0 for all (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Override
    public Integer call() {
        EventQuery query = filter.query(limit);
        Stores.existing(database);
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            export(query, out);
            out.flush();
            return 0;
        }
        long written;
        try (Writer file = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            written = export(query, file);
        } catch (IOException e) {
            throw new EnvironmentException("cannot write " + output, e);
        }
        spec.commandLine().getErr().println("exported " + written + (written == 1 ? " event" : " events")
                + " to " + output);
        return 0;
    }

    private long export(EventQuery query, Writer out) {
        AtomicLong count = new AtomicLong();
        try (EventStore store = EventStore.openReadOnly(database);
             EventWriter writer = EventWriter.create(format, out)) {
            store.forEachEvent(query, event -> {
                writer.write(event);
                count.incrementAndGet();
            });
        }
        return count.get();
    }
}
