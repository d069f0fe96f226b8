package org.sitrep.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How well two independent annotations of the same sentences agree, as {@code docs/evaluation.md} defines it.
 * Only sentences both annotate are compared.
 *
 * <ul>
 *   <li>Per {@link GoldLevel}: each sentence's annotation becomes the set of its events' distinct keys at that
 *       level; over all sentences, F1 = 2 × (keys both give) / (keys of A + keys of B), and the share of sentences
 *       whose two sets are equal.</li>
 *   <li>Cohen's kappa of two sentence labels: event or no event; and the root of the first event listed, or
 *       "none": the first listed stands for the sentence's main event.</li>
 * </ul>
 *
 * @param sentences sentences both annotate
 * @param onlyInA   ids only A annotates
 * @param onlyInB   ids only B annotates
 * @param levels    agreement per level
 * @param events    kappa of event or no event
 * @param mainRoot  kappa of the first event's root, or none
 */
public record Agreement(int sentences, int onlyInA, int onlyInB, Map<GoldLevel, Sets> levels, Kappa events,
                        Kappa mainRoot) {

    /** Agreement of the per-sentence key sets at one level. */
    public record Sets(int inA, int inB, int both, int sameSentences, int sentences) {

        /** 2 × both / (inA + inB); NaN when neither gives a key. */
        public double f1() {
            return inA + inB == 0 ? Double.NaN : 2.0 * both / (inA + inB);
        }

        /** Share of sentences whose key sets are equal. */
        public double sameShare() {
            return sentences == 0 ? Double.NaN : (double) sameSentences / sentences;
        }
    }

    /**
     * Cohen's kappa of one label per sentence.
     *
     * @param sentences labelled by both
     * @param agree     labelled alike
     * @param expected  agreement expected by chance: the sum over labels of the product of the two annotators'
     *                  shares of that label
     */
    public record Kappa(int sentences, int agree, double expected) {

        public double observed() {
            return sentences == 0 ? Double.NaN : (double) agree / sentences;
        }

        /** (observed − expected) / (1 − expected); NaN when chance alone explains all (expected = 1). */
        public double kappa() {
            return expected >= 1 ? Double.NaN : (observed() - expected) / (1 - expected);
        }

        static Kappa of(List<String> a, List<String> b) {
            Map<String, Integer> countA = new HashMap<>();
            Map<String, Integer> countB = new HashMap<>();
            int agree = 0;
            for (int i = 0; i < a.size(); i++) {
                countA.merge(a.get(i), 1, Integer::sum);
                countB.merge(b.get(i), 1, Integer::sum);
                agree += a.get(i).equals(b.get(i)) ? 1 : 0;
            }
            double expected = 0;
            int n = a.size();
            for (Map.Entry<String, Integer> entry : countA.entrySet()) {
                expected += (double) entry.getValue() / n * countB.getOrDefault(entry.getKey(), 0) / n;
            }
            return new Kappa(n, agree, expected);
        }
    }

    public Agreement {
        levels = java.util.Collections.unmodifiableMap(new EnumMap<>(levels));
    }

    /** Compares two annotations, id to events. */
    public static Agreement of(Map<String, List<GoldEvent>> a, Map<String, List<GoldEvent>> b) {
        Map<GoldLevel, int[]> tallies = new EnumMap<>(GoldLevel.class);
        for (GoldLevel level : GoldLevel.values()) {
            tallies.put(level, new int[4]);
        }
        List<String> eventsA = new java.util.ArrayList<>();
        List<String> eventsB = new java.util.ArrayList<>();
        List<String> rootA = new java.util.ArrayList<>();
        List<String> rootB = new java.util.ArrayList<>();
        int onlyInA = 0;
        for (Map.Entry<String, List<GoldEvent>> entry : a.entrySet()) {
            List<GoldEvent> other = b.get(entry.getKey());
            if (other == null) {
                onlyInA++;
                continue;
            }
            List<GoldEvent> mine = entry.getValue();
            for (GoldLevel level : GoldLevel.values()) {
                Set<String> keysA = keys(level, mine);
                Set<String> keysB = keys(level, other);
                int[] tally = tallies.get(level);
                tally[0] += keysA.size();
                tally[1] += keysB.size();
                tally[2] += (int) keysA.stream().filter(keysB::contains).count();
                tally[3] += keysA.equals(keysB) ? 1 : 0;
            }
            eventsA.add(mine.isEmpty() ? "none" : "event");
            eventsB.add(other.isEmpty() ? "none" : "event");
            rootA.add(mine.isEmpty() ? "none" : mine.get(0).root());
            rootB.add(other.isEmpty() ? "none" : other.get(0).root());
        }
        int compared = eventsA.size();
        int onlyInB = (int) b.keySet().stream().filter(id -> !a.containsKey(id)).count();
        Map<GoldLevel, Sets> levels = new EnumMap<>(GoldLevel.class);
        tallies.forEach((level, t) -> levels.put(level, new Sets(t[0], t[1], t[2], t[3], compared)));
        return new Agreement(compared, onlyInA, onlyInB, levels, Kappa.of(eventsA, eventsB), Kappa.of(rootA, rootB));
    }

    private static Set<String> keys(GoldLevel level, List<GoldEvent> events) {
        Set<String> keys = new LinkedHashSet<>();
        for (GoldEvent event : events) {
            String key = level.key(event);
            if (key != null) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** The report {@code sitrep eval agreement} prints. */
    public String format() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "sentences compared %d (only in A: %d, only in B: %d)%n", sentences,
                onlyInA, onlyInB));
        out.append(String.format(Locale.ROOT, "%-17s %6s %6s %6s %7s %14s%n", "level", "A", "B", "both", "F1",
                "same sentences"));
        levels.forEach((level, sets) -> out.append(String.format(Locale.ROOT, "%-17s %6d %6d %6d %7s %14s%n",
                level.label(), sets.inA(), sets.inB(), sets.both(), decimal(sets.f1()),
                GoldScore.percent(sets.sameShare()))));
        out.append(String.format(Locale.ROOT, "event or none: observed %s, chance %s, Cohen's kappa %s%n",
                GoldScore.percent(events.observed()), GoldScore.percent(events.expected()), decimal(events.kappa())));
        out.append(String.format(Locale.ROOT, "main root:     observed %s, chance %s, Cohen's kappa %s%n",
                GoldScore.percent(mainRoot.observed()), GoldScore.percent(mainRoot.expected()),
                decimal(mainRoot.kappa())));
        return out.toString();
    }

    public ObjectNode toJson(ObjectMapper mapper) {
        ObjectNode json = mapper.createObjectNode();
        json.put("sentences", sentences).put("onlyInA", onlyInA).put("onlyInB", onlyInB);
        ObjectNode levelsJson = json.putObject("levels");
        levels.forEach((level, sets) -> {
            ObjectNode node = levelsJson.putObject(level.label()).put("a", sets.inA()).put("b", sets.inB())
                    .put("both", sets.both()).put("sameSentences", sets.sameSentences());
            if (!Double.isNaN(sets.f1())) {
                node.put("f1", sets.f1());
            }
        });
        kappa(json.putObject("eventOrNone"), events);
        kappa(json.putObject("mainRoot"), mainRoot);
        return json;
    }

    private static void kappa(ObjectNode json, Kappa kappa) {
        json.put("sentences", kappa.sentences()).put("agree", kappa.agree()).put("expected", kappa.expected());
        if (!Double.isNaN(kappa.kappa())) {
            json.put("kappa", kappa.kappa());
        }
    }

    private static String decimal(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
    }
}
