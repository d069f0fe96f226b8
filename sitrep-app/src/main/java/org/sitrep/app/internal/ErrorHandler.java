package org.sitrep.app.internal;

import java.io.PrintWriter;
import java.util.Arrays;
import org.sitrep.pipeline.EnvironmentException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place where failures become exit statuses and messages. Bad usage (a picocli parameter error, or
 * an {@link IllegalArgumentException} from a command or the engine) exits with {@link #USAGE}; a broken
 * environment or anything else exits with {@link #FAILURE}. Each prints one line on stderr, and a stack
 * trace only with {@code --verbose}.
 */
public final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

    public static final int FAILURE = 1;
    public static final int USAGE = 2;

    private static final String VERBOSE = "--verbose";

    @Override
    public int handleParseException(ParameterException exception, String[] args) {
        CommandLine command = exception.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("sitrep: " + oneLine(exception.getMessage()) + " (see '"
                + command.getCommandSpec().qualifiedName() + " --help')");
        if (Arrays.asList(args).contains(VERBOSE)) {
            exception.printStackTrace(err);
        }
        err.flush();
        return USAGE;
    }

    @Override
    public int handleExecutionException(Exception exception, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        int status;
        if (exception instanceof ParameterException || exception instanceof IllegalArgumentException) {
            err.println("sitrep: " + oneLine(exception.getMessage()));
            status = USAGE;
        } else if (exception instanceof EnvironmentException) {
            err.println("sitrep: " + oneLine(exception.getMessage()) + causeOf(exception));
            status = FAILURE;
        } else {
            // Not an expected kind of failure, so a bug: the exception's class is the most useful clue.
            err.println("sitrep: internal error: " + oneLine(String.valueOf(exception)) + causeOf(exception)
                    + " (run with --verbose for details)");
            status = FAILURE;
        }
        if (verbose(parseResult)) {
            exception.printStackTrace(err);
        }
        err.flush();
        return status;
    }

    private static boolean verbose(ParseResult parseResult) {
        for (ParseResult level = parseResult; level != null; level = level.subcommand()) {
            if (level.hasMatchedOption(VERBOSE)) {
                return true;
            }
        }
        return false;
    }

    private static String causeOf(Throwable exception) {
        Throwable cause = exception.getCause();
        return cause == null ? "" : ": " + oneLine(String.valueOf(cause));
    }

    /** Messages from DuckDB or CoreNLP may span lines; a message on stderr is one. */
    static String oneLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
