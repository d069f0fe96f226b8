package org.sitrep.store.internal;

import java.util.List;

/**
 * The DuckDB schema of an event store, and its version. A later version adds a migration from the previous
 * one; {@link #VERSION} is what this code writes.
 */
public final class Schema {

    /** Version of the schema below, stored in the {@code schema_version} table. */
    public static final int VERSION = 1;

    /** Column order matters: the appenders write rows positionally in this order. */
    public static final List<String> CREATE = List.of(
            """
            CREATE TABLE IF NOT EXISTS schema_version (
                version INTEGER NOT NULL,
                applied_at TIMESTAMP NOT NULL
            )""",
            """
            CREATE TABLE IF NOT EXISTS articles (
                id VARCHAR PRIMARY KEY,
                title VARCHAR NOT NULL,
                date DATE,
                source VARCHAR NOT NULL,
                url VARCHAR NOT NULL,
                origin VARCHAR NOT NULL,
                ingested_at TIMESTAMP NOT NULL,
                sentence_count INTEGER NOT NULL,
                token_count INTEGER NOT NULL,
                event_count INTEGER NOT NULL,
                skipped BOOLEAN NOT NULL
            )""",
            """
            CREATE TABLE IF NOT EXISTS events (
                id VARCHAR NOT NULL,
                article_id VARCHAR NOT NULL,
                sentence_index INTEGER NOT NULL,
                date DATE,
                source_code VARCHAR NOT NULL,
                source_name VARCHAR NOT NULL,
                source_entry VARCHAR NOT NULL,
                target_code VARCHAR,
                target_name VARCHAR,
                target_entry VARCHAR,
                cameo_code VARCHAR NOT NULL,
                base_code VARCHAR NOT NULL,
                root_code VARCHAR NOT NULL,
                goldstein DOUBLE NOT NULL,
                quad_class INTEGER NOT NULL,
                sentence_text VARCHAR NOT NULL,
                sentence_begin INTEGER NOT NULL,
                evidence_begin INTEGER NOT NULL,
                evidence_end INTEGER NOT NULL,
                evidence_text VARCHAR NOT NULL,
                trigger_begin INTEGER NOT NULL,
                trigger_end INTEGER NOT NULL,
                source_begin INTEGER NOT NULL,
                source_end INTEGER NOT NULL,
                target_begin INTEGER,
                target_end INTEGER,
                rule VARCHAR NOT NULL
            )""",
            """
            CREATE TABLE IF NOT EXISTS mentions (
                article_id VARCHAR NOT NULL,
                sentence_index INTEGER NOT NULL,
                "begin" INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                text VARCHAR NOT NULL,
                actor_code VARCHAR NOT NULL,
                actor_name VARCHAR NOT NULL,
                entry VARCHAR NOT NULL
            )""",
            """
            CREATE TABLE IF NOT EXISTS problems (
                article_id VARCHAR,
                origin VARCHAR NOT NULL,
                kind VARCHAR NOT NULL,
                message VARCHAR NOT NULL
            )""");

    /** Tables every sitrep database has; their absence means the file is something else. */
    public static final List<String> TABLES = List.of("schema_version", "articles", "events", "mentions", "problems");

    private Schema() {
    }
}
