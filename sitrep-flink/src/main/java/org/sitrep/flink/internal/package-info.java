/**
 * The job's operators and formats, not API: a file format that reads with sitrep's own reader, the keyed
 * step that drops exact copies, the coding function with its problems side output, the pipeline shared by
 * the task slots of one TaskManager, and the day-partitioned JSON lines sinks.
 */
package org.sitrep.flink.internal;
