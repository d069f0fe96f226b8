package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store written on a shared instance advances its data version after each commit, never before it. */
class DataVersionTest {

    @TempDir
    Path folder;

    private static long events(DuckDBConnection reader) throws Exception {
        try (Statement statement = reader.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM events")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void eachCommitAdvancesTheVersionOnceItsRowsAreVisibleToOtherConnections() throws Exception {
        Path database = folder.resolve("version.duckdb");
        EventStore.open(database).close();
        DataVersion version = new DataVersion();
        try (DuckDBConnection root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + database);
             DuckDBConnection reader = root.duplicate()) {
            long seen;
            try (EventStore store = EventStore.openOn(root.duplicate(), database, version)) {
                seen = version.current();
                store.accept(CodedArticles.titled("Ostmark and Valdoria resume talks")
                        .sentence("Ostmark envoys met Valdorian diplomats in Geneva.")
                        .date(LocalDate.of(2021, 3, 9))
                        .event(1, "Ostmark envoys", "OSTGOV", "met", "Valdorian diplomats", "VALGOV", "043", 2.8, 1)
                        .build());
                assertEquals(seen, version.current(), "nothing committed yet");
                assertEquals(0, events(reader));
                store.flush();
                assertTrue(version.current() > seen, "the commit advanced it");
                assertEquals(1, events(reader));
                seen = version.current();
            }
            assertTrue(version.current() > seen, "closing commits, and advances it");
        }
    }
}
