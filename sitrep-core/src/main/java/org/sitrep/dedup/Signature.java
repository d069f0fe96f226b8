package org.sitrep.dedup;

import java.util.Arrays;

/**
 * The MinHash signature of one text: for each of the {@link MinHasher}'s hash functions, the smallest hash of
 * the text's shingles. The share of positions where two signatures agree estimates the Jaccard similarity of
 * the two shingle sets. Immutable.
 */
public final class Signature {

    private final int[] minima;
    private final int shingleCount;

    Signature(int[] minima, int shingleCount) {
        if (shingleCount < 0) {
            throw new IllegalArgumentException("negative shingle count " + shingleCount);
        }
        this.minima = minima.clone();
        this.shingleCount = shingleCount;
    }

    /**
     * A signature sent elsewhere and read back (a distributed index keeps signatures in its state), from the
     * values of {@link #minima()} and {@link #shingleCount()}.
     */
    public static Signature of(int[] minima, int shingleCount) {
        if (minima.length == 0) {
            throw new IllegalArgumentException("a signature needs at least one value");
        }
        return new Signature(minima, shingleCount);
    }

    /** The smallest hash for each function, a copy. */
    public int[] minima() {
        return minima.clone();
    }

    /** How many distinct shingles the text had; 0 for a text without words. */
    public int shingleCount() {
        return shingleCount;
    }

    public int length() {
        return minima.length;
    }

    int minimum(int index) {
        return minima[index];
    }

    /** Estimated Jaccard similarity of the two shingle sets, in [0, 1]. */
    public double jaccard(Signature other) {
        if (other.minima.length != minima.length) {
            throw new IllegalArgumentException("signatures of different hashers: " + minima.length + " and "
                    + other.minima.length + " functions");
        }
        if (shingleCount == 0 || other.shingleCount == 0) {
            return 0;
        }
        int equal = 0;
        for (int i = 0; i < minima.length; i++) {
            if (minima[i] == other.minima[i]) {
                equal++;
            }
        }
        return (double) equal / minima.length;
    }

    /**
     * Estimated share of the smaller text's shingles that the larger one also holds, derived from the Jaccard
     * estimate and the set sizes: |A∩B| = J(|A|+|B|)/(1+J). A trimmed copy of a long article has a low
     * Jaccard similarity to it but a containment near 1.
     */
    public double containment(Signature other) {
        double jaccard = jaccard(other);
        int smaller = Math.min(shingleCount, other.shingleCount);
        if (smaller == 0) {
            return 0;
        }
        double shared = jaccard * (shingleCount + other.shingleCount) / (1 + jaccard);
        return Math.min(1, shared / smaller);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Signature that && shingleCount == that.shingleCount
                && Arrays.equals(minima, that.minima);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(minima) + shingleCount;
    }

    @Override
    public String toString() {
        return "Signature[" + minima.length + " functions, " + shingleCount + " shingles]";
    }
}
