package org.sitrep.export;

import java.io.Writer;
import java.time.Instant;
import java.util.Objects;
import org.sitrep.coding.CameoTable;
import org.sitrep.export.internal.CsvEventWriter;
import org.sitrep.export.internal.GdeltEventWriter;
import org.sitrep.export.internal.JsonlEventWriter;
import org.sitrep.export.internal.PloverEventWriter;
import org.sitrep.export.internal.PolecatEventWriter;
import org.sitrep.store.StoredEvent;

/**
 * Writes events to one output stream in one {@link ExportFormat}. Write failures surface as
 * {@link org.sitrep.pipeline.EnvironmentException}. Not thread-safe.
 */
public interface EventWriter extends AutoCloseable {

    /**
     * A writer for {@code out}, which the caller opened as UTF-8 and closes itself. Events that were never
     * stored take the current time as the time sitrep added them (GDELT's DATEADDED).
     */
    static EventWriter create(ExportFormat format, Writer out) {
        return create(format, out, Instant.now());
    }

    /**
     * As {@link #create(ExportFormat, Writer)}, with the time that stands in for the storing time of events
     * never stored: GDELT's DATEADDED, and their day when neither the text nor the article gives one.
     */
    static EventWriter create(ExportFormat format, Writer out, Instant dateAdded) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(dateAdded, "dateAdded");
        return switch (format) {
            case JSONL -> new JsonlEventWriter(out);
            case CSV -> new CsvEventWriter(out);
            case GDELT -> new GdeltEventWriter(out, dateAdded);
            case PLOVER -> new PloverEventWriter(out, CameoTable.standard(), dateAdded);
            case GDELT_MENTIONS -> throw new IllegalArgumentException(
                    "gdelt-mentions rows are reports, not events: write them with a MentionWriter");
            case GDELT_MERGED -> throw new IllegalArgumentException(
                    "gdelt-merged rows are merged events: write them with a MergedEventWriter");
            case POLECAT -> new PolecatEventWriter(out, CameoTable.standard(), dateAdded);
            case PARQUET -> throw new IllegalArgumentException(
                    "parquet is written by DuckDB into files: use ParquetExport");
        };
    }

    void write(StoredEvent event);

    /** How many records were written so far; headers do not count. */
    long written();

    /** Flushes what was written; the output stream itself stays open. */
    @Override
    void close();
}
