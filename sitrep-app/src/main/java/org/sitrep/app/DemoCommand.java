package org.sitrep.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.sitrep.app.internal.Labels;
import org.sitrep.app.internal.TempDatabase;
import org.sitrep.app.internal.TextTable;
import org.sitrep.coding.CameoCode;
import org.sitrep.coding.CameoTable;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.Problem;
import org.sitrep.pipeline.EnvironmentException;
import org.sitrep.pipeline.Input;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoredEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep demo}: codes a built-in example article, stores it and shows its events. The article is
 * invented (no real event is reported) but written like a wire story, so that it exercises what real news
 * does: a headline, a dateline, quotes, relative dates and several countries.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Codes a built-in example article (an invented wire story), stores it and prints its "
                + "events: source, CAMEO code and description, target, Goldstein score, evidence.",
                "Without --db the store is a temporary file, deleted when the command ends."})
public final class DemoCommand implements Callable<Integer> {

    static final String ARTICLE_RESOURCE = "/org/sitrep/app/demo-article.txt";
    /** The story's publication date; its "on Tuesday" and "on Wednesday" fall in the same week. */
    static final LocalDate ARTICLE_DATE = LocalDate.of(2025, 3, 13);

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private SitrepCommand sitrep;

    @Option(names = "--db", paramLabel = "FILE",
            description = "Store the article here (created if missing) instead of in a temporary file.")
    private Path database;

    @Override
    public Integer call() {
        Input input = ArticleReader.fromText(articleText(), "sitrep demo article", ARTICLE_DATE,
                Pipeline.DEFAULT_MAX_CHARS);
        if (!(input instanceof Input.Readable readable)) {
            throw new IllegalStateException("the built-in demo article is unreadable: "
                    + ((Input.Unreadable) input).problem());
        }
        CodedArticle coded = sitrep.pipeline().process(readable.article(), readable.problems());
        String storedWhere;
        if (database == null) {
            try (TempDatabase temporary = TempDatabase.create()) {
                store(temporary.path(), coded);
            }
            storedWhere = "stored in a temporary DuckDB file, now deleted; --db FILE keeps it";
        } else {
            storedWhere = store(database, coded) ? "stored in " + database
                    : "already in " + database + ", not stored again";
        }
        print(coded, storedWhere);
        return 0;
    }

    /** Stores the article unless it is there already; says whether it stored it. */
    private static boolean store(Path path, CodedArticle coded) {
        try (EventStore store = EventStore.open(path)) {
            if (store.contains(coded.article().id())) {
                return false;
            }
            store.accept(coded);
            return true;
        }
    }

    private void print(CodedArticle coded, String storedWhere) {
        PrintWriter out = spec.commandLine().getOut();
        Article article = coded.article();
        out.println(article.title());
        out.println(Labels.date(article.date()) + ", " + coded.sentences().size() + " sentences, "
                + coded.tokenCount() + " tokens: " + coded.events().size()
                + (coded.events().size() == 1 ? " event" : " events") + ", " + storedWhere + ".");
        out.println();
        CameoTable cameo = CameoTable.standard();
        TextTable table = new TextTable(List.of("SOURCE", "EVENT", "TARGET", "GOLDSTEIN", "EVIDENCE"),
                24, 60, 24, 9, 100);
        for (Event event : coded.events()) {
            String description = cameo.find(event.cameoCode()).map(CameoCode::description)
                    .orElse("(not in the CAMEO table)");
            table.add(List.of(Labels.actor(event.source()), event.cameoCode() + " " + description,
                    Labels.actor(event.target()), Labels.goldstein(event.goldstein()),
                    StoredEvent.of(coded, event).evidenceText()));
        }
        table.print(out);
        if (!coded.problems().isEmpty()) {
            Map<Problem.Kind, Integer> byKind = new TreeMap<>();
            coded.problems().forEach(problem -> byKind.merge(problem.kind(), 1, Integer::sum));
            out.println();
            out.println("problems: " + byKind.toString().replaceAll("[{}]", "").replace('=', ' '));
        }
        out.flush();
    }

    static String articleText() {
        try (InputStream in = DemoCommand.class.getResourceAsStream(ARTICLE_RESOURCE)) {
            if (in == null) {
                throw new EnvironmentException("the build left out " + ARTICLE_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EnvironmentException("cannot read " + ARTICLE_RESOURCE, e);
        }
    }
}
