package org.sitrep.app.server.internal;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.sitrep.app.server.internal.Views.ErrorBody;
import org.sitrep.pipeline.EnvironmentException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where exceptions become HTTP answers: a bad parameter or body ({@link IllegalArgumentException})
 * is a 400 with its message, Javalin's own answers keep their status, a client over its share is a 429, a
 * broken environment is a 503 that says what failed but not where or how, and anything else a 500 that says
 * only that the server failed. Stack traces and file paths go to the server's log, never to clients. Jetty's
 * own answers (a request it cannot parse) come from {@link JsonErrors}, in the same shape.
 */
public final class ApiErrors {

    private static final String ANSWERED = "sitrep.error-answered";
    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    private ApiErrors() {
    }

    public static void handle(Exception exception, Context context) {
        int status;
        String message;
        if (exception instanceof IllegalArgumentException) {
            status = 400;
            message = oneLine(exception.getMessage());
        } else if (exception instanceof HttpResponseException http) {
            status = http.getStatus();
            message = oneLine(http.getMessage());
            String allowed = http.getDetails().getOrDefault("availableMethods",
                    http.getDetails().get("Available methods"));
            if (status == 405 && allowed != null) {
                context.header("Allow", allowed);
                message = context.method() + " is not taken by " + context.path() + "; it takes " + allowed;
            }
        } else if (exception instanceof TooMany) {
            status = 429;
            message = oneLine(exception.getMessage());
        } else if (exception instanceof Busy) {
            status = 503;
            message = oneLine(exception.getMessage());
        } else if (exception instanceof EnvironmentException) {
            // The message names files and DuckDB's internals: the log keeps it, the client learns what failed.
            LOG.error("{} {} failed", context.method(), context.path(), exception);
            status = 503;
            message = context.path().startsWith("/api/code")
                    ? "the server cannot load its coding models; the server's log has the details"
                    : "the server cannot read its event store; the server's log has the details";
        } else {
            LOG.error("{} {} failed", context.method(), context.path(), exception);
            status = 500;
            message = "internal error; the server's log has the details";
        }
        context.attribute(ANSWERED, true);
        context.status(status).json(new ErrorBody(status, message));
    }

    /** An answer for an unmatched address, in JSON like every other error; a 404 already explained stays. */
    public static void notFound(Context context) {
        if (Boolean.TRUE.equals(context.attribute(ANSWERED))) {
            return;
        }
        context.json(new ErrorBody(404, "no such endpoint: " + context.method() + " " + context.path()
                + " (the API is described at /api/openapi)"));
    }

    static String oneLine(String message) {
        if (message == null || message.isBlank()) {
            return "(no message)";
        }
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** This client already runs its share of such requests; it may try again once one has answered. */
    public static final class TooMany extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public TooMany(String message) {
            super(message);
        }
    }

    /** The server is too busy for this request now; the client may try again. */
    public static final class Busy extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Busy(String message) {
            super(message);
        }
    }
}
