/**
 * Scoring sitrep against labelled data.
 *
 * <p>Consumes a gold and a predicted clustering of the same items (item id to cluster label); produces a
 * {@link org.sitrep.eval.ClusteringScore} with B-cubed precision, recall and F1 and the adjusted Rand index.
 * {@link org.sitrep.eval.NewsClusterCorpus} reads the NewsCluster corpus (one JSON file per article, labelled
 * with the event it reports) into {@link org.sitrep.model.Article articles} and their gold labels.
 *
 * <p>Places: {@link org.sitrep.eval.PlaceGold} reads a gold file of article references with the place of their
 * main event (and optionally of single events), {@link org.sitrep.eval.CorpusArticles} finds those articles in
 * the shared corpora, and {@link org.sitrep.eval.PlaceEvaluation} scores coded articles against them within
 * 161 km, with the misses sorted into error classes.
 */
package org.sitrep.eval;
