package org.sitrep.store.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Copies the output folder of the sitrep Flink job (JSON lines in {@code day=…} folders: {@code articles},
 * {@code events}, {@code problems}, {@code copies}, {@code merged_events}, {@code event_mentions}) into a
 * store's tables, column by column, in the connection's open transaction. Articles already in the store are
 * left alone, with their events and problems, so loading a folder twice adds nothing.
 */
public final class JobOutputSql {

    /** The JSON columns of an event line: EventJson's fields plus the job's {@code store} object. */
    private static final String EVENT_COLUMNS = """
            {id: 'VARCHAR', article_id: 'VARCHAR', date: 'DATE', sentence_index: 'INTEGER',
             source: 'STRUCT(code VARCHAR, name VARCHAR, entry VARCHAR, "begin" INTEGER, "end" INTEGER, text VARCHAR)',
             target: 'STRUCT(code VARCHAR, name VARCHAR, entry VARCHAR, "begin" INTEGER, "end" INTEGER, text VARCHAR)',
             cameo_code: 'VARCHAR', base_code: 'VARCHAR', root_code: 'VARCHAR', goldstein: 'DOUBLE',
             quad_class: 'INTEGER', sentence: 'VARCHAR',
             evidence: 'STRUCT("begin" INTEGER, "end" INTEGER, text VARCHAR)',
             trigger: 'STRUCT("begin" INTEGER, "end" INTEGER, text VARCHAR)', rule: 'VARCHAR',
             event_date: 'STRUCT(date DATE, precision VARCHAR, basis VARCHAR, expression VARCHAR, "begin" INTEGER, "end" INTEGER)',
             location: 'STRUCT(feature_id VARCHAR, geonames_id BIGINT, name VARCHAR, full_name VARCHAR, kind VARCHAR, country_code VARCHAR, adm1_code VARCHAR, adm1_name VARCHAR, lat DOUBLE, lon DOUBLE, basis VARCHAR, "begin" INTEGER, "end" INTEGER)',
             store: 'STRUCT(sentence_begin INTEGER, geo_type INTEGER, geo_country_name VARCHAR, geo_population BIGINT)'}""";

    private static final String ARTICLE_COLUMNS = """
            {id: 'VARCHAR', title: 'VARCHAR', date: 'DATE', source: 'VARCHAR', url: 'VARCHAR', origin: 'VARCHAR',
             sentence_count: 'INTEGER', token_count: 'INTEGER', event_count: 'INTEGER', skipped: 'BOOLEAN'}""";

    private static final String PROBLEM_COLUMNS = """
            {article_id: 'VARCHAR', kind: 'VARCHAR', fatal: 'BOOLEAN', origin: 'VARCHAR', message: 'VARCHAR',
             date: 'DATE'}""";

    private static final String COPY_COLUMNS = """
            {article_id: 'VARCHAR', original_id: 'VARCHAR', jaccard: 'DOUBLE', containment: 'DOUBLE', date: 'DATE',
             origin: 'VARCHAR'}""";

    private static final String MERGED_COLUMNS = """
            {id: 'VARCHAR', founding_event_id: 'VARCHAR', first_seen: 'DATE', last_seen: 'DATE',
             source_code: 'VARCHAR', source_name: 'VARCHAR', target_code: 'VARCHAR', target_name: 'VARCHAR',
             cameo_code: 'VARCHAR', base_code: 'VARCHAR', root_code: 'VARCHAR', goldstein: 'DOUBLE',
             quad_class: 'INTEGER', place: 'VARCHAR', num_mentions: 'INTEGER', num_sources: 'INTEGER',
             num_articles: 'INTEGER'}""";

    private static final String MENTION_COLUMNS = """
            {merged_event_id: 'VARCHAR', event_id: 'VARCHAR', article_id: 'VARCHAR', date: 'DATE',
             source: 'VARCHAR', url: 'VARCHAR', sentence_index: 'INTEGER', actor1_offset: 'INTEGER',
             actor2_offset: 'INTEGER', action_offset: 'INTEGER', cameo_code: 'VARCHAR', republished_from: 'VARCHAR'}""";

    private JobOutputSql() {
    }

    /**
     * Loads the folder; returns the rows added per table. A missing sub-folder (a sink that got no record
     * writes none) adds nothing.
     *
     * @throws IllegalArgumentException if the folder has no {@code articles} folder: not the job's output
     */
    public static Map<String, Long> load(Connection connection, Path folder) throws SQLException {
        if (!Files.isDirectory(folder.resolve("articles"))) {
            throw new IllegalArgumentException(folder + " has no articles/ folder: not the output of the sitrep "
                    + "Flink job (or one written before it wrote articles)");
        }
        Map<String, Long> added = new LinkedHashMap<>();
        try (Statement sql = connection.createStatement()) {
            sql.execute("CREATE OR REPLACE TEMP TABLE job_articles AS SELECT * FROM "
                    + (has(folder, "articles") ? source(folder, "articles", ARTICLE_COLUMNS)
                    : "(SELECT * EXCLUDE (ingested_at) FROM articles WHERE false)")
                    + " WHERE id NOT IN (SELECT id FROM articles)");
            // The store stamps an article when it stores it; so does loading.
            added.put("articles", (long) sql.executeUpdate("""
                    INSERT INTO articles BY NAME SELECT id, title, date, source, url, origin,
                        TIMESTAMP '%s' AS ingested_at, sentence_count, token_count, event_count,
                        skipped
                    FROM job_articles""".formatted(
                    java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).withNano(0))));
            if (has(folder, "events")) {
                added.put("events", (long) sql.executeUpdate("""
                        INSERT INTO events BY NAME SELECT id, article_id, sentence_index, date,
                            source.code AS source_code, source.name AS source_name, source.entry AS source_entry,
                            target.code AS target_code, target.name AS target_name, target.entry AS target_entry,
                            cameo_code, base_code, root_code, goldstein, quad_class, sentence AS sentence_text,
                            store.sentence_begin AS sentence_begin, evidence."begin" AS evidence_begin,
                            evidence."end" AS evidence_end, evidence.text AS evidence_text,
                            trigger."begin" AS trigger_begin, trigger."end" AS trigger_end,
                            source."begin" AS source_begin, source."end" AS source_end,
                            target."begin" AS target_begin, target."end" AS target_end, rule,
                            event_date.date AS event_date, upper(event_date.precision) AS date_precision,
                            upper(event_date.basis) AS date_basis, event_date.expression AS date_expression,
                            event_date."begin" AS date_begin, event_date."end" AS date_end,
                            location.feature_id AS geo_feature_id, location.geonames_id AS geo_geonames_id,
                            location.name AS geo_name, location.full_name AS geo_fullname,
                            upper(location.kind) AS geo_kind, store.geo_type AS geo_type,
                            location.country_code AS geo_country_code, store.geo_country_name AS geo_country_name,
                            location.adm1_code AS geo_adm1_code, location.adm1_name AS geo_adm1_name,
                            location.lat AS geo_lat, location.lon AS geo_long,
                            store.geo_population AS geo_population, upper(location.basis) AS geo_basis,
                            location."begin" AS geo_begin, location."end" AS geo_end
                        FROM %s WHERE article_id IN (SELECT id FROM job_articles)"""
                        .formatted(source(folder, "events", EVENT_COLUMNS))));
            }
            String copies = has(folder, "copies") ? source(folder, "copies", COPY_COLUMNS)
                    : "(SELECT NULL::VARCHAR AS article_id, NULL::VARCHAR AS original_id, NULL::DOUBLE AS jaccard,"
                    + " NULL::DOUBLE AS containment WHERE false)";
            if (has(folder, "problems")) {
                // An exact copy's problem names no article in a store (the copy is not stored); a republished
                // copy's names the copy. A problem the store has already (loaded before) is not added again.
                added.put("problems", (long) sql.executeUpdate("""
                        INSERT INTO problems BY NAME SELECT
                            CASE WHEN p.kind = 'DUPLICATE' AND p.article_id NOT IN (SELECT article_id FROM %s)
                                 THEN NULL ELSE p.article_id END AS article_id, p.origin, p.kind, p.message
                        FROM %s p WHERE NOT EXISTS (SELECT 1 FROM problems s
                            WHERE s.origin = p.origin AND s.kind = p.kind AND s.message = p.message)"""
                        .formatted(copies, source(folder, "problems", PROBLEM_COLUMNS))));
            }
            if (has(folder, "copies")) {
                added.put("copies", (long) sql.executeUpdate("""
                        INSERT INTO copies BY NAME SELECT article_id, original_id, original_id AS matched_id, jaccard,
                            containment
                        FROM %s WHERE article_id NOT IN (SELECT article_id FROM copies)""".formatted(copies)));
            }
            if (has(folder, "merged_events")) {
                // A merged event is written again when a report joins it: the line with most mentions is the
                // latest. The job keeps no merge key, so the store's next incremental merge rebuilds all.
                sql.execute("DELETE FROM merged_events WHERE id IN (SELECT id FROM "
                        + source(folder, "merged_events", MERGED_COLUMNS) + ")");
                added.put("merged_events", (long) sql.executeUpdate("""
                        INSERT INTO merged_events BY NAME SELECT DISTINCT ON (id) * FROM %s
                        ORDER BY id, num_mentions DESC""".formatted(source(folder, "merged_events", MERGED_COLUMNS))));
            }
            if (has(folder, "event_mentions")) {
                added.put("event_mentions", (long) sql.executeUpdate("""
                        INSERT INTO event_mentions BY NAME SELECT * FROM %s m
                        WHERE NOT EXISTS (SELECT 1 FROM event_mentions e WHERE e.merged_event_id = m.merged_event_id
                            AND e.event_id = m.event_id AND e.article_id = m.article_id)"""
                        .formatted(source(folder, "event_mentions", MENTION_COLUMNS))));
            }
            sql.execute("DROP TABLE job_articles");
        }
        return added;
    }

    private static boolean has(Path folder, String table) {
        Path sub = folder.resolve(table);
        if (!Files.isDirectory(sub)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(sub)) {
            return files.anyMatch(file -> file.getFileName().toString().endsWith(".jsonl"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + sub, e);
        }
    }

    /** The published part files of one sink (hidden in-progress files do not match), typed column by column. */
    private static String source(Path folder, String table, String columns) {
        String glob = folder.toAbsolutePath().resolve(table).toString().replace("'", "''") + "/*/*.jsonl";
        return "read_json('" + glob + "', format = 'newline_delimited', hive_partitioning = false, columns = " + columns + ")";
    }
}
