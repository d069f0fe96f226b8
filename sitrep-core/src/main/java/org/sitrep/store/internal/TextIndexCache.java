package org.sitrep.store.internal;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.duckdb.DuckDBConnection;
import org.sitrep.dedup.DuplicateIndex;
import org.sitrep.model.Article;

/**
 * A store's duplicate index, kept between openings of the same database in this process: a watcher opens the
 * store for every batch, and signing and indexing every stored text again made each batch's time grow with the
 * store. An opening borrows the kept index, cut back to the texts it held when stored (what the last session
 * added is forgotten), with the texts stored since added; closing gives it back. The kept index is trusted only
 * while the store holds the same rows under it (their count and a hash of their ids, read back each time);
 * otherwise, or while another store of the same database has it, every text is indexed again.
 */
public final class TextIndexCache {

    /** The index of the texts at or below {@code lastRowid}: its first {@code size} entries, in stored order. */
    private static final class Kept {
        final long lastRowid;
        final long rows;
        final long idHash;
        final DuplicateIndex index;
        final int size;
        boolean lent;

        Kept(long lastRowid, long[] vouched, DuplicateIndex index) {
            this.lastRowid = lastRowid;
            this.rows = vouched[0];
            this.idHash = vouched[1];
            this.index = index;
            this.size = index.size();
        }
    }

    private static final Map<Path, Kept> KEPT = new HashMap<>();
    private static final AtomicLong INDEXED = new AtomicLong();

    private TextIndexCache() {
    }

    /** An index of every stored text of the database, in stored order, for the caller to add to. */
    public static synchronized DuplicateIndex borrow(DuckDBConnection connection, Path database)
            throws SQLException {
        Path key = database.toAbsolutePath();
        Kept kept = KEPT.get(key);
        if (kept != null && kept.lent) {
            return indexFrom(connection, new DuplicateIndex(), -1);
        }
        if (kept != null) {
            long[] now = vouch(connection, kept.lastRowid);
            if (now[0] != kept.rows || now[1] != kept.idHash) {
                kept = null;
            }
        }
        DuplicateIndex index;
        long lastRowid;
        if (kept == null) {
            index = new DuplicateIndex();
            lastRowid = -1;
        } else {
            index = kept.index;
            index.truncate(kept.size);
            lastRowid = kept.lastRowid;
        }
        lastRowid = readSince(connection, index, lastRowid);
        Kept now = new Kept(lastRowid, vouch(connection, lastRowid), index);
        now.lent = true;
        KEPT.put(key, now);
        return index;
    }

    /** Gives back an index borrowed for the database; one that was not is ignored. */
    public static synchronized void giveBack(Path database, DuplicateIndex index) {
        Kept kept = KEPT.get(database.toAbsolutePath());
        if (kept != null && kept.index == index) {
            kept.lent = false;
        }
    }

    private static DuplicateIndex indexFrom(DuckDBConnection connection, DuplicateIndex index, long lastRowid)
            throws SQLException {
        readSince(connection, index, lastRowid);
        return index;
    }

    /** Adds the texts stored after the rowid, in stored order, and returns the last one's rowid. */
    private static long readSince(DuckDBConnection connection, DuplicateIndex index, long lastRowid)
            throws SQLException {
        long last = lastRowid;
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT t.rowid, t.article_id, a.title, t.body
                FROM article_texts t JOIN articles a ON a.id = t.article_id
                WHERE t.rowid > ? ORDER BY t.rowid""")) {
            query.setLong(1, lastRowid);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    index.add(rows.getString(2), Article.of(rows.getString(3), rows.getString(4), null, "", "", "")
                            .text());
                    INDEXED.incrementAndGet();
                    last = rows.getLong(1);
                }
            }
        }
        return last;
    }

    /** The count of the texts at or below the rowid, and a hash of their ids. */
    private static long[] vouch(DuckDBConnection connection, long lastRowid) throws SQLException {
        // DuckDB's hash is unsigned 64-bit: halved, it fits a signed long.
        try (PreparedStatement query = connection.prepareStatement("SELECT count(*), "
                + "coalesce(bit_xor((hash(article_id) >> 1)::BIGINT), 0) FROM article_texts WHERE rowid <= ?")) {
            query.setLong(1, lastRowid);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return new long[] {result.getLong(1), result.getLong(2)};
            }
        }
    }

    /** How many stored texts were indexed in this process; for tests. */
    public static long indexedSoFar() {
        return INDEXED.get();
    }
}
