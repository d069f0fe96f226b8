package edu.stanford.nlp.parser.nndep;

import java.lang.reflect.Field;
import java.util.List;

/**
 * The neural dependency parser's scorer, computing the same network as {@link Classifier} (embeddings, one
 * cube-activated hidden layer, one output layer) faster: in single precision; with each first-layer slice (one
 * feature position and token) computed from a transposed copy of the first layer, as sums of whole rows rather
 * than dot products; with the output layer's dot products spread over eight partial sums; with every slice of
 * the tag and label tokens computed up front (a few MB); and with a bounded, lock-free cache of word slices, in
 * place of CoreNLP's 20,000 precomputed slices and its synchronised 5,000-entry cache, which together miss many
 * word features on news text (see docs/performance.md). Scores differ from CoreNLP's double-precision ones
 * around the sixth digit, so a parse can differ only where two transitions all but tie.
 *
 * <p>It lives in CoreNLP's package because {@link DependencyParser} calls its classifier's package-private
 * {@code computeScores}; {@link #install} puts it in place of a loaded parser's classifier. Thread-safe: the
 * weights are read-only and a cache entry is an immutable object, so a racing writer only costs a recomputation.
 */
public final class SinglePrecisionClassifier extends Classifier {

    /** Cache entries, a power of two: at most about 110 MB of slices for a 200-unit hidden layer. */
    private static final int CACHE_SIZE = 1 << 17;

    private final float[][] embeddings;
    /** The first layer by feature position, each transposed: {@code embeddingSize * hidden} weights. */
    private final float[][] firstLayerByPosition;
    private final float[] bias;
    private final float[][] output;
    private final int hidden;
    private final int labels;
    private final int embeddingSize;
    private final int features;
    private final Slice[] cache = new Slice[CACHE_SIZE];
    /** Tokens from this id on are tags and labels, few enough to hold every slice of theirs in {@link #dense}. */
    private final int firstNonWord;
    /** Every slice of the tag and label tokens, by {@code (token - firstNonWord) * features + position}. */
    private final float[][] dense;

    /** One first-layer slice: the hidden-layer contribution of one token at one feature position. */
    private record Slice(int key, float[] values) {
    }

    private SinglePrecisionClassifier(Config config, Classifier original, int firstNonWord) {
        super(config, original.getE(), original.getW1(), original.getb1(), original.getW2(), List.of());
        this.embeddings = original.getE();
        float[][] firstLayer = original.getW1();
        this.bias = original.getb1();
        this.output = original.getW2();
        this.hidden = firstLayer.length;
        this.labels = output.length;
        this.embeddingSize = embeddings[0].length;
        this.features = firstLayer[0].length / embeddingSize;
        if (bias.length != hidden || output[0].length != hidden || features * embeddingSize != firstLayer[0].length) {
            throw new IllegalStateException("the parser model's layers do not fit together");
        }
        this.firstLayerByPosition = new float[features][embeddingSize * hidden];
        for (int j = 0; j < features; j++) {
            for (int d = 0; d < embeddingSize; d++) {
                for (int i = 0; i < hidden; i++) {
                    firstLayerByPosition[j][d * hidden + i] = firstLayer[i][j * embeddingSize + d];
                }
            }
        }
        if (firstNonWord < 0 || firstNonWord > embeddings.length) {
            throw new IllegalStateException("the parser knows more words than it has embeddings");
        }
        this.firstNonWord = firstNonWord;
        this.dense = new float[(embeddings.length - firstNonWord) * features][];
        for (int token = firstNonWord; token < embeddings.length; token++) {
            for (int j = 0; j < features; j++) {
                dense[(token - firstNonWord) * features + j] = computeSlice(j, token);
            }
        }
    }

    /**
     * Replaces the classifier of a loaded parser with this one.
     *
     * @throws IllegalStateException when this CoreNLP version keeps its classifier elsewhere
     */
    public static void install(DependencyParser parser) {
        try {
            Field classifierField = DependencyParser.class.getDeclaredField("classifier");
            Field configField = DependencyParser.class.getDeclaredField("config");
            Field wordsField = DependencyParser.class.getDeclaredField("knownWords");
            classifierField.setAccessible(true);
            configField.setAccessible(true);
            wordsField.setAccessible(true);
            Classifier original = (Classifier) classifierField.get(parser);
            if (original == null) {
                throw new IllegalStateException("the parser has no model loaded");
            }
            if (!(original instanceof SinglePrecisionClassifier)) {
                classifierField.set(parser, new SinglePrecisionClassifier((Config) configField.get(parser), original,
                        ((List<?>) wordsField.get(parser)).size()));
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot replace the dependency parser's classifier", e);
        }
    }

    /** Whether {@code parser} scores with this class. */
    public static boolean installedIn(DependencyParser parser) {
        try {
            Field classifierField = DependencyParser.class.getDeclaredField("classifier");
            classifierField.setAccessible(true);
            return classifierField.get(parser) instanceof SinglePrecisionClassifier;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    @Override
    double[] computeScores(int[] featureIds) {
        if (featureIds.length != features) {
            throw new IllegalArgumentException("expected " + features + " features, got " + featureIds.length);
        }
        float[] units = new float[hidden];
        for (int j = 0; j < features; j++) {
            float[] slice = slice(j, featureIds[j]);
            for (int i = 0; i < hidden; i++) {
                units[i] += slice[i];
            }
        }
        for (int i = 0; i < hidden; i++) {
            float x = units[i] + bias[i];
            units[i] = x * x * x;
        }
        // Eight partial sums per score: a dot product with one sum waits on each addition in turn.
        double[] result = new double[labels];
        int whole = hidden - hidden % 8;
        for (int k = 0; k < labels; k++) {
            float[] weights = output[k];
            float s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
            for (int i = 0; i < whole; i += 8) {
                s0 += weights[i] * units[i];
                s1 += weights[i + 1] * units[i + 1];
                s2 += weights[i + 2] * units[i + 2];
                s3 += weights[i + 3] * units[i + 3];
                s4 += weights[i + 4] * units[i + 4];
                s5 += weights[i + 5] * units[i + 5];
                s6 += weights[i + 6] * units[i + 6];
                s7 += weights[i + 7] * units[i + 7];
            }
            for (int i = whole; i < hidden; i++) {
                s0 += weights[i] * units[i];
            }
            result[k] = ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
        }
        return result;
    }

    private float[] slice(int position, int token) {
        if (token >= firstNonWord) {
            return dense[(token - firstNonWord) * features + position];
        }
        int key = token * features + position;
        int index = mix(key) & (CACHE_SIZE - 1);
        Slice cached = cache[index];
        if (cached != null && cached.key() == key) {
            return cached.values();
        }
        float[] values = computeSlice(position, token);
        cache[index] = new Slice(key, values);
        return values;
    }

    private float[] computeSlice(int position, int token) {
        float[] embedding = embeddings[token];
        float[] weights = firstLayerByPosition[position];
        float[] values = new float[hidden];
        for (int d = 0; d < embeddingSize; d++) {
            float component = embedding[d];
            int row = d * hidden;
            for (int i = 0; i < hidden; i++) {
                values[i] += weights[row + i] * component;
            }
        }
        return values;
    }

    /** Spreads nearby keys (one token's positions, neighbouring tokens) over the cache. */
    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 15);
    }
}
