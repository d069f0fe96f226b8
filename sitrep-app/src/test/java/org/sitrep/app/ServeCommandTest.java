package org.sitrep.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.app.server.StoreFixture.event;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.server.StoreFixture;
import org.sitrep.pipeline.EnvironmentException;
import org.sitrep.pipeline.Pipeline;

/** {@code sitrep serve} refusing to start, with the project's exit statuses and one-line messages. */
class ServeCommandTest {

    private static final Supplier<Pipeline> NO_MODELS = () -> {
        throw new EnvironmentException("no models in this test", null);
    };

    @TempDir
    Path folder;

    private String store() {
        return new StoreFixture()
                .article(event("2025-04-01", "NORGOV", "Norland", "accused", "VALGOV", "Vallonia", "112", -2, 3))
                .writeVersion1(folder.resolve("serve.duckdb")).toString();
    }

    @Test
    void aPortInUseExitsWithOneSayingSoNotAsAnInternalError() throws Exception {
        String database = store();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Cli.Result result = Cli.run(NO_MODELS, "", "serve", "--port", String.valueOf(taken.getLocalPort()),
                    "--db", database);
            assertEquals(1, result.status(), result.toString());
            assertTrue(result.err().contains("already in use"), result.toString());
            assertFalse(result.err().contains("internal error"), result.toString());
        }
    }

    @Test
    void listeningBeyondLoopbackWarnsAndWithoutATokenIsBadUsage() {
        Cli.Result result = Cli.run(NO_MODELS, "", "serve", "--host", "0.0.0.0", "--port", "0", "--db", store());
        assertEquals(2, result.status(), result.toString());
        assertTrue(result.err().contains("warning: listening on 0.0.0.0"), result.toString());
        assertTrue(result.err().contains("--token"), result.toString());
    }
}
