package org.sitrep.app.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TempDatabaseTest {

    @Test
    void deletesTheDatabaseAndItsLogOnClose() throws IOException {
        Path database;
        try (TempDatabase temporary = TempDatabase.create()) {
            database = temporary.path();
            Files.writeString(database, "pretend database");
            Files.writeString(database.resolveSibling(database.getFileName() + ".wal"), "pretend log");
            assertTrue(Files.exists(database));
        }
        assertFalse(Files.exists(database.getParent()));
    }
}
