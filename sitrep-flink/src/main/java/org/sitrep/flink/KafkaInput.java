package org.sitrep.flink;

import java.util.Objects;

/**
 * Articles from a Kafka topic instead of (or beside) folders, for a cluster fed by a crawler: each record's
 * value is read as {@code sitrep ingest} reads a stream (a JSON article record, or lines of them, or plain
 * text), and the source checkpoints the partitions' offsets.
 *
 * @param servers bootstrap servers, {@code host:port[,host:port…]}
 * @param topic   the topic of article records
 * @param group   the consumer group, whose committed offsets a fresh start (no checkpoint) begins from
 */
public record KafkaInput(String servers, String topic, String group) {

    /** The consumer group when none is given. */
    public static final String DEFAULT_GROUP = "sitrep";

    public KafkaInput {
        Objects.requireNonNull(servers, "servers");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(group, "group");
        if (servers.isBlank() || topic.isBlank() || group.isBlank()) {
            throw new IllegalArgumentException("Kafka servers, topic and group must not be blank");
        }
    }
}
