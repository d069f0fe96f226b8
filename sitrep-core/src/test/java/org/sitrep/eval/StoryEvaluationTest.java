package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.stories.StoryOptions;

class StoryEvaluationTest {

    @TempDir
    Path folder;

    private void write(String name, int event, String title, String text) throws IOException {
        String json = "{\"title\": \"" + title + "\", \"text\": \"" + text + "\", \"date_publish\": \"2021-06-0"
                + (1 + event) + "\", \"source_domain\": \"" + name + ".example\", \"url\": \"\", "
                + "\"newsCluster\": {\"EventId\": " + event + "}}";
        Files.writeString(folder.resolve(name + ".json"), json, StandardCharsets.UTF_8);
    }

    @Test
    void scoresInventedCorpusAgainstItsLabels() throws IOException {
        write("a1", 1, "Dam bursts above Kelby",
                "The Kelby dam burst after days of rain and flooded the valley farms.");
        write("a2", 1, "Kelby valley flooded as dam fails",
                "Farms in the Kelby valley were flooded when the dam burst.");
        write("b1", 2, "Orchestra of Pell tours abroad", "The Pell orchestra starts a tour of six cities next week.");
        write("b2", 2, "Pell orchestra begins tour", "Six cities will hear the Pell orchestra on its first tour.");
        StoryEvaluation.Result result = StoryEvaluation.run(folder, StoryOptions.defaults());
        assertEquals(4, result.score().items());
        assertEquals(1.0, result.score().f1(), 1e-9, result.score().summary());
        assertTrue(result.problems().isEmpty());
    }

    /** The real figure, when the shared corpus is at hand; {@code .ci/run} checks it from the command line. */
    @Test
    void newsClusterCorpusReachesTheTunedFigure() {
        Path corpus = org.sitrep.testing.SharedData.require("corpora/newscluster/news_cluster");
        ClusteringScore score = StoryEvaluation.run(corpus, StoryOptions.defaults()).score();
        assertTrue(score.f1() >= 0.92, score.summary());
        assertTrue(score.adjustedRand() >= 0.86, score.summary());
    }
}
