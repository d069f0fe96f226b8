package org.sitrep.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.app.internal.ErrorHandler;
import org.sitrep.app.internal.Labels;
import org.sitrep.app.internal.PublishedOption;
import org.sitrep.app.internal.TextTable;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Quote;
import org.sitrep.pipeline.Input;
import org.sitrep.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep quotes}: lists what an article reports people said, and who said it. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"Lists the direct quotes and indirect speech of an article with their speakers, resolved "
                + "to actors where the dictionaries know them. Stores nothing; `sitrep ingest` stores quotes in the "
                + "quotes table, linked to their events in quote_events.",
                "A .txt file is one article whose first line is the title; a .jsonl file holds one per line."})
public final class QuotesCommand implements Callable<Integer> {

    private static final JsonFactory JSON = new JsonFactory();

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private SitrepCommand sitrep;

    @Parameters(paramLabel = "FILE", description = "The article file.")
    private Path file;

    @Mixin
    private PublishedOption published;

    @Option(names = "--json", description = "One JSON object per quote instead of a table.")
    private boolean json;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file: " + file);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean allRead = true;
        TextTable table = new TextTable(List.of("KIND", "SPEAKER", "ACTOR", "CUE", "WORDS"), 8, 30, 10, 12, 70);
        try (ArticleReader reader = ArticleReader.open(List.of(file),
                new ReadOptions(published.date(), Pipeline.DEFAULT_MAX_CHARS))) {
            Iterator<Input> inputs = reader;
            while (inputs.hasNext()) {
                Input input = inputs.next();
                if (!(input instanceof Input.Readable readable)) {
                    err.println(Labels.problem(((Input.Unreadable) input).problem()));
                    allRead = false;
                    continue;
                }
                CodedArticle coded = sitrep.pipeline().process(readable.article(), readable.problems());
                String text = coded.article().text();
                for (Quote quote : coded.quotes()) {
                    if (json) {
                        out.println(toJson(coded, quote));
                    } else {
                        table.add(List.of(quote.kind().name().toLowerCase(Locale.ROOT),
                                quote.hasSpeaker() ? quote.speakerText() : "-",
                                quote.speaker() == null || quote.speaker().code().isEmpty() ? "-" : quote.speaker().code(),
                                quote.cue() == null ? "-" : quote.cue().of(text), quote.text()));
                    }
                }
                coded.problems().forEach(problem -> err.println(Labels.problem(problem)));
            }
        }
        if (!json) {
            table.print(out);
            out.println("(" + table.size() + (table.size() == 1 ? " quote" : " quotes") + ")");
        }
        out.flush();
        return allRead ? 0 : ErrorHandler.FAILURE;
    }

    private static String toJson(CodedArticle coded, Quote quote) {
        StringWriter buffer = new StringWriter();
        try (JsonGenerator out = JSON.createGenerator(buffer)) {
            out.writeStartObject();
            out.writeStringField("article_id", coded.article().id());
            out.writeNumberField("sentence_index", quote.sentence());
            out.writeStringField("kind", quote.kind().name().toLowerCase(Locale.ROOT));
            out.writeStringField("text", quote.text());
            out.writeNumberField("begin", quote.span().begin());
            out.writeNumberField("end", quote.span().end());
            out.writeStringField("speaker", quote.hasSpeaker() ? quote.speakerText() : null);
            out.writeStringField("speaker_code", quote.speaker() == null ? null : quote.speaker().code());
            out.writeStringField("cue", quote.cue() == null ? null : quote.cue().of(coded.article().text()));
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return buffer.toString();
    }
}
