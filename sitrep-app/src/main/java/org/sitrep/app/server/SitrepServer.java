package org.sitrep.app.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.util.JavalinBindException;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.sitrep.app.server.internal.Api;
import org.sitrep.app.server.internal.ApiErrors;
import org.sitrep.app.server.internal.CodeService;
import org.sitrep.app.server.internal.Database;
import org.sitrep.app.server.internal.EventViews;
import org.sitrep.app.server.internal.Exports;
import org.sitrep.app.server.internal.Gate;
import org.sitrep.app.server.internal.JsonErrors;
import org.sitrep.app.server.internal.MergedEvents;
import org.sitrep.app.server.internal.Queries;
import org.sitrep.app.server.internal.ResponseCache;
import org.sitrep.app.server.internal.SqlService;
import org.sitrep.app.server.internal.StoreShape;
import org.sitrep.pipeline.EnvironmentException;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.store.EventStore;

/**
 * The HTTP server: the JSON API under {@code /api} and the web page at {@code /}. Read-only by design: the
 * store is opened read-only and nothing the API offers writes; only when started to be written alongside
 * ({@code serve --watch}) is the one DuckDB instance writable, for {@link #openStore()}, and then the
 * queries are still one checked SELECT each. No client can harm another: analysts' SQL runs
 * apart from the page's queries and in isolation, the coder takes clients in turn, bodies are bounded however
 * they are sent, and requests must come for this host, from this origin, with the token when one is set.
 */
public final class SitrepServer implements AutoCloseable {

    /** Where the Maven build puts the bundled page (see sitrep-app/web/build.mjs): index.html and the favicon. */
    static final String WEB_RESOURCES = "/org/sitrep/app/server/web/page";
    /** Scripts and style sheet, named by a hash of their content: a changed file is a new address. */
    static final String WEB_ASSETS = "/org/sitrep/app/server/web/assets";
    /** What browsers may do with each: keep hashed assets a year unasked, ask again for the page every time. */
    static final String ASSETS_CACHING = "public, max-age=31536000, immutable";
    static final String PAGE_CACHING = "no-cache";
    /**
     * Bytes of the page's JSON answers kept for identical requests: a page view's answers are some tens of
     * kilobytes to a megabyte, so this keeps hundreds of distinct views.
     */
    static final long ANSWER_CACHE_BYTES = 32L * 1024 * 1024;

    private final Javalin app;
    private final Database database;
    private final CodeService coder;
    private final SqlService sql;

    private SitrepServer(Javalin app, Database database, CodeService coder, SqlService sql) {
        this.app = app;
        this.database = database;
        this.coder = coder;
        this.sql = sql;
    }

    private static void closeQuietly(CodeService coder, SqlService sql) {
        if (coder != null) {
            coder.close();
        }
        if (sql != null) {
            sql.close();
        }
    }

    /**
     * Opens the store and starts listening.
     *
     * @param pipelines builds the pipeline for {@code POST /api/code}; called once, in the background
     */
    public static SitrepServer start(ServerOptions options, Supplier<Pipeline> pipelines) {
        return start(options, pipelines, false);
    }

    /**
     * As {@link #start(ServerOptions, Supplier)}; with {@code writable}, the store is opened so that
     * {@link #openStore()} can write it while the server reads it, each query seeing the last committed
     * article.
     */
    public static SitrepServer start(ServerOptions options, Supplier<Pipeline> pipelines, boolean writable) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(pipelines, "pipelines");
        // Many small queries side by side: one DuckDB worker thread each beats parallel plans that fight
        // over two cores (141 against 126 requests/s in the 200-client load test).
        Database database = Database.open(options.database(), options.connections(), 1, writable);
        CodeService coder = null;
        SqlService sql = null;
        try {
            StoreShape shape = database.read(StoreShape::read);
            EventViews views = standardViews();
            Queries queries = new Queries(database, shape, views);
            coder = new CodeService(pipelines, options.codingThreads(), options.codingPerClient(),
                    options.maxTextChars(), views);
            sql = new SqlService(database, options.sqlMaxRows(), options.sqlMaxBytes(), options.sqlTimeout(),
                    options.sqlQueries(), options.sqlPerClient());
            Gate gate = new Gate(ServerOptions.isLoopback(options.host()), options.host(), options.token());
            // Two exports at once: each holds a connection of its own for as long as its client reads.
            Api api = new Api(queries, new MergedEvents(database, shape, views), new Exports(database, shape, 2), coder,
                    sql, gate, options.maxBodyBytes(), new ObjectMapper(),
                    new ResponseCache(ANSWER_CACHE_BYTES, database.version()::current));
            boolean page = SitrepServer.class.getResource(WEB_RESOURCES + "/index.html") != null;
            Javalin app = Javalin.create(config -> {
                config.startup.showJavalinBanner = false;
                config.http.maxRequestSize = options.maxBodyBytes();
                // A method the address does not take is a 405 naming the ones it does, not a 404.
                config.http.prefer405over404 = true;
                config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrors()));
                config.jsonMapper(new JavalinJackson(new ObjectMapper(), false));
                if (page) {
                    config.staticFiles.add(files -> {
                        files.hostedPath = "/assets";
                        files.directory = WEB_ASSETS;
                        files.location = Location.CLASSPATH;
                        files.headers = Map.of("Cache-Control", ASSETS_CACHING);
                    });
                    config.staticFiles.add(files -> {
                        files.hostedPath = "/";
                        files.directory = WEB_RESOURCES;
                        files.location = Location.CLASSPATH;
                        files.headers = Map.of("Cache-Control", PAGE_CACHING);
                    });
                }
                api.register(config.routes, page);
                // One mapper for all: Javalin looks up its own HttpResponseException apart from other exceptions.
                config.routes.exception(Exception.class, ApiErrors::handle);
                config.routes.exception(HttpResponseException.class, ApiErrors::handle);
                config.routes.error(404, context -> {
                    if (context.path().startsWith("/api")) {
                        ApiErrors.notFound(context);
                    }
                });
            });
            try {
                app.start(options.host(), options.port());
            } catch (JavalinBindException e) {
                throw new EnvironmentException("port " + options.port() + " on " + options.host()
                        + " is already in use: stop the program using it or choose another with --port", null);
            }
            return new SitrepServer(app, database, coder, sql);
        } catch (RuntimeException e) {
            closeQuietly(coder, sql);
            database.close();
            throw e;
        }
    }

    private static EventViews standardViews() {
        try {
            return EventViews.standard();
        } catch (ExceptionInInitializerError e) {
            // The built-in CAMEO table and lexicon load in static initialisers; a missing file is the
            // environment's fault and must reach the caller as what it is.
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * The served store, opened for writing on the server's own DuckDB instance; the caller closes it. Only
     * for a server started writable.
     *
     * @throws IllegalStateException if the server was started read-only
     */
    public EventStore openStore() {
        // The store advances the version after each commit, which is what makes the cached answers stale.
        return EventStore.openOn(database.writer(), database.path(), database.version());
    }

    /** The port it listens on, the chosen one when started on port 0. */
    public int port() {
        return app.port();
    }

    public URI uri(String host) {
        return URI.create("http://" + host + ":" + port() + "/");
    }

    /** Stops listening and closes the store. */
    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            closeQuietly(coder, sql);
            database.close();
        }
    }
}
