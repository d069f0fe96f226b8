package org.sitrep.app.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.net.URI;
import java.util.Objects;
import java.util.function.Supplier;
import org.sitrep.app.server.internal.Api;
import org.sitrep.app.server.internal.ApiErrors;
import org.sitrep.app.server.internal.CodeService;
import org.sitrep.app.server.internal.Database;
import org.sitrep.app.server.internal.EventViews;
import org.sitrep.app.server.internal.Queries;
import org.sitrep.app.server.internal.StoreShape;
import org.sitrep.pipeline.Pipeline;

/**
 * The HTTP server: the JSON API under {@code /api} and the web page at {@code /}. Read-only by design: the
 * store is opened read-only and nothing the API offers writes.
 */
public final class SitrepServer implements AutoCloseable {

    /** Where the Maven build puts the bundled page (see sitrep-app/web). */
    static final String WEB_RESOURCES = "/org/sitrep/app/server/web";

    private final Javalin app;
    private final Database database;

    private SitrepServer(Javalin app, Database database) {
        this.app = app;
        this.database = database;
    }

    /**
     * Opens the store and starts listening.
     *
     * @param pipelines builds the pipeline for {@code POST /api/code}; called once, in the background
     */
    public static SitrepServer start(ServerOptions options, Supplier<Pipeline> pipelines) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(pipelines, "pipelines");
        // Many small queries side by side: one DuckDB worker thread each beats parallel plans that fight
        // over two cores (141 against 126 requests/s in the 200-client load test).
        Database database = Database.open(options.database(), options.connections(), 1);
        try {
            StoreShape shape = database.read(StoreShape::read);
            EventViews views = standardViews();
            Queries queries = new Queries(database, shape, views);
            CodeService coder = new CodeService(pipelines, options.codingThreads(), options.maxTextChars(), views);
            Api api = new Api(queries, coder, database, options.sqlMaxRows(), options.sqlTimeout(),
                    new ObjectMapper());
            boolean page = SitrepServer.class.getResource(WEB_RESOURCES + "/index.html") != null;
            Javalin app = Javalin.create(config -> {
                config.showJavalinBanner = false;
                config.http.maxRequestSize = options.maxBodyBytes();
                config.jsonMapper(new JavalinJackson(new ObjectMapper(), false));
                if (page) {
                    config.staticFiles.add(files -> {
                        files.hostedPath = "/";
                        files.directory = WEB_RESOURCES;
                        files.location = Location.CLASSPATH;
                    });
                }
            });
            api.register(app, page);
            // One mapper for all: Javalin looks up its own HttpResponseException apart from other exceptions.
            app.exception(Exception.class, ApiErrors::handle);
            app.exception(HttpResponseException.class, ApiErrors::handle);
            app.error(404, context -> {
                if (context.path().startsWith("/api")) {
                    ApiErrors.notFound(context);
                }
            });
            app.start(options.host(), options.port());
            return new SitrepServer(app, database);
        } catch (RuntimeException e) {
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
            database.close();
        }
    }
}
