package org.sitrep.export;

/** The shapes events can be written in. */
public enum ExportFormat {
    /** One {@link EventJson} object per line. */
    JSONL,
    /** RFC 4180 comma-separated values with a header row: the JSON fields, flattened. */
    CSV,
    /** GDELT 2.0 Events export: 61 tab-separated columns, no header, fields sitrep does not know left empty. */
    GDELT
}
