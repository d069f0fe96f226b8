package edu.stanford.nlp.parser.nndep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SinglePrecisionClassifierTest {

    private static DependencyParser parser;
    private static Classifier stock;

    @BeforeAll
    static void loadModel() throws ReflectiveOperationException {
        parser = new DependencyParser(new Properties());
        parser.loadModelFile("edu/stanford/nlp/models/parser/nndep/english_UD.gz");
        Field field = DependencyParser.class.getDeclaredField("classifier");
        field.setAccessible(true);
        stock = (Classifier) field.get(parser);
        assertFalse(SinglePrecisionClassifier.installedIn(parser));
        SinglePrecisionClassifier.install(parser);
    }

    @Test
    void installsItselfInPlaceOfTheStockClassifier() {
        assertTrue(SinglePrecisionClassifier.installedIn(parser));
    }

    @Test
    void scoresAsCoreNlpDoesToFiveDigitsAndPicksTheSameTransition() throws ReflectiveOperationException {
        Field field = DependencyParser.class.getDeclaredField("classifier");
        field.setAccessible(true);
        Classifier fast = (Classifier) field.get(parser);
        int tokens = stock.getE().length;
        int features = stock.getW1()[0].length / stock.getE()[0].length;
        Random random = new Random(12);
        for (int trial = 0; trial < 300; trial++) {
            int[] ids = new int[features];
            for (int j = 0; j < features; j++) {
                // Repeat ids often, so that cached slices are read as well as computed.
                ids[j] = random.nextInt(trial % 2 == 0 ? tokens : 50);
            }
            // Twice: the second call reads every slice from the cache.
            for (int call = 0; call < 2; call++) {
                double[] expected = stock.computeScores(ids);
                double[] actual = fast.computeScores(ids);
                assertEquals(expected.length, actual.length);
                double scale = 0;
                for (double score : expected) {
                    scale = Math.max(scale, Math.abs(score));
                }
                for (int k = 0; k < expected.length; k++) {
                    assertEquals(expected[k], actual[k], 1e-5 * scale, "score " + k + " of trial " + trial);
                }
                assertEquals(best(expected), best(actual), "trial " + trial);
            }
        }
    }

    @Test
    void parsesAnInventedSentenceWithTheExpectedSubjectAndObject() {
        var words = edu.stanford.nlp.ling.SentenceUtils.toTaggedList(
                java.util.List.of("Norland", "envoys", "rejected", "the", "offer", "."),
                java.util.List.of("NNP", "NNS", "VBD", "DT", "NN", "."));
        String arcs = parser.predict(words).typedDependencies().toString();
        assertTrue(arcs.contains("nsubj(rejected-3, envoys-2)"), arcs);
        assertTrue(arcs.contains("obj(rejected-3, offer-5)"), arcs);
    }

    private static int best(double[] scores) {
        int best = 0;
        for (int k = 1; k < scores.length; k++) {
            if (scores[k] > scores[best]) {
                best = k;
            }
        }
        return best;
    }
}
