package org.sitrep.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MinHasherTest {

    /** Words w0 w1 ... of a numbered range, so shingle overlap is known exactly. */
    private static String words(int from, int to) {
        List<String> words = new ArrayList<>();
        for (int i = from; i < to; i++) {
            words.add("w" + i);
        }
        return String.join(" ", words);
    }

    @Test
    void signaturesIgnoreCasePunctuationAndSpacingAndAreTheSameOnEveryRun() {
        Signature a = new MinHasher().sign("Rebels took the town, officials said.");
        Signature b = new MinHasher().sign("REBELS took   the town -- officials said");
        assertEquals(a, b);
        assertEquals(1.0, a.jaccard(b));
        assertNotEquals(a, new MinHasher().sign("Rebels left the town, officials said."));
    }

    @Test
    void estimateIsCloseToTheExactJaccardOfShingleSets() {
        MinHasher hasher = new MinHasher(3, 400);
        // 0..300 and 100..400: shingles of three words, 298 and 298 of them, sharing 198.
        Signature a = hasher.sign(words(0, 300));
        Signature b = hasher.sign(words(100, 400));
        double exact = 198.0 / (298 + 298 - 198);
        assertEquals(298, a.shingleCount());
        assertEquals(exact, a.jaccard(b), 0.07);
        assertEquals(198.0 / 298, a.containment(b), 0.1);
    }

    @Test
    void containmentOfAHalfIsNearOne() {
        MinHasher hasher = new MinHasher();
        Signature whole = hasher.sign(words(0, 400));
        Signature half = hasher.sign(words(0, 200));
        assertEquals(1.0, half.containment(whole), 0.12);
        assertEquals(0.5, half.jaccard(whole), 0.12);
    }

    @Test
    void emptyTextResemblesNothing() {
        MinHasher hasher = new MinHasher();
        Signature empty = hasher.sign("  ...  ");
        assertEquals(0, empty.shingleCount());
        assertEquals(0.0, empty.jaccard(hasher.sign("  ...  ")));
    }

    @Test
    void signaturesOfDifferentHashersDoNotCompare() {
        Signature a = new MinHasher(5, 64).sign(words(0, 20));
        Signature b = new MinHasher(5, 120).sign(words(0, 20));
        assertThrows(IllegalArgumentException.class, () -> a.jaccard(b));
        assertThrows(IllegalArgumentException.class, () -> new MinHasher(0, 10));
    }
}
