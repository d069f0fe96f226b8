package org.sitrep.export;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.sitrep.store.EventStore;

/**
 * Parquet files of the store's events, merged events and mentions, written by DuckDB's {@code COPY ... TO}
 * through {@link EventStore#exportParquet}, which allows no other statement. Each file keeps the store's column names and DuckDB types (dates as
 * DATE, times as TIMESTAMP, counts as INTEGER), so pandas, polars, arrow and R read them with their types;
 * {@code docs/formats.md} lists the columns.
 */
public final class ParquetExport {

    /** File name to query, in the order they are written. */
    public static final Map<String, String> FILES = files();

    private ParquetExport() {
    }

    private static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("events.parquet", """
                SELECT e.*, a.date AS article_date, a.title AS article_title, a.source AS publisher,
                       a.url, a.ingested_at
                FROM events e JOIN articles a ON a.id = e.article_id
                ORDER BY e.date NULLS LAST, e.article_id, e.sentence_index, e.evidence_begin, e.id""");
        files.put("merged_events.parquet", "SELECT * FROM merged_events ORDER BY first_seen NULLS LAST, id");
        files.put("mentions.parquet", """
                SELECT m.*, a.ingested_at FROM event_mentions m JOIN articles a ON a.id = m.article_id
                ORDER BY m.merged_event_id, m.date NULLS LAST, m.article_id, m.sentence_index""");
        return files;
    }

    /** Writes the three files into {@code directory}, which must exist; returns the rows each file holds. */
    public static Map<String, Long> write(EventStore store, Path directory) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(directory, "directory");
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Map.Entry<String, String> file : FILES.entrySet()) {
            // The count is read back from the file: what a reader will find there.
            counts.put(file.getKey(), store.exportParquet(file.getValue(), directory.resolve(file.getKey())));
        }
        return counts;
    }
}
