/**
 * Scoring sitrep against labelled data.
 *
 * <p>Consumes a gold and a predicted clustering of the same items (item id to cluster label); produces a
 * {@link org.sitrep.eval.ClusteringScore} with B-cubed precision, recall and F1 and the adjusted Rand index.
 * {@link org.sitrep.eval.NewsClusterCorpus} reads the NewsCluster corpus (one JSON file per article, labelled
 * with the event it reports) into {@link org.sitrep.model.Article articles} and their gold labels.
 */
package org.sitrep.eval;
