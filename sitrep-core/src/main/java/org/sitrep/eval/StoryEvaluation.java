package org.sitrep.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sitrep.model.Problem;
import org.sitrep.stories.StoryClusterer;
import org.sitrep.stories.StoryInput;
import org.sitrep.stories.StoryOptions;

/**
 * Scores story clustering on a labelled corpus in the NewsCluster layout: every article is clustered from its
 * text alone, as one batch, and the stories are compared with the gold events.
 */
public final class StoryEvaluation {

    /** The score and what could not be read. */
    public record Result(ClusteringScore score, List<Problem> problems) {
        public Result {
            Objects.requireNonNull(score, "score");
            problems = List.copyOf(problems);
        }
    }

    private StoryEvaluation() {
    }

    public static Result run(Path folder, StoryOptions options) {
        NewsClusterCorpus.Contents contents = NewsClusterCorpus.read(folder);
        if (contents.articles().isEmpty()) {
            throw new IllegalArgumentException("no labelled articles in " + folder);
        }
        Map<String, String> gold = new HashMap<>();
        List<StoryInput> inputs = new ArrayList<>();
        for (NewsClusterCorpus.LabelledArticle labelled : contents.articles()) {
            // Two files with the same text are one article; the first label read wins.
            if (gold.putIfAbsent(labelled.article().id(), labelled.label()) == null) {
                inputs.add(StoryInput.of(labelled.article()));
            }
        }
        Map<String, String> predicted = new StoryClusterer(options).addAll(inputs);
        return new Result(ClusteringScore.of(gold, predicted), contents.problems());
    }
}
