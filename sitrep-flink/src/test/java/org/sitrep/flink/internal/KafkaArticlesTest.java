package org.sitrep.flink.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.connector.source.Boundedness;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.sitrep.flink.KafkaInput;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.model.Problem;
import org.sitrep.pipeline.Input;

/** The Kafka option without a broker: the source's shape, and records read as {@code sitrep ingest} reads them. */
class KafkaArticlesTest {

    private static final ReadOptions OPTIONS = new ReadOptions(LocalDate.of(2025, 1, 2), 100_000);

    private static List<Input> read(String value, long offset) throws Exception {
        List<String> encoded = new ArrayList<>();
        new KafkaArticles(OPTIONS).deserialize(new ConsumerRecord<>("news", 3, offset, new byte[0],
                value.getBytes(StandardCharsets.UTF_8)), new Collector<>() {
                    @Override
                    public void collect(String record) {
                        encoded.add(record);
                    }

                    @Override
                    public void close() {
                    }
                });
        return encoded.stream().map(InputCodec::decode).toList();
    }

    @Test
    void aJsonArticleRecordIsReadAsAJsonLinesRecordNamedByItsOffset() throws Exception {
        List<Input> inputs = read("{\"title\":\"Port reopens\",\"text\":\"The Kessa port authority reopened the "
                + "northern quay.\",\"date\":\"2025-04-05\",\"source\":\"Kessa Courier\","
                + "\"url\":\"https://courier.example/quay\"}", 41);
        assertEquals(1, inputs.size());
        Input.Readable readable = assertInstanceOf(Input.Readable.class, inputs.get(0));
        assertEquals("Port reopens", readable.article().title());
        assertEquals(LocalDate.of(2025, 4, 5), readable.article().date());
        assertEquals("Kessa Courier", readable.article().source());
        assertEquals("kafka:news/3@41:1", readable.article().origin());
    }

    @Test
    void aCutOffRecordIsAProblemNotAFailedJob() throws Exception {
        List<Input> inputs = read("{\"title\":\"Port reo", 42);
        assertEquals(1, inputs.size());
        Input.Unreadable unreadable = assertInstanceOf(Input.Unreadable.class, inputs.get(0));
        assertEquals(Problem.Kind.MALFORMED_RECORD, unreadable.problem().kind());
        assertEquals("kafka:news/3@42:1", unreadable.problem().origin());
    }

    @Test
    void theSourceIsUnboundedAndReadsWhatTheRecordsAre() {
        KafkaSource<String> source = KafkaArticles.source(new KafkaInput("broker-a:9092", "news", "coders"), OPTIONS);
        assertEquals(Boundedness.CONTINUOUS_UNBOUNDED, source.getBoundedness());
        assertEquals(org.apache.flink.api.common.typeinfo.Types.STRING, source.getProducedType());
    }
}
