package org.sitrep.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.app.internal.PublishedOption;
import org.sitrep.app.internal.TextTable;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Mention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep actors}: shows how each actor mention of a text resolves. */
@Command(name = "actors", mixinStandardHelpOptions = true,
        description = {"Resolves the actor mentions of a text and prints one row per mention: the words, "
                + "the CAMEO actor code, the name and the dictionary entries that gave it.",
                "Unknown proper names are listed too, with an empty code: they show what the dictionaries lack."})
public final class ActorsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private SitrepCommand sitrep;

    @Parameters(paramLabel = "TEXT", description = "The text, in quotes.")
    private String text;

    @Mixin
    private PublishedOption published;

    @Override
    public Integer call() {
        if (text.isBlank()) {
            throw new IllegalArgumentException("the text is empty");
        }
        CodedArticle coded = sitrep.pipeline().process(Article.of("", text, published.date(), "", "", "command line"));
        PrintWriter out = spec.commandLine().getOut();
        TextTable table = new TextTable(List.of("SENT", "MENTION", "SPAN", "CODE", "NAME", "ENTRIES"),
                4, 40, 11, 12, 30, 60);
        for (Mention mention : coded.mentions()) {
            table.add(List.of(Integer.toString(mention.sentence()), mention.span().of(coded.article().text()),
                    mention.span().begin() + "-" + mention.span().end(),
                    mention.actor().isKnown() ? mention.actor().code() : "?", mention.actor().name(),
                    mention.actor().isKnown() ? mention.actor().entry() : "(unknown)"));
        }
        table.print(out);
        out.flush();
        return 0;
    }
}
