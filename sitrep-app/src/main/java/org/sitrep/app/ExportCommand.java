package org.sitrep.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.sitrep.app.internal.EventFilterOptions;
import org.sitrep.app.internal.StoreOption;
import org.sitrep.app.internal.Stores;
import org.sitrep.export.EventWriter;
import org.sitrep.export.ExportFormat;
import org.sitrep.export.MentionWriter;
import org.sitrep.export.MergedEventWriter;
import org.sitrep.export.ParquetExport;
import org.sitrep.pipeline.EnvironmentException;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep export}: writes stored events as JSON lines, CSV, GDELT 2.0 event rows, PLOVER records or
 * POLECAT-shaped rows, the reports of merged events as GDELT 2.0 Mentions rows, or the store's events, merged
 * events and mentions as Parquet files. The count it reports is what the writer wrote.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes stored events as JSON lines, CSV with a header, tab-separated GDELT 2.0 "
                + "event rows, or PLOVER records as JSON lines (statements and appeals, which PLOVER drops, "
                + "are left out), to stdout or a file.",
                "gdelt-merged writes GDELT 2.0 event rows for the merged events (one per real event, with "
                + "NumMentions, NumSources, NumArticles), gdelt-mentions the GDELT 2.0 Mentions rows that refer "
                + "to them: one per report, republished copies included (merged by 'sitrep ingest').",
                "parquet writes events.parquet, merged_events.parquet and mentions.parquet into the directory "
                + "--output names. Columns of every format: docs/formats.md."})
public final class ExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private EventFilterOptions filter;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "jsonl, csv, gdelt, gdelt-merged, gdelt-mentions, plover, polecat or parquet.")
    private ExportFormat format;

    /** Accepts the formats as users write them: {@code gdelt-mentions} for GDELT_MENTIONS. */
    static final class FormatConverter implements CommandLine.ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            try {
                return ExportFormat.valueOf(value.strip().replace('-', '_').toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("expected jsonl, csv, gdelt, gdelt-merged, "
                        + "gdelt-mentions, plover, polecat or parquet, not '" + value + "'");
            }
        }
    }

    @Mixin
    private StoreOption db;

    @Option(names = "--output", paramLabel = "FILE", description = "Write here instead of stdout.")
    private Path output;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
            description = "At most N events, 0 for all (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Override
    public Integer call() {
        EventQuery query = filter.query(limit);
        Stores.existing(db.path());
        if (format == ExportFormat.PARQUET) {
            return exportParquet(query);
        }
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
        String noun = format.isMentions() ? (written == 1 ? " mention" : " mentions")
                : format.isMerged() ? (written == 1 ? " merged event" : " merged events")
                : format == ExportFormat.PLOVER || format == ExportFormat.POLECAT
                        ? (written == 1 ? " record" : " records")
                : (written == 1 ? " event" : " events");
        spec.commandLine().getErr().println("exported " + written + noun + " to " + output);
        return 0;
    }

    /** Parquet files are DuckDB's work: three files in the --output directory, whole tables, no filters. */
    private int exportParquet(EventQuery query) {
        if (output == null) {
            throw new IllegalArgumentException("--format parquet writes three files: name a directory with --output");
        }
        if (query.actor() != null || query.code() != null || query.since() != null || query.limit() != 0) {
            throw new IllegalArgumentException("--format parquet writes whole tables; filter them in your reader "
                    + "(or use 'sitrep sql')");
        }
        try {
            Files.createDirectories(output);
        } catch (IOException e) {
            throw new EnvironmentException("cannot create directory " + output, e);
        }
        Map<String, Long> counts;
        try (EventStore store = EventStore.openReadOnly(db.path())) {
            counts = ParquetExport.write(store, output);
        }
        for (Map.Entry<String, Long> file : counts.entrySet()) {
            spec.commandLine().getErr().println("exported " + file.getValue()
                    + (file.getValue() == 1 ? " row to " : " rows to ") + output.resolve(file.getKey()));
        }
        return 0;
    }

    private long export(EventQuery query, Writer out) {
        AtomicLong count = new AtomicLong();
        if ((format.isMentions() || format.isMerged())
                && (query.actor() != null || query.code() != null || query.since() != null)) {
            throw new IllegalArgumentException("--actor, --code and --since filter coded events; "
                    + format.name().toLowerCase(Locale.ROOT).replace('_', '-') + " writes all (use --limit to cut)");
        }
        if (format.isMerged()) {
            try (EventStore store = EventStore.openReadOnly(db.path());
                 MergedEventWriter writer = MergedEventWriter.gdelt(out, Instant.now())) {
                store.forEachMergedEvent(event -> {
                    if (query.limit() == 0 || count.get() < query.limit()) {
                        writer.write(event);
                        count.incrementAndGet();
                    }
                });
                return writer.written();
            }
        }
        if (format.isMentions()) {
            try (EventStore store = EventStore.openReadOnly(db.path());
                 MentionWriter writer = MentionWriter.gdelt(out)) {
                store.forEachEventMention(mention -> {
                    if (query.limit() == 0 || count.get() < query.limit()) {
                        writer.write(mention);
                        count.incrementAndGet();
                    }
                });
                return writer.written();
            }
        }
        try (EventStore store = EventStore.openReadOnly(db.path());
             EventWriter writer = EventWriter.create(format, out)) {
            store.forEachEvent(query, writer::write);
            return writer.written();
        }
    }
}
