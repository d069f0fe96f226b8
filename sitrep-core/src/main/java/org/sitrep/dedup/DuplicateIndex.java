package org.sitrep.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.model.Article;

/**
 * An incremental index of article signatures that answers, for each new article, whether it repeats one
 * already indexed.
 *
 * <p>Candidates come from LSH banding: the signature is cut into bands of {@code rowsPerBand} values, and
 * articles sharing any whole band are candidates. With 120 functions in bands of 3, a pair with Jaccard 0.5
 * becomes a candidate with probability 0.995 and a pair with Jaccard 0.1 with 0.04. Each candidate is then
 * judged on its whole signature: a copy has Jaccard similarity at least {@code minJaccard}, or the smaller
 * text is at least {@code minContainment} contained in the larger (a trimmed or extended copy), provided the
 * smaller has {@code minShinglesForContainment} shingles and at least a quarter of the larger's, where the
 * estimate is still reliable.
 *
 * <p>Deterministic: the same articles added in the same order give the same links. The original of a group is
 * the first of its articles added, so with a different order another member becomes the original; callers
 * that want the earliest publication as original add articles in date order. Not thread-safe.
 */
public final class DuplicateIndex {

    public static final int DEFAULT_ROWS_PER_BAND = 3;
    public static final double DEFAULT_MIN_JACCARD = 0.5;
    public static final double DEFAULT_MIN_CONTAINMENT = 0.8;
    public static final int DEFAULT_MIN_SHINGLES_FOR_CONTAINMENT = 30;

    private final MinHasher hasher;
    private final int rowsPerBand;
    private final int bands;
    private final double minJaccard;
    private final double minContainment;
    private final int minShinglesForContainment;

    private final List<String> ids = new ArrayList<>();
    private final List<Signature> signatures = new ArrayList<>();
    private final List<Integer> originals = new ArrayList<>();
    private final Map<String, Integer> positions = new HashMap<>();
    /** Band key to the positions of the articles having it; arrays grow by doubling, the count in slot 0. */
    private final Map<Long, int[]> buckets = new HashMap<>();

    public DuplicateIndex(MinHasher hasher, int rowsPerBand, double minJaccard, double minContainment,
                          int minShinglesForContainment) {
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        if (rowsPerBand < 1 || rowsPerBand > hasher.functions()) {
            throw new IllegalArgumentException("rows per band must be in 1.." + hasher.functions() + ": "
                    + rowsPerBand);
        }
        if (!(minJaccard > 0 && minJaccard <= 1) || !(minContainment > 0 && minContainment <= 1)) {
            throw new IllegalArgumentException("thresholds must be in (0, 1]: " + minJaccard + ", "
                    + minContainment);
        }
        this.rowsPerBand = rowsPerBand;
        this.bands = hasher.functions() / rowsPerBand;
        this.minJaccard = minJaccard;
        this.minContainment = minContainment;
        this.minShinglesForContainment = minShinglesForContainment;
    }

    public DuplicateIndex() {
        this(new MinHasher(), DEFAULT_ROWS_PER_BAND, DEFAULT_MIN_JACCARD, DEFAULT_MIN_CONTAINMENT,
                DEFAULT_MIN_SHINGLES_FOR_CONTAINMENT);
    }

    /** The text an article is compared on: headline and body, as {@link Article#text()}. */
    public static String textOf(Article article) {
        return article.text();
    }

    /** Adds an article and tells whether it repeats one indexed before. */
    public Optional<DuplicateMatch> add(Article article) {
        return add(article.id(), textOf(article));
    }

    /**
     * Adds a text under {@code id} and tells whether it repeats one indexed before. Copies are indexed too, so
     * a later copy that shares a copy's edits still finds its group.
     *
     * @throws IllegalArgumentException if {@code id} was added before
     */
    public Optional<DuplicateMatch> add(String id, String text) {
        return add(id, hasher.sign(text));
    }

    /**
     * Adds a text signed before by this index's {@linkplain #hasher() hasher}, as {@link #add(String, String)}
     * does: a caller that keeps signatures need not sign its texts again.
     *
     * @throws IllegalArgumentException if {@code id} was added before
     */
    public Optional<DuplicateMatch> add(String id, Signature signature) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(signature, "signature");
        if (positions.containsKey(id)) {
            throw new IllegalArgumentException("article added twice: " + id);
        }
        Optional<DuplicateMatch> match = bestMatch(id, signature);
        int position = ids.size();
        ids.add(id);
        signatures.add(signature);
        originals.add(match.map(m -> positions.get(m.originalId())).orElse(position));
        positions.put(id, position);
        if (signature.shingleCount() > 0) {
            for (int band = 0; band < bands; band++) {
                int[] bucket = buckets.computeIfAbsent(bandKey(signature, band), key -> new int[4]);
                if (bucket[0] + 1 == bucket.length) {
                    bucket = Arrays.copyOf(bucket, bucket.length * 2);
                    buckets.put(bandKey(signature, band), bucket);
                }
                bucket[++bucket[0]] = position;
            }
        }
        return match;
    }

    /**
     * Forgets every text added after the first {@code size}, as if they had never been added: a caller that
     * keeps an index of stored texts drops the ones a failed or finished session added.
     */
    public void truncate(int size) {
        if (size < 0 || size > ids.size()) {
            throw new IllegalArgumentException("size " + size + " outside 0.." + ids.size());
        }
        for (int position = ids.size() - 1; position >= size; position--) {
            Signature signature = signatures.get(position);
            if (signature.shingleCount() > 0) {
                for (int band = 0; band < bands; band++) {
                    // Positions are appended in order, so this one is the last of each of its buckets.
                    long key = bandKey(signature, band);
                    int[] bucket = buckets.get(key);
                    if (--bucket[0] == 0) {
                        buckets.remove(key);
                    }
                }
            }
            positions.remove(ids.get(position));
            ids.remove(position);
            signatures.remove(position);
            originals.remove(position);
        }
    }

    /** What {@link #add} would answer for this text, without adding it. */
    public Optional<DuplicateMatch> find(String id, String text) {
        return bestMatch(id, hasher.sign(text));
    }

    /** The original of an indexed article: itself when it is no copy. */
    public Optional<String> originalOf(String id) {
        Integer position = positions.get(id);
        return position == null ? Optional.empty() : Optional.of(ids.get(originals.get(position)));
    }

    public int size() {
        return ids.size();
    }

    private Optional<DuplicateMatch> bestMatch(String id, Signature signature) {
        if (signature.shingleCount() == 0) {
            return Optional.empty();
        }
        int best = -1;
        double bestScore = 0;
        double bestJaccard = 0;
        double bestContainment = 0;
        // Positions already judged for this query; candidates often share several bands.
        BitSet judged = new BitSet(ids.size());
        for (int band = 0; band < bands; band++) {
            int[] bucket = buckets.get(bandKey(signature, band));
            if (bucket == null) {
                continue;
            }
            for (int k = 1; k <= bucket[0]; k++) {
                int candidate = bucket[k];
                if (judged.get(candidate)) {
                    continue;
                }
                judged.set(candidate);
                Signature other = signatures.get(candidate);
                double jaccard = signature.jaccard(other);
                double containment = signature.containment(other);
                if (!isCopy(signature, other, jaccard, containment)) {
                    continue;
                }
                double score = Math.max(jaccard, containment);
                // Ties go to the earlier article, which keeps the answer independent of bucket order.
                if (score > bestScore || (score == bestScore && candidate < best)) {
                    best = candidate;
                    bestScore = score;
                    bestJaccard = jaccard;
                    bestContainment = containment;
                }
            }
        }
        if (best < 0) {
            return Optional.empty();
        }
        String original = ids.get(originals.get(best));
        if (original.equals(id)) {
            return Optional.empty();
        }
        return Optional.of(new DuplicateMatch(id, original, ids.get(best), bestJaccard, bestContainment));
    }

    /**
     * The keys of a signature's LSH bands, one per band: two signatures sharing a key are candidates, which
     * {@link #isCopy(Signature, Signature)} then judges. Empty for a text without words. A distributed index
     * sends each band to the node that owns its key, so one home keeps the banding and the judgement.
     */
    public long[] bandKeys(Signature signature) {
        if (signature.shingleCount() == 0) {
            return new long[0];
        }
        long[] keys = new long[bands];
        for (int band = 0; band < bands; band++) {
            keys[band] = bandKey(signature, band);
        }
        return keys;
    }

    /** Whether two signatures are copies by this index's thresholds, judged on the whole signatures. */
    public boolean isCopy(Signature a, Signature b) {
        return a.shingleCount() > 0 && b.shingleCount() > 0 && isCopy(a, b, a.jaccard(b), a.containment(b));
    }

    public MinHasher hasher() {
        return hasher;
    }

    private boolean isCopy(Signature a, Signature b, double jaccard, double containment) {
        if (jaccard >= minJaccard) {
            return true;
        }
        int smaller = Math.min(a.shingleCount(), b.shingleCount());
        int larger = Math.max(a.shingleCount(), b.shingleCount());
        return containment >= minContainment && smaller >= minShinglesForContainment && smaller * 4 >= larger;
    }

    private long bandKey(Signature signature, int band) {
        long key = band;
        int from = band * rowsPerBand;
        for (int i = from; i < from + rowsPerBand; i++) {
            key = key * 0x9E3779B97F4A7C15L + signature.minimum(i);
            key ^= key >>> 29;
        }
        return key;
    }
}
