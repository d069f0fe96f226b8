/**
 * The event store: coded articles, events, actor mentions and problems in an embedded DuckDB file.
 *
 * <p>Consumes {@link org.sitrep.model.CodedArticle}s and {@link org.sitrep.model.Problem}s as the
 * {@link org.sitrep.pipeline.ArticleSink} of a batch, or the output folder of the sitrep Flink job
 * ({@link org.sitrep.store.EventStore#loadJobOutput}); produces {@link org.sitrep.store.StoredEvent}s for
 * export (filtered by {@link org.sitrep.store.EventQuery}), read-only SQL answers
 * ({@link org.sitrep.store.QueryResult}) and {@link org.sitrep.store.StoreCounts}. Tables: {@code articles},
 * {@code events}, {@code mentions}, {@code problems} and {@code schema_version}; offsets in them are UTF-16
 * code units of the article text, as everywhere in sitrep. Articles are committed in batches, each article
 * with all its rows in one transaction, so a crash or a full disk never leaves half an article visible; a
 * failed write rolls its batch back. Database failures surface as
 * {@link org.sitrep.pipeline.EnvironmentException}; SQL that is wrong or tries to write is the caller's
 * mistake ({@link java.lang.IllegalArgumentException}).
 */
package org.sitrep.store;
