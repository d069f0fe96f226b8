/**
 * The job's operators and formats, not API: a file format and a Kafka record reader that read with sitrep's
 * own reader, the keyed
 * step that drops exact copies, the near-copy steps (bands signed, indexed by band key, judged per article),
 * the coding function with its problems side output, the pipeline shared by the task slots of one
 * TaskManager, the routing of copies to their original's merge partitions, the event-time merge, and the
 * day-partitioned JSON lines sinks. Records between steps are Flink POJOs or JSON strings, never Kryo.
 */
package org.sitrep.flink.internal;
