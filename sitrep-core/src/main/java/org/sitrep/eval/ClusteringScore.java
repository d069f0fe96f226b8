package org.sitrep.eval;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How well a predicted clustering matches a gold one.
 *
 * <p>B-cubed (Bagga and Baldwin) scores each item: precision is the share of its predicted cluster that
 * shares its gold cluster, recall the share of its gold cluster that shares its predicted cluster; both are
 * averaged over items, and F1 is their harmonic mean. The adjusted Rand index counts agreeing pairs corrected
 * for chance: 1 for identical clusterings, about 0 for random ones, negative for worse than random.
 *
 * @param precision         B-cubed precision
 * @param recall            B-cubed recall
 * @param f1                B-cubed F1
 * @param adjustedRand      adjusted Rand index
 * @param items             items scored
 * @param goldClusters      clusters in the gold clustering
 * @param predictedClusters clusters in the predicted clustering
 */
public record ClusteringScore(double precision, double recall, double f1, double adjustedRand, int items,
                             int goldClusters, int predictedClusters) {

    /**
     * Scores {@code predicted} against {@code gold}, both mapping item ids to cluster labels.
     *
     * @throws IllegalArgumentException if the two do not cover the same items, or cover none
     */
    public static <T> ClusteringScore of(Map<T, String> gold, Map<T, String> predicted) {
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(predicted, "predicted");
        if (!gold.keySet().equals(predicted.keySet())) {
            throw new IllegalArgumentException("gold and predicted clusterings cover different items: "
                    + gold.size() + " and " + predicted.size());
        }
        if (gold.isEmpty()) {
            throw new IllegalArgumentException("nothing to score");
        }
        Map<String, Integer> goldSizes = new HashMap<>();
        Map<String, Integer> predictedSizes = new HashMap<>();
        Map<String, Integer> overlaps = new HashMap<>();
        for (Map.Entry<T, String> entry : gold.entrySet()) {
            String goldLabel = entry.getValue();
            String predictedLabel = predicted.get(entry.getKey());
            goldSizes.merge(goldLabel, 1, Integer::sum);
            predictedSizes.merge(predictedLabel, 1, Integer::sum);
            overlaps.merge(cell(goldLabel, predictedLabel), 1, Integer::sum);
        }
        double precisionSum = 0;
        double recallSum = 0;
        for (Map.Entry<T, String> entry : gold.entrySet()) {
            String goldLabel = entry.getValue();
            String predictedLabel = predicted.get(entry.getKey());
            int overlap = overlaps.get(cell(goldLabel, predictedLabel));
            precisionSum += (double) overlap / predictedSizes.get(predictedLabel);
            recallSum += (double) overlap / goldSizes.get(goldLabel);
        }
        int n = gold.size();
        double precision = precisionSum / n;
        double recall = recallSum / n;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ClusteringScore(precision, recall, f1, adjustedRand(n, goldSizes, predictedSizes, overlaps), n,
                goldSizes.size(), predictedSizes.size());
    }

    private static double adjustedRand(int n, Map<String, Integer> goldSizes, Map<String, Integer> predictedSizes,
                                       Map<String, Integer> overlaps) {
        double pairsInCells = 0;
        for (int count : overlaps.values()) {
            pairsInCells += pairs(count);
        }
        double goldPairs = 0;
        for (int size : goldSizes.values()) {
            goldPairs += pairs(size);
        }
        double predictedPairs = 0;
        for (int size : predictedSizes.values()) {
            predictedPairs += pairs(size);
        }
        double expected = n < 2 ? 0 : goldPairs * predictedPairs / pairs(n);
        double maximum = (goldPairs + predictedPairs) / 2;
        if (Math.abs(maximum - expected) <= 1e-9 * Math.max(1, maximum)) {
            // Both clusterings are all singletons or both one cluster (or n < 2): they agree perfectly.
            return 1;
        }
        return (pairsInCells - expected) / (maximum - expected);
    }

    private static double pairs(long count) {
        return count * (count - 1) / 2.0;
    }

    private static String cell(String goldLabel, String predictedLabel) {
        // A separator no label of ours holds keeps ("a|b", "c") and ("a", "b|c") apart.
        return goldLabel + '\u0000' + predictedLabel;
    }

    /** One line such as {@code B-cubed P 0.951 R 0.903 F1 0.926, ARI 0.874 (383 items, 69 gold, 71 predicted)}. */
    public String summary() {
        return String.format(Locale.ROOT, "B-cubed P %.3f R %.3f F1 %.3f, ARI %.3f (%d items, %d gold, %d predicted)",
                precision, recall, f1, adjustedRand, items, goldClusters, predictedClusters);
    }
}
