package org.sitrep.flink.internal;

/**
 * The events of one article that fall in one merge partition ({@link org.sitrep.merge.EventMerger#partitionKey}),
 * on their way to the subtask that merges that partition. A Flink POJO.
 */
public final class MergeInput {

    /** The day of articles without a date: they merge on arrival, since they merge only within themselves. */
    public static final long UNDATED = Long.MIN_VALUE;

    public String partition;
    /** The article's date as an epoch day, or {@link #UNDATED}. */
    public long day;
    public String articleId;
    /** The article and these events, {@link MergeCodec encoded}. */
    public String payload;

    public MergeInput() {
    }

    public MergeInput(String partition, long day, String articleId, String payload) {
        this.partition = partition;
        this.day = day;
        this.articleId = articleId;
        this.payload = payload;
    }
}
