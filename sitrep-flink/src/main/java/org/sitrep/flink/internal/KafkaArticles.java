package org.sitrep.flink.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.sitrep.flink.KafkaInput;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.ReadOptions;

/**
 * A Kafka source of {@link InputCodec encoded} inputs: each record's value goes through sitrep's
 * {@link ArticleReader} as a stream, so a JSON article record is read as a line of a {@code .jsonl} file
 * and a bad record becomes an unreadable input (a problem), never a failed job. Origins name the record:
 * {@code kafka:TOPIC/PARTITION@OFFSET}.
 */
public final class KafkaArticles implements KafkaRecordDeserializationSchema<String> {

    private static final long serialVersionUID = 1L;

    /** The parts of {@link ReadOptions}, which is not serializable. */
    private final java.time.LocalDate defaultDate;
    private final int maxChars;

    public KafkaArticles(ReadOptions options) {
        this.defaultDate = options.defaultDate();
        this.maxChars = options.maxChars();
    }

    /** The source: unbounded, from the group's committed offsets, or the earliest when it has none. */
    // The connector built for Flink 2.2 still takes Kafka's deprecated reset strategy enum.
    @SuppressWarnings("deprecation")
    public static KafkaSource<String> source(KafkaInput input, ReadOptions options) {
        return KafkaSource.<String>builder()
                .setBootstrapServers(input.servers())
                .setTopics(input.topic())
                .setGroupId(input.group())
                .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
                .setDeserializer(new KafkaArticles(options))
                .build();
    }

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<String> out) throws IOException {
        byte[] value = record.value() == null ? new byte[0] : record.value();
        String origin = "kafka:" + record.topic() + "/" + record.partition() + "@" + record.offset();
        try (ArticleReader reader = ArticleReader.openStream(new ByteArrayInputStream(value), origin,
                new ReadOptions(defaultDate, maxChars))) {
            while (reader.hasNext()) {
                out.collect(InputCodec.encode(reader.next()));
            }
        }
    }

    @Override
    public TypeInformation<String> getProducedType() {
        return Types.STRING;
    }
}
