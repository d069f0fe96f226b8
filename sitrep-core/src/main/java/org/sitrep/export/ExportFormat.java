package org.sitrep.export;

/** The shapes events can be written in. */
public enum ExportFormat {
    /** One {@link EventJson} object per line. */
    JSONL,
    /** RFC 4180 comma-separated values with a header row: the JSON fields, flattened. */
    CSV,
    /** GDELT 2.0 Events export: 61 tab-separated columns, no header, fields sitrep does not know left empty. */
    GDELT,
    /**
     * GDELT 2.0 Mentions: one row per report of a merged event, 16 tab-separated columns, no header; written by
     * a {@link MentionWriter}, not an {@link EventWriter}, since its rows are reports, not events.
     */
    GDELT_MENTIONS,
    /**
     * PLOVER records as JSON lines (event type, mode and context mapped from the CAMEO code); events PLOVER
     * does not map, statements and appeals, are left out.
     */
    PLOVER,
    /**
     * GDELT 2.0 Events rows for merged events, with their NumMentions, NumSources and NumArticles: the events
     * the {@link #GDELT_MENTIONS} rows refer to; written by a {@link MergedEventWriter}.
     */
    GDELT_MERGED,
    /**
     * POLECAT-shaped rows: a header, then 40 tab-separated columns in POLECAT's order; events PLOVER does not
     * map are left out.
     */
    POLECAT,
    /**
     * Parquet files of events, merged events and mentions, written by DuckDB into a directory; not a stream,
     * so it has no {@link EventWriter} (see {@link ParquetExport}).
     */
    PARQUET;

    /** Whether rows are reports of merged events rather than coded events. */
    public boolean isMentions() {
        return this == GDELT_MENTIONS;
    }

    /** Whether rows are merged events rather than coded events. */
    public boolean isMerged() {
        return this == GDELT_MERGED;
    }
}
