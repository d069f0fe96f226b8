package org.sitrep.store.internal;

import java.util.List;

/**
 * The DuckDB schema of an event store, and its version. A later version adds a migration from the previous
 * one; {@link #VERSION} is what this code writes.
 */
public final class Schema {

    /**
     * Version of the schema below, stored in the {@code schema_version} table. Version 2 added each event's
     * date and location ({@link #EVENT_SITUATION_COLUMNS}) and the {@code places}, {@code quotes} and
     * {@code quote_events} tables.
     */
    public static final int VERSION = 2;

    /**
     * The columns version 2 added at the end of {@code events}, as GDELT names them where it has them: the
     * event's own date and how it was chosen, and where it happened (ActionGeo_FullName, _CountryCode,
     * _ADM1Code, _Lat, _Long, _FeatureID) and how that was chosen.
     */
    public static final List<String> EVENT_SITUATION_COLUMNS = List.of(
            "event_date DATE",
            "date_precision VARCHAR",
            "date_basis VARCHAR",
            "date_expression VARCHAR",
            "date_begin INTEGER",
            "date_end INTEGER",
            "geo_feature_id VARCHAR",
            "geo_geonames_id BIGINT",
            "geo_name VARCHAR",
            "geo_fullname VARCHAR",
            "geo_kind VARCHAR",
            "geo_type INTEGER",
            "geo_country_code VARCHAR",
            "geo_country_name VARCHAR",
            "geo_adm1_code VARCHAR",
            "geo_adm1_name VARCHAR",
            "geo_lat DOUBLE",
            "geo_long DOUBLE",
            "geo_population BIGINT",
            "geo_basis VARCHAR",
            "geo_begin INTEGER",
            "geo_end INTEGER");

    /** Tables version 2 added. */
    public static final List<String> CREATE_V2_TABLES = List.of(
            """
            CREATE TABLE IF NOT EXISTS places (
                article_id VARCHAR NOT NULL,
                sentence_index INTEGER NOT NULL,
                "begin" INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                text VARCHAR NOT NULL,
                feature_id VARCHAR,
                geonames_id BIGINT,
                name VARCHAR,
                kind VARCHAR,
                country_code VARCHAR,
                adm1_code VARCHAR,
                lat DOUBLE,
                long DOUBLE,
                score DOUBLE NOT NULL,
                candidates INTEGER NOT NULL,
                actor_use BOOLEAN NOT NULL
            )""",
            """
            CREATE TABLE IF NOT EXISTS quotes (
                id VARCHAR NOT NULL,
                article_id VARCHAR NOT NULL,
                sentence_index INTEGER NOT NULL,
                kind VARCHAR NOT NULL,
                text VARCHAR NOT NULL,
                "begin" INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                speaker_text VARCHAR NOT NULL,
                speaker_code VARCHAR,
                speaker_name VARCHAR,
                speaker_entry VARCHAR,
                speaker_begin INTEGER,
                speaker_end INTEGER,
                cue VARCHAR,
                cue_begin INTEGER,
                cue_end INTEGER
            )""",
            """
            CREATE TABLE IF NOT EXISTS quote_events (
                quote_id VARCHAR NOT NULL,
                event_id VARCHAR NOT NULL,
                article_id VARCHAR NOT NULL
            )""");

    /** Statements that bring a version 1 database to version 2. */
    public static List<String> migrationFromVersion1() {
        List<String> statements = new java.util.ArrayList<>();
        for (String column : EVENT_SITUATION_COLUMNS) {
            statements.add("ALTER TABLE events ADD COLUMN IF NOT EXISTS " + column);
        }
        statements.addAll(CREATE_V2_TABLES);
        return statements;
    }

    /** Column order matters: the appenders write rows positionally in this order. */
    public static final List<String> CREATE = java.util.stream.Stream.concat(java.util.stream.Stream.of(
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
                rule VARCHAR NOT NULL,
            """ + String.join(",\n    ", EVENT_SITUATION_COLUMNS) + "\n)",
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
            )""",
            // The body of each coded article and stored copy: duplicate detection and stories read it back.
            """
            CREATE TABLE IF NOT EXISTS article_texts (
                article_id VARCHAR NOT NULL,
                body VARCHAR NOT NULL
            )""",
            // Republished copies: stored as skipped articles, not coded, linked to their original here.
            """
            CREATE TABLE IF NOT EXISTS copies (
                article_id VARCHAR NOT NULL,
                original_id VARCHAR NOT NULL,
                matched_id VARCHAR NOT NULL,
                jaccard DOUBLE NOT NULL,
                containment DOUBLE NOT NULL
            )""",
            // Derived tables, rebuilt from the ones above: one row per real event, one per report of it.
            """
            CREATE TABLE IF NOT EXISTS merged_events (
                id VARCHAR NOT NULL,
                first_seen DATE,
                last_seen DATE,
                source_code VARCHAR NOT NULL,
                source_name VARCHAR NOT NULL,
                target_code VARCHAR,
                target_name VARCHAR,
                cameo_code VARCHAR NOT NULL,
                base_code VARCHAR NOT NULL,
                root_code VARCHAR NOT NULL,
                goldstein DOUBLE NOT NULL,
                quad_class INTEGER NOT NULL,
                place VARCHAR NOT NULL,
                num_mentions INTEGER NOT NULL,
                num_sources INTEGER NOT NULL,
                num_articles INTEGER NOT NULL,
                founding_event_id VARCHAR NOT NULL,
                merge_key VARCHAR,
                day_first DATE,
                day_last DATE,
                report_last_date DATE,
                report_last_article VARCHAR
            )""",
            """
            CREATE TABLE IF NOT EXISTS event_mentions (
                merged_event_id VARCHAR NOT NULL,
                event_id VARCHAR NOT NULL,
                article_id VARCHAR NOT NULL,
                date DATE,
                source VARCHAR NOT NULL,
                url VARCHAR NOT NULL,
                sentence_index INTEGER NOT NULL,
                actor1_offset INTEGER NOT NULL,
                actor2_offset INTEGER NOT NULL,
                action_offset INTEGER NOT NULL,
                cameo_code VARCHAR NOT NULL,
                republished_from VARCHAR NOT NULL
            )""",
            // Articles and copies stored since the last merge, so a merge of new reports finds them alone.
            """
            CREATE TABLE IF NOT EXISTS merge_pending (
                article_id VARCHAR NOT NULL
            )""",
            """
            CREATE TABLE IF NOT EXISTS stories (
                id VARCHAR NOT NULL,
                first_seen DATE,
                last_seen DATE,
                article_count INTEGER NOT NULL,
                label VARCHAR NOT NULL,
                actors VARCHAR NOT NULL,
                action VARCHAR NOT NULL,
                place VARCHAR NOT NULL,
                key_terms VARCHAR NOT NULL,
                summary VARCHAR NOT NULL
            )""",
            """
            CREATE TABLE IF NOT EXISTS story_articles (
                story_id VARCHAR NOT NULL,
                article_id VARCHAR NOT NULL,
                position INTEGER NOT NULL
            )"""), CREATE_V2_TABLES.stream()).toList();

    /**
     * Fills {@code merge_pending} in a store made before it existed: the articles whose events were never
     * merged, and the copies never counted as reports.
     */
    public static final String FILL_MERGE_PENDING = """
            INSERT INTO merge_pending
            SELECT DISTINCT article_id FROM events
            WHERE id NOT IN (SELECT event_id FROM event_mentions WHERE republished_from = '')
            UNION
            SELECT article_id FROM copies
            WHERE article_id NOT IN (SELECT article_id FROM event_mentions WHERE republished_from <> '')""";

    /** Tables every sitrep database has; their absence means the file is something else. */
    public static final List<String> TABLES = List.of("schema_version", "articles", "events", "mentions", "problems");

    /** Tables of every version 2 database. */
    public static final List<String> TABLES_V2 = List.of("places", "quotes", "quote_events");

    private Schema() {
    }
}
