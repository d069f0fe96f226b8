package org.sitrep.app.internal;

import java.util.List;
import java.util.Optional;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Problem;
import org.sitrep.pipeline.ArticleSink;
import org.sitrep.pipeline.StageTimes;

/** A sink that charges the time its delegate spends storing to {@link StageTimes.Stage#STORE}. */
public final class TimedSink implements ArticleSink {

    private final ArticleSink delegate;
    private final StageTimes times;

    public TimedSink(ArticleSink delegate, StageTimes times) {
        this.delegate = delegate;
        this.times = times;
    }

    @Override
    public boolean contains(String articleId) {
        StageTimes.Lap lap = times.start();
        boolean contained = delegate.contains(articleId);
        lap.lap(StageTimes.Stage.STORE);
        return contained;
    }

    @Override
    public void accept(CodedArticle article) {
        StageTimes.Lap lap = times.start();
        delegate.accept(article);
        lap.lap(StageTimes.Stage.STORE);
    }

    @Override
    public void reject(Problem problem) {
        StageTimes.Lap lap = times.start();
        delegate.reject(problem);
        lap.lap(StageTimes.Stage.STORE);
    }

    @Override
    public void duplicate(Article article, Problem problem) {
        StageTimes.Lap lap = times.start();
        delegate.duplicate(article, problem);
        lap.lap(StageTimes.Stage.STORE);
    }

    @Override
    public Optional<String> originalOf(Article article) {
        StageTimes.Lap lap = times.start();
        Optional<String> original = delegate.originalOf(article);
        lap.lap(StageTimes.Stage.STORE);
        return original;
    }

    @Override
    public void acceptCopy(Article copy, String originalId, List<Problem> problems) {
        StageTimes.Lap lap = times.start();
        delegate.acceptCopy(copy, originalId, problems);
        lap.lap(StageTimes.Stage.STORE);
    }
}
