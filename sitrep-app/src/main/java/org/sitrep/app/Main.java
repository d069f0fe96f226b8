package org.sitrep.app;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.sitrep.app.internal.ErrorHandler;
import picocli.CommandLine;

/** Entry point of the {@code sitrep} launcher. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Always UTF-8, whatever the platform's default: actor names and evidence text are not ASCII.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        int status = commandLine(new SitrepCommand()).setOut(out).setErr(err).execute(args);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /**
     * The command line with sitrep's error handling installed: the one place where exceptions become exit
     * statuses and one-line messages. Tests run commands through this too.
     */
    public static CommandLine commandLine(SitrepCommand command) {
        ErrorHandler errors = new ErrorHandler();
        return new CommandLine(command)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors);
    }
}
