package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusteringScoreTest {

    private static final double EPSILON = 1e-9;

    /** Items named by position, labelled by the letters of {@code labels}: "aab" puts 0 and 1 together. */
    private static Map<Integer, String> clustering(String labels) {
        Map<Integer, String> clustering = new LinkedHashMap<>();
        for (int i = 0; i < labels.length(); i++) {
            clustering.put(i, String.valueOf(labels.charAt(i)));
        }
        return clustering;
    }

    @Test
    void identicalClusteringsScoreOneWhateverTheLabels() {
        ClusteringScore score = ClusteringScore.of(clustering("aabbbc"), clustering("xxyyyz"));
        assertEquals(1, score.precision(), EPSILON);
        assertEquals(1, score.recall(), EPSILON);
        assertEquals(1, score.f1(), EPSILON);
        assertEquals(1, score.adjustedRand(), EPSILON);
        assertEquals(3, score.goldClusters());
        assertEquals(3, score.predictedClusters());
    }

    @Test
    void oneBigClusterHasFullRecallAndPrecisionOfClusterShares() {
        // Gold {0,1} {2,3,4}; predicted all together. Precision: 2 items see 2/5, 3 items see 3/5.
        ClusteringScore score = ClusteringScore.of(clustering("aabbb"), clustering("xxxxx"));
        assertEquals((2 * 0.4 + 3 * 0.6) / 5, score.precision(), EPSILON);
        assertEquals(1, score.recall(), EPSILON);
        assertEquals(0, score.adjustedRand(), EPSILON);
    }

    @Test
    void singletonsHaveFullPrecisionAndRecallOfOneOverClusterSize() {
        ClusteringScore score = ClusteringScore.of(clustering("aabbb"), clustering("vwxyz"));
        assertEquals(1, score.precision(), EPSILON);
        assertEquals((2 * 0.5 + 3 / 3.0) / 5, score.recall(), EPSILON);
        assertEquals(0, score.adjustedRand(), EPSILON);
    }

    @Test
    void workedExampleMatchesHandComputation() {
        // Gold {0,1,2} {3,4,5}; predicted {0,1} {2,3} {4,5}.
        ClusteringScore score = ClusteringScore.of(clustering("aaabbb"), clustering("xxyyzz"));
        // Precision: 0,1: 2/2; 2: 1/2; 3: 1/2; 4,5: 2/2 -> (1+1+.5+.5+1+1)/6.
        assertEquals(5.0 / 6, score.precision(), EPSILON);
        // Recall: 0,1: 2/3; 2: 1/3; 3: 1/3; 4,5: 2/3 -> (2/3*4 + 1/3*2)/6.
        assertEquals((4 * 2 / 3.0 + 2 / 3.0) / 6, score.recall(), EPSILON);
        assertEquals(2 * (5.0 / 6) * (5.0 / 9) / (5.0 / 6 + 5.0 / 9), score.f1(), EPSILON);
        // Pairs in cells 2, gold pairs 6, predicted pairs 3, all pairs 15: expected 6*3/15 = 1.2,
        // maximum (6+3)/2 = 4.5, so ARI = (2-1.2)/(4.5-1.2).
        assertEquals(0.8 / 3.3, score.adjustedRand(), EPSILON);
    }

    @Test
    void worseThanChanceGivesNegativeRand() {
        // Every predicted pair splits a gold pair and the other way round.
        ClusteringScore score = ClusteringScore.of(clustering("aabb"), clustering("xyxy"));
        assertTrue(score.adjustedRand() < 0, score.summary());
    }

    @Test
    void refusesClusteringsOfDifferentItems() {
        assertThrows(IllegalArgumentException.class,
                () -> ClusteringScore.of(clustering("aab"), clustering("xx")));
        assertThrows(IllegalArgumentException.class,
                () -> ClusteringScore.of(Map.<Integer, String>of(), Map.<Integer, String>of()));
    }

    @Test
    void summaryShowsTheFigures() {
        assertEquals("B-cubed P 1.000 R 1.000 F1 1.000, ARI 1.000 (3 items, 2 gold, 2 predicted)",
                ClusteringScore.of(clustering("aab"), clustering("ccd")).summary());
    }
}
