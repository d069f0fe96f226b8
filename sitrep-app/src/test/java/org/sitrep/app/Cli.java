package org.sitrep.app;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.sitrep.nlp.StandardPipeline;
import org.sitrep.pipeline.Pipeline;
import picocli.CommandLine;

/** Runs sitrep commands in-process, as the launcher would, with captured output. */
final class Cli {

    /** The outcome of one command. */
    record Result(int status, String out, String err) {

        List<String> outLines() {
            return out.isEmpty() ? List.of() : List.of(out.split("\\R"));
        }

        List<String> errLines() {
            return err.isEmpty() ? List.of() : List.of(err.split("\\R"));
        }

        @Override
        public String toString() {
            return "status " + status + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    // Loading CoreNLP takes seconds and a gigabyte: every test of the module shares one pipeline.
    private static Pipeline shared;

    private Cli() {
    }

    static synchronized Pipeline pipeline() {
        if (shared == null) {
            shared = StandardPipeline.create();
        }
        return shared;
    }

    static Result run(String... args) {
        return run(Cli::pipeline, "", args);
    }

    static Result runWithStdin(String stdin, String... args) {
        return run(Cli::pipeline, stdin, args);
    }

    static Result run(Supplier<Pipeline> pipelines, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        CommandLine commandLine = Main.commandLine(new SitrepCommand(pipelines, in));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int status = commandLine.execute(args);
        return new Result(status, out.toString(), err.toString());
    }

    /** Copies a test article from the class path into {@code folder}. */
    static Path article(Path folder, String name) {
        try (InputStream in = Cli.class.getResourceAsStream("articles/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test article " + name);
            }
            Path file = folder.resolve(name);
            Files.createDirectories(folder);
            Files.write(file, in.readAllBytes());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        try (InputStream in = Cli.class.getResourceAsStream("articles/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
