package org.sitrep.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sitrep.app.internal.Stores;
import org.sitrep.app.server.ServerOptions;
import org.sitrep.app.server.SitrepServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep serve}: the JSON API and web page over an event store, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the web page (map, timeline, actor network, event table, a box to code pasted "
                + "text) and its JSON API over an event store, read-only, until Ctrl-C.",
                "The API is described at /api/openapi. Nothing is fetched from the network."})
public final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private SitrepCommand sitrep;

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "sitrep.duckdb",
            description = "The DuckDB event store (default: ${DEFAULT-VALUE}).")
    private Path database;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "The port to listen on, 0 for any free one (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only). Any other "
                    + "address needs a token.")
    private String host;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "A secret every request must carry (Authorization: Bearer TOKEN, or open the page once "
                    + "with ?token=TOKEN); at least " + ServerOptions.MIN_TOKEN_LENGTH + " characters. Defaults "
                    + "to the environment variable " + TOKEN_VARIABLE + "; required when --host is not loopback.")
    private String token;

    /** Where the token may come from instead of the command line, which other users of the machine can see. */
    static final String TOKEN_VARIABLE = "SITREP_TOKEN";

    @Override
    public Integer call() {
        String secret = token != null ? token : System.getenv(TOKEN_VARIABLE);
        if (secret != null && secret.isEmpty()) {
            secret = null;
        }
        PrintWriter err = spec.commandLine().getErr();
        if (!ServerOptions.isLoopback(host)) {
            err.println("warning: listening on " + host + " lets other machines reach this server; every request "
                    + "must carry the token, and traffic is not encrypted (plain HTTP)");
            err.flush();
        }
        ServerOptions options = ServerOptions.of(Stores.existing(database), port).withHostAndToken(host, secret);
        CountDownLatch stopped = new CountDownLatch(1);
        SitrepServer server = SitrepServer.start(options, sitrep::pipeline);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "sitrep-serve-shutdown"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("sitrep serves " + database + " at " + server.uri(host.contains(":") ? "[" + host + "]" : host)
                + (secret == null ? "" : " (open it with ?token=TOKEN)") + " (Ctrl-C stops it)");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.close();
        }
        return 0;
    }
}
