package org.sitrep.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.app.internal.DictionariesOption;
import org.sitrep.app.internal.StatementsOption;
import org.sitrep.app.internal.PublishedOption;
import org.sitrep.coding.CameoTable;
import org.sitrep.coding.ExplainableCoder;
import org.sitrep.coding.Explanation;
import org.sitrep.model.Article;
import org.sitrep.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep explain}: shows how the coder reads a sentence, step by step. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Shows how sitrep codes a sentence (or a few): the parse (tokens with tags, lemmas and "
                + "dependency arcs), the actor mentions with their codes and dictionary entries, every pattern "
                + "tried at each trigger word and why it fired or not, and the events.",
                "Every sentence is parsed, even one without an actor or a trigger word."})
public final class ExplainCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private SitrepCommand sitrep;

    @Parameters(paramLabel = "SENTENCE", arity = "1..*",
            description = "The text to explain; several arguments are joined with spaces.")
    private List<String> words;

    @Mixin
    private PublishedOption published;

    @Mixin
    private DictionariesOption dictionaries;

    @Mixin
    private StatementsOption statements;

    @Override
    public Integer call() {
        String text = String.join(" ", words).strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("nothing to explain: the sentence is empty");
        }
        Pipeline pipeline = sitrep.pipeline(dictionaries.folder(), statements.keep());
        if (!(pipeline.coder() instanceof ExplainableCoder coder)) {
            throw new IllegalStateException("the pipeline's coder cannot explain itself");
        }
        Article article = Article.of("", text, published.date(), "", "", "explain");
        PrintWriter out = spec.commandLine().getOut();
        out.print(Explanation.of(pipeline.resolveEverySentence(article), coder, CameoTable.standard(),
                article.id()));
        out.flush();
        return 0;
    }
}
