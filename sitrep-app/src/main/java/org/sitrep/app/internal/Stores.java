package org.sitrep.app.internal;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks on store paths that commands share. */
public final class Stores {

    private Stores() {
    }

    /** The path of a store that must already exist: a missing one is a typo or a missed ingest, so bad usage. */
    public static Path existing(Path database) {
        if (!Files.isRegularFile(database)) {
            throw new IllegalArgumentException("no event store at " + database
                    + " (create one with 'sitrep ingest', or pass --db)");
        }
        return database;
    }
}
