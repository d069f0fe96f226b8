package org.sitrep.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sitrep.coding.CameoTable;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.pipeline.BatchRunner;
import org.sitrep.pipeline.Pipeline;

/**
 * Codes gold sentences with a pipeline, each sentence alone as an article of its own with no headline and the
 * sentence's date, and scores the events against the gold ones.
 */
public final class GoldEvaluation {

    private final Pipeline pipeline;

    /** @param pipeline the pipeline {@code sitrep code} uses, or one with other dictionaries */
    public GoldEvaluation(Pipeline pipeline) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    }

    /** The distinct (source, code, target) triples the pipeline codes from the sentence alone. */
    public List<GoldEvent> code(GoldSentence sentence) {
        Article article = Article.of("", sentence.text(), sentence.date(), "", "", "gold:" + sentence.id());
        CodedArticle coded = pipeline.process(article);
        List<GoldEvent> events = new ArrayList<>();
        for (Event event : coded.events()) {
            // A code outside sitrep's table (from other dictionaries) is scored by its root, the nearest code kept.
            String code = CameoTable.standard().find(event.cameoCode()).isPresent() ? event.cameoCode()
                    : event.rootCode();
            events.add(new GoldEvent(event.source().code(), code,
                    event.target() == null ? "" : event.target().code()));
        }
        return events;
    }

    /**
     * Codes every sentence of the contents and scores them; the contents' unreadable lines are counted in the
     * score.
     *
     * @param progress told, after each sentence, how many sentences and distinct events were coded so far
     */
    public GoldScore run(GoldFile.Contents contents, BatchRunner.Progress progress) {
        List<GoldScore.SentenceResult> results = new ArrayList<>();
        long events = 0;
        for (GoldSentence sentence : contents.sentences()) {
            GoldScore.SentenceResult result = new GoldScore.SentenceResult(sentence, code(sentence));
            results.add(result);
            events += result.produced().size();
            progress.update(results.size(), events, 0);
        }
        return GoldScore.of(results, contents.errors().size());
    }
}
