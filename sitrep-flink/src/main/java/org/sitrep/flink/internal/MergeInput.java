package org.sitrep.flink.internal;

/**
 * The events of one article that fall in one merge partition ({@link org.sitrep.merge.EventMerger#mergeKey}),
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
    /** For a republished copy, the article it copies; otherwise {@code null}. */
    public String originalId;

    public MergeInput() {
    }

    /** A republished copy on its way to the partitions of the article it copies ({@code partition} still null). */
    public static MergeInput copy(long day, String copyId, String originalId, String payload) {
        MergeInput input = new MergeInput(null, day, copyId, payload);
        input.originalId = originalId;
        return input;
    }

    /** This copy, sent to one partition. */
    public MergeInput to(String targetPartition) {
        MergeInput input = new MergeInput(targetPartition, day, articleId, payload);
        input.originalId = originalId;
        return input;
    }

    public boolean isCopy() {
        return originalId != null;
    }

    public MergeInput(String partition, long day, String articleId, String payload) {
        this.partition = partition;
        this.day = day;
        this.articleId = articleId;
        this.payload = payload;
    }
}
