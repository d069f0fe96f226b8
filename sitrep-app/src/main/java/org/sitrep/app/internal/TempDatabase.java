package org.sitrep.app.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.sitrep.pipeline.EnvironmentException;

/**
 * A DuckDB file in a fresh temporary folder, deleted with the folder (and DuckDB's write-ahead log) on
 * {@link #close()} or, if the command is interrupted, when the JVM exits. A folder rather than a temporary
 * file because DuckDB refuses to open an existing empty file.
 */
public final class TempDatabase implements AutoCloseable {

    private final Path folder;
    private final Thread cleanupAtExit;

    private TempDatabase(Path folder) {
        this.folder = folder;
        this.cleanupAtExit = new Thread(this::delete, "sitrep-temp-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanupAtExit);
    }

    public static TempDatabase create() {
        try {
            return new TempDatabase(Files.createTempDirectory("sitrep-"));
        } catch (IOException e) {
            throw new EnvironmentException("cannot create a temporary folder for the database", e);
        }
    }

    public Path path() {
        return folder.resolve("sitrep.duckdb");
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(cleanupAtExit);
        } catch (IllegalStateException alreadyExiting) {
            // The hook is running or about to; it deletes the folder.
            return;
        }
        delete();
    }

    private void delete() {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new EnvironmentException("cannot delete the temporary database " + folder, e);
        }
    }
}
