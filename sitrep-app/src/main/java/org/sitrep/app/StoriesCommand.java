package org.sitrep.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.app.internal.Labels;
import org.sitrep.app.internal.StoreOption;
import org.sitrep.app.internal.Stores;
import org.sitrep.coding.CameoCode;
import org.sitrep.coding.CameoTable;
import org.sitrep.store.EventStore;
import org.sitrep.stories.Story;
import org.sitrep.stories.StoryOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep stories}: groups the stored articles into stories and lists them, largest first. */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = {"Lists the stories of the stored articles, largest first: how many articles, their dates, "
                + "a label (key actors: action (place)), key terms and the most central sentences.",
                "Stories are rebuilt from every stored article when articles were added since the last build, "
                + "or with --rebuild; republished copies join their original's story."})
public final class StoriesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption db;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
            description = "At most N stories, 0 for all (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Option(names = "--rebuild", description = "Rebuild the stories even if no article was added.")
    private boolean rebuild;

    @Override
    public Integer call() {
        if (limit < 0) {
            throw new IllegalArgumentException("--limit must not be negative: " + limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Story> stories;
        try (EventStore store = EventStore.open(Stores.existing(db.path()))) {
            if (rebuild || !store.storiesAreCurrent()) {
                CameoTable cameo = CameoTable.standard();
                store.buildStories(StoryOptions.defaults(), code -> cameo.find(code).map(CameoCode::description));
            }
            stories = store.stories(0);
        }
        int shown = 0;
        for (Story story : stories) {
            if (limit > 0 && shown == limit) {
                break;
            }
            shown++;
            int size = story.articleIds().size();
            out.println("#" + shown + "  " + size + (size == 1 ? " article  " : " articles  ")
                    + Labels.date(story.firstSeen()) + ".." + Labels.date(story.lastSeen()) + "  "
                    + story.label().text());
            out.println("    key terms: " + String.join(" ", story.keyTerms()));
            for (String sentence : story.summary()) {
                out.println("    - " + sentence);
            }
        }
        out.println("(" + stories.size() + (stories.size() == 1 ? " story" : " stories")
                + (shown < stories.size() ? ", the first " + shown + "; --limit 0 shows all" : "") + ")");
        out.flush();
        return 0;
    }
}
