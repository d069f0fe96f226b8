/**
 * sitrep as an Apache Flink 2.x DataStream job, for corpora larger than one machine codes in time.
 *
 * <p>Consumes files and folders of articles (the formats of {@link org.sitrep.ingest.ArticleReader}), read
 * once or watched for new files, and/or article records from a Kafka topic ({@link org.sitrep.flink.KafkaInput});
 * produces {@code articles/} (a store's {@code articles} columns, one line per coded article), under an output folder, {@code events/day=YYYY-MM-DD/part-*.jsonl}
 * (one {@link org.sitrep.export.EventJson} object a line, with a {@code store} object of the store's
 * remaining event columns) and {@code problems/day=.../part-*.jsonl} (every
 * problem met, so none goes unreported), {@code copies/} (republished near copies and what they copy), and
 * {@code merged_events/} and {@code event_mentions/} (the columns of the store's tables of those names).
 * {@link org.sitrep.flink.SitrepFlinkJob} is the entry point, both
 * for {@code flink run} and for a MiniCluster in one JVM ({@code --local}); {@link
 * org.sitrep.flink.SitrepFlinkJob#build} adds the job to any environment (tests use it). Checkpointing is
 * always on and the file sinks publish files only at checkpoints, so a restarted job neither loses nor
 * repeats output. Exact copies are coded once and reported as duplicates, as by the batch runner; near copies
 * are found by MinHash LSH keyed by band; events are merged in event time, keyed by
 * {@link org.sitrep.merge.EventMerger#mergeKey}. Bad records never fail the job: they become problems.
 */
package org.sitrep.flink;
