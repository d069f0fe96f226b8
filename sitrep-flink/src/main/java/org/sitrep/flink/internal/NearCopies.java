package org.sitrep.flink.internal;

import org.sitrep.dedup.DuplicateIndex;
import org.sitrep.dedup.Signature;
import org.sitrep.model.Article;

/**
 * The near-duplicate test of {@code sitrep ingest} ({@link DuplicateIndex}: MinHash signatures, LSH bands of
 * three values, copies judged on the whole signature), split so that bands can live on different subtasks.
 * One index with the default settings gives the hasher, the band keys and the judgement: the thresholds have
 * one home.
 */
public final class NearCopies {

    private static final DuplicateIndex RULES = new DuplicateIndex();

    private NearCopies() {
    }

    public static Signature sign(Article article) {
        return RULES.hasher().sign(DuplicateIndex.textOf(article));
    }

    public static long[] bandKeys(Signature signature) {
        return RULES.bandKeys(signature);
    }

    public static boolean isCopy(Signature a, Signature b) {
        return RULES.isCopy(a, b);
    }

    /**
     * The order that decides which of two near copies is the original: the earlier publication date (undated
     * last), then the smaller article id. A fixed order, not arrival, so that two copies that reach their
     * shared bands in different orders cannot each be judged the copy of the other.
     */
    public static String order(Article article) {
        return (article.date() == null ? "~" : article.date().toString()) + "|" + article.id();
    }
}
