/**
 * Scoring sitrep against labelled data.
 *
 * <p>Story clustering: consumes a gold and a predicted clustering of the same items (item id to cluster label);
 * produces a {@link org.sitrep.eval.ClusteringScore} with B-cubed precision, recall and F1 and the adjusted Rand
 * index. {@link org.sitrep.eval.NewsClusterCorpus} reads the NewsCluster corpus (one JSON file per article,
 * labelled with the event it reports) into {@link org.sitrep.model.Article articles} and their gold labels.
 *
 * <p>Event coding: {@link org.sitrep.eval.GoldFile} reads gold sentences (text, or references into the shared
 * corpora checked by hash) with their {@link org.sitrep.eval.GoldEvent gold events};
 * {@link org.sitrep.eval.GoldEvaluation} codes each sentence alone with a pipeline and
 * {@link org.sitrep.eval.GoldScore} scores the produced events against the gold ones at each
 * {@link org.sitrep.eval.GoldLevel} (recall, precision, actor accuracy, root confusion), overall and for the
 * sentences tagged with each {@link org.sitrep.eval.CoderErrorClass}.
 * {@link org.sitrep.eval.Agreement} compares two independent annotations of the same sentences. The measures are
 * defined in {@code docs/evaluation.md}.
 *
 * <p>Places: {@link org.sitrep.eval.PlaceGold} reads a gold file of article references with the place of their
 * main event (and optionally of single events), {@link org.sitrep.eval.CorpusArticles} finds those articles in
 * the shared corpora, and {@link org.sitrep.eval.PlaceEvaluation} scores coded articles against them within
 * 161 km, with the misses sorted into error classes.
 */
package org.sitrep.eval;
