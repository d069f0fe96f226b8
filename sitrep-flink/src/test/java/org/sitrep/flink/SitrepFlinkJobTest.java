package org.sitrep.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SitrepFlinkJobTest {

    private static JobOptions parse(String... args) {
        SitrepFlinkJob job = new SitrepFlinkJob();
        new CommandLine(job).parseArgs(args);
        return job.jobOptions();
    }

    @Test
    void withoutWatchTheJobReadsWhatIsThereAndStops() {
        JobOptions options = parse("in", "more.jsonl", "--out", "out");
        assertEquals(List.of("in", "more.jsonl"), options.inputs());
        assertEquals("out", options.output());
        assertNull(options.watch());
        assertNull(options.defaultDate());
        assertEquals(Duration.ofSeconds(10), options.checkpointInterval());
    }

    @Test
    void watchWithoutSecondsLooksEveryTenSeconds() {
        assertEquals(Duration.ofSeconds(10), parse("--watch", "--out", "out", "in").watch());
        assertEquals(Duration.ofSeconds(60), parse("--watch=60", "--out", "out", "in").watch());
    }

    @Test
    void theDefaultDateAndCheckpointIntervalAreTaken() {
        JobOptions options = parse("--date", "2026-03-01", "--checkpoint-interval", "2", "--out", "o", "in");
        assertEquals(LocalDate.of(2026, 3, 1), options.defaultDate());
        assertEquals(Duration.ofSeconds(2), options.checkpointInterval());
    }

    @Test
    void aZeroCheckpointIntervalIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> parse("--checkpoint-interval", "0", "--out", "o", "in"));
    }

    @Test
    void aKafkaTopicIsAnInputOfItsOwnOrBesideFolders() {
        JobOptions alone = parse("--kafka-servers", "broker-a:9092,broker-b:9092", "--kafka-topic", "news",
                "--out", "o");
        assertEquals(List.of(), alone.inputs());
        assertEquals(new KafkaInput("broker-a:9092,broker-b:9092", "news", KafkaInput.DEFAULT_GROUP), alone.kafka());
        JobOptions both = parse("in", "--kafka-servers", "b:9092", "--kafka-topic", "news", "--kafka-group", "g",
                "--out", "o");
        assertEquals(List.of("in"), both.inputs());
        assertEquals("g", both.kafka().group());
        assertNull(parse("in", "--out", "o").kafka());
    }

    @Test
    void aKafkaTopicWithoutServersOrNoInputAtAllIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> parse("--kafka-topic", "news", "--out", "o", "in"));
        assertThrows(IllegalArgumentException.class, () -> parse("--out", "o"));
    }

    @Test
    void aJobWithAKafkaTopicHasAKafkaSource() {
        org.apache.flink.streaming.api.environment.StreamExecutionEnvironment env =
                org.apache.flink.streaming.api.environment.StreamExecutionEnvironment.getExecutionEnvironment();
        SitrepFlinkJob.build(env, parse("in", "--kafka-servers", "b:9092", "--kafka-topic", "news", "--out", "o"));
        String plan = env.getExecutionPlan();
        org.junit.jupiter.api.Assertions.assertTrue(plan.contains("kafka-articles"), plan);
        org.junit.jupiter.api.Assertions.assertTrue(plan.contains("Source: articles"), plan);
    }
}
