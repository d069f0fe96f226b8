/**
 * Writing events out: JSON Lines, CSV, GDELT 2.0 Events and Mentions rows, PLOVER records, POLECAT-shaped
 * rows, Parquet files, and SQL answers as CSV or JSON Lines.
 *
 * <p>Consumes {@link org.sitrep.store.StoredEvent}s (from the store, or freshly coded),
 * {@link org.sitrep.store.StoredMergedEvent}s, {@link org.sitrep.store.StoredMention}s and
 * {@link org.sitrep.store.QueryResult}s; produces text on a caller's {@link java.io.Writer} through an
 * {@link org.sitrep.export.EventWriter} per {@link org.sitrep.export.ExportFormat}, a
 * {@link org.sitrep.export.MergedEventWriter}, a {@link org.sitrep.export.MentionWriter} or
 * {@link org.sitrep.export.QueryResultWriter}, and Parquet files through {@link org.sitrep.export.ParquetExport}
 * (DuckDB's COPY through EventStore.exportParquet). {@link org.sitrep.export.EventJson} is the one JSON
 * shape of an event, shared by every command that prints events; {@link org.sitrep.export.Tone} the document
 * tone of GDELT's AvgTone. Every column of every format is described in {@code docs/formats.md}. Write
 * failures surface as {@link org.sitrep.pipeline.EnvironmentException}.
 */
package org.sitrep.export;
