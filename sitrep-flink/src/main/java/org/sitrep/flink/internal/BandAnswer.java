package org.sitrep.flink.internal;

/**
 * What one band's owner says about one article: the article before it in {@link BandProbe#order} that it
 * copies best within that band, or none ({@code matchedId} empty). A Flink POJO.
 */
public final class BandAnswer {

    public String articleId;
    public String matchedId;
    public String matchedOrder;
    public double jaccard;
    public double containment;

    public BandAnswer() {
    }

    public BandAnswer(String articleId, String matchedId, String matchedOrder, double jaccard, double containment) {
        this.articleId = articleId;
        this.matchedId = matchedId;
        this.matchedOrder = matchedOrder;
        this.jaccard = jaccard;
        this.containment = containment;
    }

    public boolean matched() {
        return !matchedId.isEmpty();
    }

    /** Whether this answer names a better original than {@code other}: the closer copy, then the earlier. */
    boolean betterThan(BandAnswer other) {
        if (!matched()) {
            return false;
        }
        if (other == null || !other.matched()) {
            return true;
        }
        double score = Math.max(jaccard, containment);
        double otherScore = Math.max(other.jaccard, other.containment);
        return score != otherScore ? score > otherScore : matchedOrder.compareTo(other.matchedOrder) < 0;
    }
}
