package org.sitrep.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.app.internal.DictionariesOption;
import org.sitrep.app.internal.StatementsOption;
import org.sitrep.app.internal.ErrorHandler;
import org.sitrep.app.internal.Labels;
import org.sitrep.app.internal.PublishedOption;
import org.sitrep.export.EventJson;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.Problem;
import org.sitrep.pipeline.EnvironmentException;
import org.sitrep.pipeline.Input;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.store.StoredEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep code}: codes one article and prints its events as JSON lines, storing nothing. */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = {"Codes one article and prints its events as JSON lines on stdout; problems go to "
                + "stderr, one a line. Nothing is stored.",
                "A .txt file is one article whose first line is the title; '-' reads that from stdin. "
                + "Exits with 1 when the article could not be coded at all (empty, binary)."})
public final class CodeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private SitrepCommand sitrep;

    @Parameters(paramLabel = "FILE|-", description = "The article file, or - for stdin.")
    private String file;

    @Mixin
    private PublishedOption published;

    @Mixin
    private DictionariesOption dictionaries;

    @Mixin
    private StatementsOption statements;

    @Override
    public Integer call() {
        if (file.equals("-")) {
            String text;
            try {
                text = new String(sitrep.stdin().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new EnvironmentException("cannot read stdin", e);
            }
            Input input = ArticleReader.fromText(text, "stdin", published.date(), Pipeline.DEFAULT_MAX_CHARS);
            return codeAll(List.of(input).iterator());
        }
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("no such file: " + file);
        }
        try (ArticleReader reader = ArticleReader.open(List.of(path),
                new ReadOptions(published.date(), Pipeline.DEFAULT_MAX_CHARS))) {
            return codeAll(reader);
        }
    }

    /** Codes what the reader yields: one article for a text file, each line of a JSON-lines file. */
    private int codeAll(Iterator<Input> inputs) {
        Pipeline pipeline = sitrep.pipeline(dictionaries.folder(), statements.keep());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean allCoded = true;
        while (inputs.hasNext()) {
            Input input = inputs.next();
            List<Problem> problems;
            if (input instanceof Input.Readable readable) {
                CodedArticle coded = pipeline.process(readable.article(), readable.problems());
                for (Event event : coded.events()) {
                    out.println(EventJson.toJson(StoredEvent.of(coded, event)));
                }
                problems = coded.problems();
                allCoded &= !coded.wasSkipped();
            } else {
                problems = List.of(((Input.Unreadable) input).problem());
                allCoded = false;
            }
            out.flush();
            problems.forEach(problem -> err.println(Labels.problem(problem)));
        }
        return allCoded ? 0 : ErrorHandler.FAILURE;
    }
}
