package org.sitrep.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.EventStore;

/** {@code sitrep watch} from the command line: one look with --once, and bad usage. */
class WatchCommandTest {

    @TempDir
    Path folder;

    @Test
    void oneLookCodesWhatIsThereMergesItAndLeavesTheStoreToReaders() {
        Path inbox = folder.resolve("inbox");
        Cli.article(inbox, "border-clash.txt");
        Path database = folder.resolve("watch.duckdb");
        Cli.Result result = Cli.run("watch", "--once", "--settle", "0", "--threads", "1", "--db",
                database.toString(), inbox.toString());
        assertEquals(0, result.status(), result.toString());
        assertTrue(result.out().contains("read 1, coded 1"), result.toString());
        assertTrue(result.out().contains("merged events"), result.toString());
        try (EventStore reader = EventStore.openReadOnly(database)) {
            long merged = (Long) reader.sql("SELECT count(*) FROM merged_events", 0).rows().get(0).get(0);
            assertTrue(merged > 0, result.toString());
        }
        Cli.Result again = Cli.run("watch", "--once", "--settle", "0", "--db", database.toString(), inbox.toString());
        assertEquals(0, again.status(), again.toString());
        assertTrue(again.out().contains("read 1, coded 0, skipped 1 (DUPLICATE 1)"),
                "a new process reads the folder again; the store knows the article: " + again);
    }

    @Test
    void aMissingFolderOrABadIntervalIsBadUsage() {
        String database = folder.resolve("watch.duckdb").toString();
        Cli.Result missing = Cli.run("watch", "--once", "--db", database, folder.resolve("nowhere").toString());
        assertEquals(2, missing.status(), missing.toString());
        assertTrue(missing.err().contains("no such file or folder"), missing.toString());
        Cli.Result interval = Cli.run("watch", "--interval", "-1", "--db", database, folder.toString());
        assertEquals(2, interval.status(), interval.toString());
        assertTrue(interval.err().contains("--interval"), interval.toString());
    }
}
