package org.sitrep.pipeline;

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
}
