package org.sitrep.pipeline;

/**
 * The environment failed: a file could not be read, the database refused, a model is missing. Unlike bad
 * data, this is not the article's fault; the batch runner records it against the article and goes on, and a
 * command that cannot go on exits with status 1.
 */
public class EnvironmentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EnvironmentException(String message, Throwable cause) {
        super(message, cause);
    }

    public EnvironmentException(String message) {
        super(message);
    }
}
