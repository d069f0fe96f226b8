package org.sitrep.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.pipeline.EnvironmentException;
import org.sitrep.pipeline.Pipeline;

/** Exit statuses and messages, without loading CoreNLP: these never reach the pipeline or fail making it. */
class ErrorHandlingTest {

    private static final Supplier<Pipeline> NO_PIPELINE = () -> {
        throw new AssertionError("this command must not need the pipeline");
    };

    @TempDir
    Path folder;

    private static Cli.Result run(String... args) {
        return Cli.run(NO_PIPELINE, "", args);
    }

    @Test
    void unknownOptionIsBadUsageOnOneLine() {
        Cli.Result result = run("events", "--colour", "red");
        assertEquals(2, result.status(), result.toString());
        assertEquals(1, result.errLines().size(), result.toString());
        assertTrue(result.err().contains("--colour"), result.toString());
        assertTrue(result.out().isEmpty(), result.toString());
    }

    @Test
    void unknownCommandIsBadUsage() {
        Cli.Result result = run("frobnicate");
        assertEquals(2, result.status(), result.toString());
        assertEquals(1, result.errLines().size(), result.toString());
    }

    @Test
    void badDateIsBadUsageNamingTheExpectedForm() {
        Cli.Result result = run("code", "--date", "13/03/2025", "article.txt");
        assertEquals(2, result.status(), result.toString());
        assertTrue(result.err().contains("YYYY-MM-DD"), result.toString());
    }

    @Test
    void missingArticleFileIsBadUsage() {
        Cli.Result result = run("code", folder.resolve("nowhere.txt").toString());
        assertEquals(2, result.status(), result.toString());
        assertTrue(result.err().startsWith("sitrep: no such file"), result.toString());
    }

    @Test
    void missingIngestPathIsBadUsage() {
        Cli.Result result = run("ingest", folder.resolve("absent").toString(), "--db",
                folder.resolve("x.duckdb").toString());
        assertEquals(2, result.status(), result.toString());
        assertFalse(Files.exists(folder.resolve("x.duckdb")), "no store is created for a failed command");
    }

    @Test
    void zeroThreadsIsBadUsage() {
        Cli.Result result = run("ingest", folder.toString(), "--threads", "0", "--db",
                folder.resolve("x.duckdb").toString());
        assertEquals(2, result.status(), result.toString());
        assertTrue(result.err().contains("--threads"), result.toString());
    }

    @Test
    void missingStoreIsBadUsage() {
        Cli.Result result = run("events", "--db", folder.resolve("none.duckdb").toString());
        assertEquals(2, result.status(), result.toString());
        assertTrue(result.err().contains("no event store"), result.toString());
    }

    @Test
    void malformedFilterIsBadUsage() {
        Cli.Result actor = run("events", "--actor", "Iran!", "--db", folder.resolve("any.duckdb").toString());
        Cli.Result code = run("export", "--format", "csv", "--code", "nineteen");
        assertEquals(2, actor.status(), actor.toString());
        assertEquals(2, code.status(), code.toString());
    }

    @Test
    void unknownExportFormatIsBadUsage() {
        Cli.Result result = run("export", "--format", "xml");
        assertEquals(2, result.status(), result.toString());
        assertTrue(result.err().contains("xml"), result.toString());
    }

    @Test
    void brokenEnvironmentExitsWithOneAndNamesTheCauseWithoutStackTrace() {
        Supplier<Pipeline> broken = () -> {
            throw new EnvironmentException("cannot load the models", new java.io.IOException("disk on fire"));
        };
        Path article = Cli.article(folder, "border-clash.txt");
        Cli.Result result = Cli.run(broken, "", "code", article.toString());
        assertEquals(1, result.status(), result.toString());
        assertEquals(1, result.errLines().size(), result.toString());
        assertTrue(result.err().contains("cannot load the models"), result.toString());
        assertTrue(result.err().contains("disk on fire"), result.toString());
    }

    @Test
    void verbosePrintsTheStackTrace() {
        Supplier<Pipeline> broken = () -> {
            throw new EnvironmentException("cannot load the models");
        };
        Path article = Cli.article(folder, "border-clash.txt");
        Cli.Result result = Cli.run(broken, "", "code", "--verbose", article.toString());
        assertEquals(1, result.status(), result.toString());
        assertTrue(result.errLines().size() > 1, result.toString());
        assertTrue(result.err().contains("\tat "), result.toString());
    }

    @Test
    void unexpectedFailureIsAnInternalErrorWithStatusOne() {
        Supplier<Pipeline> buggy = () -> {
            throw new IllegalStateException("wiring bug");
        };
        Path article = Cli.article(folder, "border-clash.txt");
        Cli.Result result = Cli.run(buggy, "", "code", article.toString());
        assertEquals(1, result.status(), result.toString());
        assertEquals(1, result.errLines().size(), result.toString());
        assertTrue(result.err().contains("internal error"), result.toString());
        assertTrue(result.err().contains("wiring bug"), result.toString());
    }

    @Test
    void versionAndHelpSucceed() {
        Cli.Result version = run("--version");
        Cli.Result help = run("ingest", "--help");
        assertEquals(0, version.status(), version.toString());
        assertTrue(version.out().matches("(?s)sitrep \\d+\\.\\d+\\.\\d+.*"), version.toString());
        assertEquals(0, help.status(), help.toString());
        assertTrue(help.out().contains("--threads"), help.toString());
    }
}
