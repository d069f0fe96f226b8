package org.sitrep.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores the events the coder produced for gold sentences against the gold events, sentence by sentence, as
 * {@code docs/evaluation.md} defines the measures. Within a sentence, gold and produced events are sets of
 * distinct (source, code, target) triples. A gold event is found at a {@link GoldLevel} when some produced
 * event of its sentence has the same key at that level; a produced event is matched when some gold event of its
 * sentence has. Matching is not one to one: one produced event can find two gold events of the same root.
 * Sentences without gold events add nothing to recall, and every event produced for them counts against
 * precision.
 */
public record GoldScore(int sentences, int withEvents, int quietRight, int quietMissed, int exact,
                        Map<GoldLevel, Count> levels, Actors actors, Map<String, Count> byRoot,
                        Map<String, Count> byPlover, Map<String, Map<String, Integer>> confusion,
                        Map<CoderErrorClass, ClassScore> byClass, List<SentenceResult> mismatches, int unreadable) {

    /** Label of "no event" in the confusion table. */
    public static final String NONE = "none";

    /** A gold sentence and the distinct events the coder produced for it. */
    public record SentenceResult(GoldSentence sentence, List<GoldEvent> produced) {
        public SentenceResult {
            Objects.requireNonNull(sentence, "sentence");
            produced = List.copyOf(new LinkedHashSet<>(produced));
        }

        /** The distinct gold events. */
        public List<GoldEvent> gold() {
            return List.copyOf(new LinkedHashSet<>(sentence.events()));
        }
    }

    /**
     * Counts at one level or of one category.
     *
     * @param gold     gold events the level applies to
     * @param found    of them, those found
     * @param produced produced events the level applies to
     * @param matched  of them, those matching a gold event
     */
    public record Count(int gold, int found, int produced, int matched) {

        /** found / gold, or NaN without gold events. */
        public double recall() {
            return gold == 0 ? Double.NaN : (double) found / gold;
        }

        /** matched / produced, or NaN without produced events. */
        public double precision() {
            return produced == 0 ? Double.NaN : (double) matched / produced;
        }

        Count plus(int goldAdded, int foundAdded, int producedAdded, int matchedAdded) {
            return new Count(gold + goldAdded, found + foundAdded, produced + producedAdded, matched + matchedAdded);
        }
    }

    /**
     * Actor accuracy over the gold events found at root level that name an actor in the role: how many of them
     * have a produced event of the same root with the same actor country ({@link GoldLevel#country}), and with the
     * same full actor code, in that role.
     */
    public record Actors(int sources, int sourceCountry, int sourceCode, int targets, int targetCountry,
                         int targetCode) {
    }

    /**
     * The figures of the sentences tagged with one {@link CoderErrorClass}: the same counts as the whole score's
     * levels, restricted to those sentences.
     *
     * @param sentences  sentences tagged with the class
     * @param withEvents of them, those with gold events
     * @param levels     counts at each level over those sentences
     */
    public record ClassScore(int sentences, int withEvents, Map<GoldLevel, Count> levels) {
        public ClassScore {
            Map<GoldLevel, Count> copy = new EnumMap<>(GoldLevel.class);
            copy.putAll(levels);
            levels = java.util.Collections.unmodifiableMap(copy);
        }

        public Count level(GoldLevel level) {
            return levels.get(level);
        }
    }

    public GoldScore {
        levels = java.util.Collections.unmodifiableMap(new EnumMap<>(levels));
        Map<CoderErrorClass, ClassScore> classes = new EnumMap<>(CoderErrorClass.class);
        classes.putAll(byClass);
        byClass = java.util.Collections.unmodifiableMap(classes);
        byRoot = java.util.Collections.unmodifiableMap(new TreeMap<>(byRoot));
        byPlover = java.util.Collections.unmodifiableMap(new TreeMap<>(byPlover));
        Map<String, Map<String, Integer>> copy = new TreeMap<>(GoldScore::compareLabels);
        confusion.forEach((row, cells) -> {
            Map<String, Integer> cellsCopy = new TreeMap<>(GoldScore::compareLabels);
            cellsCopy.putAll(cells);
            copy.put(row, java.util.Collections.unmodifiableMap(cellsCopy));
        });
        confusion = java.util.Collections.unmodifiableMap(copy);
        mismatches = List.copyOf(mismatches);
    }

    /** Scores the results; {@code unreadable} is the number of gold lines that could not be used, reported only. */
    public static GoldScore of(List<SentenceResult> results, int unreadable) {
        Map<GoldLevel, Count> levels = new EnumMap<>(GoldLevel.class);
        for (GoldLevel level : GoldLevel.values()) {
            levels.put(level, new Count(0, 0, 0, 0));
        }
        Map<String, Count> byRoot = new TreeMap<>();
        Map<String, Count> byPlover = new TreeMap<>();
        Map<String, Map<String, Integer>> confusion = new TreeMap<>();
        Map<CoderErrorClass, ClassScore> byClass = new EnumMap<>(CoderErrorClass.class);
        int[] actors = new int[6];
        int withEvents = 0;
        int quietRight = 0;
        int quietMissed = 0;
        int exact = 0;
        List<SentenceResult> mismatches = new ArrayList<>();
        for (SentenceResult result : results) {
            List<GoldEvent> gold = result.gold();
            List<GoldEvent> produced = result.produced();
            if (gold.isEmpty()) {
                quietRight += produced.isEmpty() ? 1 : 0;
            } else {
                withEvents++;
                quietMissed += produced.isEmpty() ? 1 : 0;
            }
            if (Set.copyOf(gold).equals(Set.copyOf(produced))) {
                exact++;
            } else {
                mismatches.add(result);
            }
            Map<GoldLevel, Count> sentenceCounts = new EnumMap<>(GoldLevel.class);
            for (GoldLevel level : GoldLevel.values()) {
                sentenceCounts.put(level, count(level, gold, produced));
                levels.merge(level, sentenceCounts.get(level), GoldScore::sum);
            }
            for (CoderErrorClass errorClass : result.sentence().classes()) {
                byClass.merge(errorClass, new ClassScore(1, gold.isEmpty() ? 0 : 1, sentenceCounts),
                        GoldScore::sum);
            }
            for (GoldEvent event : gold) {
                boolean found = matches(GoldLevel.ROOT, event, produced);
                byRoot.merge(event.root(), new Count(1, found ? 1 : 0, 0, 0), GoldScore::sum);
                String type = GoldLevel.PLOVER.key(event);
                if (type != null) {
                    byPlover.merge(type, new Count(1, matches(GoldLevel.PLOVER, event, produced) ? 1 : 0, 0, 0),
                            GoldScore::sum);
                }
                if (found) {
                    tallyActors(event, produced, actors);
                }
            }
            for (GoldEvent event : produced) {
                byRoot.merge(event.root(), new Count(0, 0, 1, matches(GoldLevel.ROOT, event, gold) ? 1 : 0),
                        GoldScore::sum);
                String type = GoldLevel.PLOVER.key(event);
                if (type != null) {
                    byPlover.merge(type, new Count(0, 0, 1, matches(GoldLevel.PLOVER, event, gold) ? 1 : 0),
                            GoldScore::sum);
                }
            }
            confuse(gold, produced, confusion);
        }
        return new GoldScore(results.size(), withEvents, quietRight, quietMissed, exact, levels,
                new Actors(actors[0], actors[1], actors[2], actors[3], actors[4], actors[5]), byRoot, byPlover,
                confusion, byClass, mismatches, unreadable);
    }

    private static Count count(GoldLevel level, List<GoldEvent> gold, List<GoldEvent> produced) {
        int goldCount = 0;
        int found = 0;
        for (GoldEvent event : gold) {
            if (level.key(event) != null) {
                goldCount++;
                found += matches(level, event, produced) ? 1 : 0;
            }
        }
        int producedCount = 0;
        int matched = 0;
        for (GoldEvent event : produced) {
            if (level.key(event) != null) {
                producedCount++;
                matched += matches(level, event, gold) ? 1 : 0;
            }
        }
        return new Count(goldCount, found, producedCount, matched);
    }

    /** Whether some event of {@code others} has the key {@code event} has at {@code level}. */
    static boolean matches(GoldLevel level, GoldEvent event, List<GoldEvent> others) {
        String key = level.key(event);
        if (key == null) {
            return false;
        }
        for (GoldEvent other : others) {
            if (key.equals(level.key(other))) {
                return true;
            }
        }
        return false;
    }

    private static void tallyActors(GoldEvent event, List<GoldEvent> produced, int[] tally) {
        List<GoldEvent> sameRoot = produced.stream().filter(p -> p.root().equals(event.root())).toList();
        if (!event.source().isEmpty()) {
            tally[0]++;
            tally[1] += sameRoot.stream().anyMatch(p -> GoldLevel.country(p.source())
                    .equals(GoldLevel.country(event.source()))) ? 1 : 0;
            tally[2] += sameRoot.stream().anyMatch(p -> p.source().equals(event.source())) ? 1 : 0;
        }
        if (!event.target().isEmpty()) {
            tally[3]++;
            tally[4] += sameRoot.stream().anyMatch(p -> GoldLevel.country(p.target())
                    .equals(GoldLevel.country(event.target()))) ? 1 : 0;
            tally[5] += sameRoot.stream().anyMatch(p -> p.target().equals(event.target())) ? 1 : 0;
        }
    }

    /**
     * One sentence's cells of the root confusion table: each root both sides have is a hit; the gold roots no
     * produced event has are paired, in order, with the produced roots no gold event has; what is left over on
     * either side is paired with "none"; a sentence with neither is one (none, none).
     */
    private static void confuse(List<GoldEvent> gold, List<GoldEvent> produced,
                                Map<String, Map<String, Integer>> confusion) {
        Set<String> goldRoots = new LinkedHashSet<>();
        gold.forEach(event -> goldRoots.add(event.root()));
        Set<String> producedRoots = new LinkedHashSet<>();
        produced.forEach(event -> producedRoots.add(event.root()));
        if (goldRoots.isEmpty() && producedRoots.isEmpty()) {
            cell(confusion, NONE, NONE);
            return;
        }
        List<String> goldOnly = new ArrayList<>();
        for (String root : goldRoots) {
            if (producedRoots.contains(root)) {
                cell(confusion, root, root);
            } else {
                goldOnly.add(root);
            }
        }
        List<String> producedOnly = producedRoots.stream().filter(root -> !goldRoots.contains(root)).toList();
        for (int i = 0; i < Math.max(goldOnly.size(), producedOnly.size()); i++) {
            cell(confusion, i < goldOnly.size() ? goldOnly.get(i) : NONE,
                    i < producedOnly.size() ? producedOnly.get(i) : NONE);
        }
    }

    private static void cell(Map<String, Map<String, Integer>> confusion, String goldRoot, String producedRoot) {
        confusion.computeIfAbsent(goldRoot, row -> new TreeMap<>()).merge(producedRoot, 1, Integer::sum);
    }

    private static Count sum(Count a, Count b) {
        return a.plus(b.gold(), b.found(), b.produced(), b.matched());
    }

    private static ClassScore sum(ClassScore a, ClassScore b) {
        Map<GoldLevel, Count> levels = new EnumMap<>(a.levels());
        b.levels().forEach((level, count) -> levels.merge(level, count, GoldScore::sum));
        return new ClassScore(a.sentences() + b.sentences(), a.withEvents() + b.withEvents(), levels);
    }

    /** Roots in numeric order, "none" last. */
    private static int compareLabels(String a, String b) {
        return Comparator.<String, Boolean>comparing(NONE::equals).thenComparing(Comparator.naturalOrder())
                .compare(a, b);
    }

    public Count level(GoldLevel level) {
        return levels.get(level);
    }

    /** The one line that sums the score up. */
    public String headline() {
        return String.format(Locale.ROOT, "gold: %d sentences (%d with events), root recall %s, PLOVER type %s, "
                        + "type+countries %s, exact triple %s, root precision %s%s", sentences, withEvents,
                percent(level(GoldLevel.ROOT).recall()), percent(level(GoldLevel.PLOVER).recall()),
                percent(level(GoldLevel.PLOVER_COUNTRIES).recall()), percent(level(GoldLevel.TRIPLE).recall()),
                percent(level(GoldLevel.ROOT).precision()),
                unreadable == 0 ? "" : String.format(Locale.ROOT, " (%d lines unreadable)", unreadable));
    }

    /**
     * The full report {@code sitrep eval gold} prints: tables, the headline, and after it, when any sentence is
     * tagged with an error class, the {@link #classTable() per-class table}.
     */
    public String format() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "sentences %d: %d with gold events (sitrep produced none for %d), "
                        + "%d without (sitrep produced none for %d); exactly right %d%n", sentences, withEvents,
                quietMissed, sentences - withEvents, quietRight, exact));
        out.append('\n').append(String.format(Locale.ROOT, "%-17s %6s %6s %8s %9s %8s %10s%n", "level", "gold",
                "found", "recall", "produced", "matched", "precision"));
        levels.forEach((level, count) -> out.append(row(level.label(), count)));
        out.append('\n').append(String.format(Locale.ROOT, "actors of gold events found at root level:%n"));
        out.append(String.format(Locale.ROOT, "  source: %d, country right %s, code right %s%n", actors.sources(),
                percent(share(actors.sourceCountry(), actors.sources())),
                percent(share(actors.sourceCode(), actors.sources()))));
        out.append(String.format(Locale.ROOT, "  target: %d, country right %s, code right %s%n", actors.targets(),
                percent(share(actors.targetCountry(), actors.targets())),
                percent(share(actors.targetCode(), actors.targets()))));
        out.append('\n').append(String.format(Locale.ROOT, "%-17s %6s %6s %8s %9s %8s %10s%n", "CAMEO root", "gold",
                "found", "recall", "produced", "matched", "precision"));
        byRoot.forEach((root, count) -> out.append(row(root, count)));
        out.append('\n').append(String.format(Locale.ROOT, "%-17s %6s %6s %8s %9s %8s %10s%n", "PLOVER type", "gold",
                "found", "recall", "produced", "matched", "precision"));
        byPlover.forEach((type, count) -> out.append(row(type, count)));
        out.append('\n').append(confusionTable());
        out.append('\n').append(headline()).append('\n');
        if (!byClass.isEmpty()) {
            out.append('\n').append(classTable());
        }
        return out.toString();
    }

    /**
     * One row per error class, every class listed once any sentence is tagged: sentences tagged with it (and how
     * many of them have gold events), recall at root, PLOVER, PLOVER+countries and triple level, root precision,
     * and the produced events of no gold root (the spurious ones, what class 8 is about).
     */
    public String classTable() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%-28s %9s %6s %7s %7s %10s %7s %9s %8s %8s%n", "error class", "sentences", "w/gold", "root",
                "PLOVER", "type+ctry", "triple", "root prec", "produced", "spurious"));
        for (CoderErrorClass errorClass : CoderErrorClass.values()) {
            ClassScore score = byClass.get(errorClass);
            if (score == null) {
                score = new ClassScore(0, 0, Map.of());
            }
            Count root = score.levels().getOrDefault(GoldLevel.ROOT, new Count(0, 0, 0, 0));
            out.append(String.format(Locale.ROOT, "%-28s %9d %6d %7s %7s %10s %7s %9s %8d %8d%n",
                    errorClass.number() + " " + errorClass.label(), score.sentences(), score.withEvents(),
                    percent(root.recall()), percent(recall(score, GoldLevel.PLOVER)),
                    percent(recall(score, GoldLevel.PLOVER_COUNTRIES)), percent(recall(score, GoldLevel.TRIPLE)),
                    percent(root.precision()), root.produced(), root.produced() - root.matched()));
        }
        return out.toString();
    }

    private static double recall(ClassScore score, GoldLevel level) {
        Count count = score.levels().get(level);
        return count == null ? Double.NaN : count.recall();
    }

    /** Gold roots down, produced roots across. */
    public String confusionTable() {
        Set<String> columns = new TreeSet<>(GoldScore::compareLabels);
        confusion.values().forEach(cells -> columns.addAll(cells.keySet()));
        StringBuilder out = new StringBuilder("root confusion (rows gold, columns produced)\n");
        out.append(String.format(Locale.ROOT, "%-6s", "gold"));
        columns.forEach(column -> out.append(String.format(Locale.ROOT, "%5s", column)));
        out.append('\n');
        confusion.forEach((row, cells) -> {
            out.append(String.format(Locale.ROOT, "%-6s", row));
            columns.forEach(column -> {
                Integer n = cells.get(column);
                out.append(String.format(Locale.ROOT, "%5s", n == null ? "." : n.toString()));
            });
            out.append('\n');
        });
        return out.toString();
    }

    /** Every sentence whose produced events differ from its gold events. */
    public String details() {
        StringBuilder out = new StringBuilder();
        for (SentenceResult result : mismatches) {
            GoldSentence sentence = result.sentence();
            out.append(sentence.id()).append(sentence.half().isEmpty() ? "" : " [" + sentence.half() + "]")
                    .append(' ').append(sentence.text()).append('\n');
            out.append("  gold     ").append(result.gold()).append('\n');
            out.append("  produced ").append(result.produced()).append('\n');
            List<GoldEvent> missedRoots = result.gold().stream()
                    .filter(event -> !matches(GoldLevel.ROOT, event, result.produced())).toList();
            List<GoldEvent> spuriousRoots = result.produced().stream()
                    .filter(event -> !matches(GoldLevel.ROOT, event, result.gold())).toList();
            if (!missedRoots.isEmpty()) {
                out.append("  root missed   ").append(missedRoots).append('\n');
            }
            if (!spuriousRoots.isEmpty()) {
                out.append("  root spurious ").append(spuriousRoots).append('\n');
            }
        }
        return out.toString();
    }

    /** The score as one JSON object (no per-sentence listing). */
    public ObjectNode toJson(ObjectMapper mapper) {
        ObjectNode json = mapper.createObjectNode();
        json.put("sentences", sentences).put("withEvents", withEvents).put("withoutEvents", sentences - withEvents)
                .put("noneProducedForEventSentences", quietMissed).put("noneProducedForEventlessSentences", quietRight)
                .put("exactlyRight", exact).put("unreadableLines", unreadable);
        ObjectNode levelsJson = json.putObject("levels");
        levels.forEach((level, count) -> put(levelsJson.putObject(level.label()), count));
        ObjectNode actorsJson = json.putObject("actors");
        actorsJson.putObject("source").put("gold", actors.sources()).put("countryRight", actors.sourceCountry())
                .put("codeRight", actors.sourceCode());
        actorsJson.putObject("target").put("gold", actors.targets()).put("countryRight", actors.targetCountry())
                .put("codeRight", actors.targetCode());
        ObjectNode roots = json.putObject("byRoot");
        byRoot.forEach((root, count) -> put(roots.putObject(root), count));
        ObjectNode types = json.putObject("byPlover");
        byPlover.forEach((type, count) -> put(types.putObject(type), count));
        ObjectNode table = json.putObject("confusion");
        confusion.forEach((row, cells) -> {
            ObjectNode rowJson = table.putObject(row);
            cells.forEach(rowJson::put);
        });
        if (!byClass.isEmpty()) {
            ObjectNode classes = json.putObject("byClass");
            byClass.forEach((errorClass, score) -> {
                ObjectNode classJson = classes.putObject(Integer.toString(errorClass.number()));
                classJson.put("label", errorClass.label()).put("sentences", score.sentences())
                        .put("withEvents", score.withEvents());
                ObjectNode classLevels = classJson.putObject("levels");
                score.levels().forEach((level, count) -> put(classLevels.putObject(level.label()), count));
            });
        }
        json.put("headline", headline());
        return json;
    }

    private static void put(ObjectNode json, Count count) {
        json.put("gold", count.gold()).put("found", count.found()).put("produced", count.produced())
                .put("matched", count.matched());
        if (!Double.isNaN(count.recall())) {
            json.put("recall", count.recall());
        }
        if (!Double.isNaN(count.precision())) {
            json.put("precision", count.precision());
        }
    }

    private static String row(String label, Count count) {
        return String.format(Locale.ROOT, "%-17s %6d %6d %8s %9d %8d %10s%n", label, count.gold(), count.found(),
                percent(count.recall()), count.produced(), count.matched(), percent(count.precision()));
    }

    private static double share(int part, int whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }

    /** A share as {@code 43.1%}, or {@code n/a} when undefined. */
    public static String percent(double share) {
        return Double.isNaN(share) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }
}
