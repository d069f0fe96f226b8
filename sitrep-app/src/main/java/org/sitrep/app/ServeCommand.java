package org.sitrep.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.sitrep.app.internal.StoreOption;
import org.sitrep.app.internal.WatchTiming;
import org.sitrep.app.watch.Watcher;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.store.EventStore;
import org.sitrep.app.internal.Stores;
import org.sitrep.app.server.ServerOptions;
import org.sitrep.app.server.SitrepServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep serve}: the JSON API and web page over an event store, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the web page (map, timeline, actor network, event table, a box to code pasted "
                + "text) and its JSON API over an event store, read-only, until Ctrl-C.",
                "The API is described at /api/openapi. Nothing is fetched from the network, except feed "
                + "addresses given to --watch.",
                "With --watch, the server also follows folders, files and feeds as 'sitrep watch' does, in the "
                + "same process (DuckDB lets one program write a store), and the page and API show new events "
                + "as each batch is committed, without a restart. The store is then held by this process for "
                + "as long as it runs; read it through /api/sql meanwhile."})
public final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private SitrepCommand sitrep;

    @Mixin
    private StoreOption db;

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

    @Option(names = "--watch", paramLabel = "PATH|URL",
            description = "Follow these folders, files, .feeds lists or feed addresses and code what appears "
                    + "into the store while serving it (repeatable); the store is created if missing.")
    private List<String> watch;

    @Option(names = "--watch-threads", paramLabel = "N", defaultValue = "1",
            description = "Coding threads of the watcher, beside the server's (default: ${DEFAULT-VALUE}).")
    private int watchThreads;

    @Mixin
    private WatchTiming timing;

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
        boolean watching = watch != null && !watch.isEmpty();
        if (watching) {
            timing.interval();
            EventStore.open(db.path()).close();
        }
        ServerOptions options = ServerOptions.of(Stores.existing(db.path()), port).withHostAndToken(host, secret);
        // One pipeline for the page's coder and the watcher: CoreNLP is loaded once.
        Supplier<Pipeline> pipelines = once(sitrep::pipeline);
        SitrepServer[] started = new SitrepServer[1];
        Watcher watcher = watching ? new Watcher(watch, new ReadOptions(null, Pipeline.DEFAULT_MAX_CHARS), pipelines,
                watchThreads, timing.settle(), timing.feedInterval(), () -> started[0].openStore(),
                Clock.systemUTC()) : null;
        CountDownLatch stopped = new CountDownLatch(1);
        SitrepServer server = SitrepServer.start(options, pipelines, watching);
        started[0] = server;
        AtomicBoolean stop = new AtomicBoolean();
        PrintWriter out = spec.commandLine().getOut();
        Thread watchThread = watcher == null ? null : new Thread(() -> watcher.run(timing.interval(), stop::get, batch -> {
            synchronized (out) {
                out.println(batch.summary());
                out.flush();
            }
        }), "sitrep-watch");
        Runnable shutdown = () -> {
            stop.set(true);
            if (watchThread != null) {
                try {
                    // The batch in progress finishes its commit before the store closes.
                    watchThread.join(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            server.close();
        };
        Thread hook = new Thread(() -> {
            shutdown.run();
            stopped.countDown();
        }, "sitrep-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        synchronized (out) {
            out.println("sitrep serves " + db.path() + " at " + server.uri(host.contains(":") ? "[" + host + "]" : host)
                    + (secret == null ? "" : " (open it with ?token=TOKEN)")
                    + (watching ? ", watching " + String.join(", ", watch) : "") + " (Ctrl-C stops it)");
            out.flush();
        }
        if (watchThread != null) {
            watchThread.start();
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            // Stopped from within this process (a test, an embedding program): no hook is left behind.
            // The flag is set again only after stopping: Jetty's stop fails on an interrupted thread.
            Runtime.getRuntime().removeShutdownHook(hook);
            shutdown.run();
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** A supplier that builds its value once, whichever thread asks first. */
    private static <T> Supplier<T> once(Supplier<T> factory) {
        Object[] value = new Object[1];
        return () -> {
            synchronized (value) {
                if (value[0] == null) {
                    value[0] = factory.get();
                }
                @SuppressWarnings("unchecked")
                T result = (T) value[0];
                return result;
            }
        };
    }
}
