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
}
