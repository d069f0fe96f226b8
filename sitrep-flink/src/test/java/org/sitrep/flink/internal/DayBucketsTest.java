package org.sitrep.flink.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DayBucketsTest {

    @Test
    void linesGoToAHivePartitionOfTheirDay() {
        DayBuckets buckets = new DayBuckets();
        assertEquals("day=2026-03-01", buckets.getBucketId(new DayLine("2026-03-01", "{}"), null));
        assertEquals("day=undated", buckets.getBucketId(new DayLine(DayLine.UNDATED, "{}"), null));
    }
}
