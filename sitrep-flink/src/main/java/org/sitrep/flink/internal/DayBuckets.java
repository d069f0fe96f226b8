package org.sitrep.flink.internal;

import org.apache.flink.core.io.SimpleVersionedSerializer;
import org.apache.flink.streaming.api.functions.sink.filesystem.BucketAssigner;
import org.apache.flink.streaming.api.functions.sink.filesystem.bucketassigners.SimpleVersionedStringSerializer;

/**
 * One folder per day, named {@code day=YYYY-MM-DD} (or {@code day=undated}) so DuckDB's
 * {@code hive_partitioning} reads the day back as a column.
 */
public final class DayBuckets implements BucketAssigner<DayLine, String> {

    private static final long serialVersionUID = 1L;

    @Override
    public String getBucketId(DayLine line, Context context) {
        return "day=" + line.day;
    }

    @Override
    public SimpleVersionedSerializer<String> getSerializer() {
        return SimpleVersionedStringSerializer.INSTANCE;
    }
}
