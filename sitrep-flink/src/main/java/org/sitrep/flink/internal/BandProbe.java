package org.sitrep.flink.internal;

/**
 * One LSH band of one article's MinHash signature, sent to the subtask that owns the band's key. A Flink POJO
 * (public fields, no-argument constructor), so Flink serializes it without Kryo.
 */
public final class BandProbe {

    /** The band's key ({@link org.sitrep.dedup.DuplicateIndex#bandKeys}). */
    public long band;
    public String articleId;
    /** Where the article stands in the order that decides which of two copies is the original. */
    public String order;
    /** The whole signature, so the band's owner can judge a candidate without asking anyone. */
    public int[] minima;
    public int shingles;

    public BandProbe() {
    }

    public BandProbe(long band, String articleId, String order, int[] minima, int shingles) {
        this.band = band;
        this.articleId = articleId;
        this.order = order;
        this.minima = minima;
        this.shingles = shingles;
    }
}
