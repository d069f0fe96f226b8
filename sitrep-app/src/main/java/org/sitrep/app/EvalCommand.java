package org.sitrep.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.eval.ClusteringScore;
import org.sitrep.eval.StoryEvaluation;
import org.sitrep.model.Problem;
import org.sitrep.stories.StoryOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep eval}: scores sitrep against labelled data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores sitrep against labelled data.",
        subcommands = {EvalCommand.Stories.class, EvalPetrarchCommand.class, EvalGoldCommand.class,
                EvalAgreementCommand.class, EvalPlacesCommand.class})
public final class EvalCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code sitrep eval stories PATH}: story clustering against labelled events. */
    @Command(name = "stories", mixinStandardHelpOptions = true,
            description = {"Clusters a labelled corpus into stories and scores the clustering against its labels: "
                    + "B-cubed precision, recall and F1, and the adjusted Rand index.",
                    "PATH is a folder of JSON articles in the NewsCluster layout (title, text, date_publish, "
                    + "source_domain, url, newsCluster.EventId)."})
    static final class Stories implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "PATH", description = "Folder of labelled JSON articles.")
        private Path folder;

        @Option(names = "--min-f1", paramLabel = "F1",
                description = "Fail (exit status 1) when B-cubed F1 is below this, for CI.")
        private Double minimumF1;

        @Override
        public Integer call() {
            if (!Files.isDirectory(folder)) {
                throw new IllegalArgumentException("not a folder: " + folder);
            }
            if (minimumF1 != null && !(minimumF1 >= 0 && minimumF1 <= 1)) {
                throw new IllegalArgumentException("--min-f1 must be in [0, 1]: " + minimumF1);
            }
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            StoryEvaluation.Result result = StoryEvaluation.run(folder, StoryOptions.defaults());
            for (Problem problem : result.problems()) {
                err.println(problem.kind() + " " + problem.origin() + ": " + problem.message());
            }
            ClusteringScore score = result.score();
            out.printf(Locale.ROOT, "articles %d, gold events %d, predicted stories %d%n", score.items(),
                    score.goldClusters(), score.predictedClusters());
            out.printf(Locale.ROOT, "B-cubed precision %.3f, recall %.3f, F1 %.3f%n", score.precision(),
                    score.recall(), score.f1());
            out.printf(Locale.ROOT, "adjusted Rand index %.3f%n", score.adjustedRand());
            out.flush();
            if (minimumF1 != null && score.f1() < minimumF1) {
                err.printf(Locale.ROOT, "sitrep eval stories: B-cubed F1 %.3f is below the required %.3f%n",
                        score.f1(), minimumF1);
                err.flush();
                return 1;
            }
            return 0;
        }
    }
}
