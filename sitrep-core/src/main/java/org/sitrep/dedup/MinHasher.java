package org.sitrep.dedup;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.sitrep.internal.Words;

/**
 * Turns a text into a {@link Signature}: lower-cased words, overlapping shingles of {@code shingleSize} words,
 * each shingle hashed to 64 bits, and for each of {@code functions} universal hash functions the smallest
 * value over all shingles. Punctuation, case and spacing do not count, so a copy re-typeset by another site
 * keeps its signature. The hash functions come from a fixed seed: signatures are the same on every run and
 * machine. Thread-safe.
 */
public final class MinHasher {

    /** Five-word shingles: long enough that two different articles rarely share many, short enough that an
     * edited sentence spoils only a few. */
    public static final int DEFAULT_SHINGLE_SIZE = 5;
    public static final int DEFAULT_FUNCTIONS = 120;
    private static final long SEED = 0x517_0E9_D5EDL;

    private final int shingleSize;
    private final long[] multipliers;
    private final long[] addends;

    public MinHasher(int shingleSize, int functions) {
        if (shingleSize < 1) {
            throw new IllegalArgumentException("shingle size must be positive: " + shingleSize);
        }
        if (functions < 1) {
            throw new IllegalArgumentException("function count must be positive: " + functions);
        }
        this.shingleSize = shingleSize;
        this.multipliers = new long[functions];
        this.addends = new long[functions];
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < functions; i++) {
            multipliers[i] = random.nextLong() | 1L;
            addends[i] = random.nextLong();
        }
    }

    public MinHasher() {
        this(DEFAULT_SHINGLE_SIZE, DEFAULT_FUNCTIONS);
    }

    public int functions() {
        return multipliers.length;
    }

    public int shingleSize() {
        return shingleSize;
    }

    /**
     * The signature of {@code text}. A text shorter than one shingle becomes a single shingle of all its
     * words, so short texts match only when they say the same thing.
     */
    public Signature sign(String text) {
        List<String> words = Words.lowerCase(text);
        int[] minima = new int[multipliers.length];
        // All ones: the largest value when compared unsigned.
        Arrays.fill(minima, -1);
        if (words.isEmpty()) {
            return new Signature(minima, 0);
        }
        long[] wordHashes = new long[words.size()];
        for (int i = 0; i < wordHashes.length; i++) {
            wordHashes[i] = hash(words.get(i));
        }
        int shingles = Math.max(1, wordHashes.length - shingleSize + 1);
        long[] shingleHashes = new long[shingles];
        for (int start = 0; start < shingles; start++) {
            long h = 0x9E3779B97F4A7C15L;
            int end = Math.min(wordHashes.length, start + shingleSize);
            for (int i = start; i < end; i++) {
                h = mix(h * 31 + wordHashes[i]);
            }
            shingleHashes[start] = h;
        }
        Arrays.sort(shingleHashes);
        int distinct = 0;
        for (int s = 0; s < shingleHashes.length; s++) {
            if (s > 0 && shingleHashes[s] == shingleHashes[s - 1]) {
                continue;
            }
            distinct++;
            long shingle = shingleHashes[s];
            for (int f = 0; f < multipliers.length; f++) {
                // Multiply-add then keep the high half: a universal family cheap enough for 120 functions.
                int value = (int) ((multipliers[f] * shingle + addends[f]) >>> 32);
                if (Integer.compareUnsigned(value, minima[f]) < 0) {
                    minima[f] = value;
                }
            }
        }
        return new Signature(minima, distinct);
    }

    /** FNV-1a over the UTF-16 units, finished with a mixer so similar words spread. */
    private static long hash(String word) {
        long h = 0xCBF29CE484222325L;
        for (int i = 0; i < word.length(); i++) {
            h ^= word.charAt(i);
            h *= 0x100000001B3L;
        }
        return mix(h);
    }

    /** The 64-bit finaliser of MurmurHash3. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB93FE1A85A3BL;
        h ^= h >>> 33;
        return h;
    }
}
