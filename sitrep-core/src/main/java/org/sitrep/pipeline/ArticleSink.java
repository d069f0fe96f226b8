package org.sitrep.pipeline;

import java.util.List;
import java.util.Optional;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Problem;

/**
 * Where the batch runner puts its results, such as the DuckDB store. Called from one thread at a time, in
 * input order.
 */
public interface ArticleSink {

    /** Whether an article with this content id was stored before; such articles are skipped, not recoded. */
    boolean contains(String articleId);

    void accept(CodedArticle article);

    /** A record that held no article. */
    void reject(Problem problem);

    /**
     * A record whose article has the content of one stored before or earlier in this batch, with the
     * {@link Problem.Kind#DUPLICATE} problem that says so. A sink that knows where its articles were read
     * from may leave out a record that is the stored article read again; this default stores the problem.
     */
    default void duplicate(Article article, Problem problem) {
        reject(problem);
    }

    /**
     * The article that {@code article} republishes, if it is a near-duplicate of one stored before or handed
     * to the runner earlier in this batch. Such a copy is not coded: the runner passes it to
     * {@link #acceptCopy} once the original is stored. Asked once for each new article, in input order,
     * before it is coded. A sink that does not look for copies answers empty, as this default does.
     */
    default Optional<String> originalOf(Article article) {
        return Optional.empty();
    }

    /**
     * Stores a republished copy of the stored article {@code originalId}: it counts as one more report of
     * the original's events and creates none of its own.
     *
     * @param problems the reader's problems with the copy and the {@link Problem.Kind#DUPLICATE} that says
     *                 whose copy it is
     */
    default void acceptCopy(Article copy, String originalId, List<Problem> problems) {
        throw new UnsupportedOperationException("this sink does not look for copies");
    }
}
