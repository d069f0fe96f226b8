package org.sitrep.petrarch;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.sitrep.internal.DependencyTree;
import org.sitrep.model.Actor;
import org.sitrep.model.Article;
import org.sitrep.model.Mention;
import org.sitrep.model.Sentence;
import org.sitrep.petrarch.UnitTestRecords.Record;
import org.sitrep.petrarch.UnitTestRecords.Triple;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Resolved;

/**
 * Runs PETRARCH's unit-test records through sitrep and scores the events as (source, code, target) triples
 * per record: matched, missed (expected, not coded) and spurious (coded, not expected), by category. Records
 * that expect an error instead of events (discards, datelines, broken parse trees) expect no triples; what
 * sitrep codes for them counts as spurious.
 */
public final class PetrarchEvaluation {

    /** The outcome of one record. */
    public record Outcome(Record record, Set<Triple> coded, Set<Triple> matched, Set<Triple> missed,
                          Set<Triple> spurious) {
    }

    /** Counts of one category, or of all. */
    public record Tally(int records, int expected, int matched, int missed, int spurious) {

        Tally plus(Outcome outcome) {
            return new Tally(records + 1, expected + outcome.record().expected().size(),
                    matched + outcome.matched().size(), missed + outcome.missed().size(),
                    spurious + outcome.spurious().size());
        }

        /** Matched triples as a share of the expected ones, 0 to 1. */
        public double matchedShare() {
            return expected == 0 ? 1.0 : (double) matched / expected;
        }

        /** Spurious triples as a share of all triples coded, 0 to 1. */
        public double spuriousShare() {
            int coded = matched + spurious;
            return coded == 0 ? 0.0 : (double) spurious / coded;
        }
    }

    /** All outcomes, with tallies by category and overall. */
    public record Report(List<Outcome> outcomes, Map<String, Tally> byCategory, Tally overall,
                         Set<String> ignoredOptions) {

        /** The table {@code sitrep eval petrarch} prints; with {@code details}, each imperfect record too. */
        public String format(boolean details) {
            StringBuilder out = new StringBuilder();
            if (details) {
                for (Outcome outcome : outcomes) {
                    if (outcome.missed().isEmpty() && outcome.spurious().isEmpty()) {
                        continue;
                    }
                    out.append(outcome.record().id()).append(" [").append(outcome.record().category()).append("] ")
                            .append(outcome.record().text()).append('\n');
                    out.append("  expected ").append(outcome.record().expected())
                            .append(outcome.record().error().isEmpty() ? "" : " (error: " + outcome.record().error() + ")")
                            .append("\n  coded    ").append(outcome.coded()).append('\n');
                }
                out.append('\n');
            }
            out.append(String.format(Locale.ROOT, "%-10s %7s %8s %8s %7s %7s %9s %9s%n", "category", "records",
                    "expected", "matched", "missed", "spurious", "matched%", "spurious%"));
            byCategory.forEach((category, tally) -> out.append(row(category, tally)));
            out.append(row("overall", overall));
            if (!ignoredOptions.isEmpty()) {
                out.append("options of the records file sitrep does not reproduce: ")
                        .append(String.join(", ", ignoredOptions)).append('\n');
            }
            return out.toString();
        }

        private static String row(String name, Tally tally) {
            return String.format(Locale.ROOT, "%-10s %7d %8d %8d %7d %7d %8.1f%% %8.1f%%%n", name, tally.records(),
                    tally.expected(), tally.matched(), tally.missed(), tally.spurious(), 100 * tally.matchedShare(),
                    100 * tally.spuriousShare());
        }
    }

    private final Pipeline pipeline;
    private final PetrarchCoder coder;

    /**
     * @param pipeline a pipeline whose resolver uses the PETRARCH actor dictionaries (its own coder is not used)
     * @param coder    the PETRARCH coder; each record's {@code require_dyad} option is applied to it
     */
    public PetrarchEvaluation(Pipeline pipeline, PetrarchCoder coder) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.coder = Objects.requireNonNull(coder, "coder");
    }

    public Report run(UnitTestRecords records) {
        List<Outcome> outcomes = new ArrayList<>();
        Map<String, Tally> byCategory = new TreeMap<>();
        Tally overall = new Tally(0, 0, 0, 0, 0);
        for (Record record : records.records()) {
            Outcome outcome = evaluate(record);
            outcomes.add(outcome);
            byCategory.merge(record.category(), new Tally(0, 0, 0, 0, 0).plus(outcome), PetrarchEvaluation::sum);
            overall = overall.plus(outcome);
        }
        return new Report(outcomes, byCategory, overall, records.ignoredOptions());
    }

    private static Tally sum(Tally a, Tally b) {
        return new Tally(a.records() + b.records(), a.expected() + b.expected(), a.matched() + b.matched(),
                a.missed() + b.missed(), a.spurious() + b.spurious());
    }

    /** Codes one record and compares. */
    public Outcome evaluate(Record record) {
        Set<Triple> coded = code(record.text(), record.date(), record.requireDyad(), record.id());
        Set<Triple> matched = new LinkedHashSet<>(coded);
        matched.retainAll(record.expected());
        Set<Triple> missed = new LinkedHashSet<>(record.expected());
        missed.removeAll(coded);
        Set<Triple> spurious = new LinkedHashSet<>(coded);
        spurious.removeAll(record.expected());
        return new Outcome(record, coded, matched, missed, spurious);
    }

    /** The triples sitrep codes from a text, in PETRARCH's notation. */
    public Set<Triple> code(String text, java.time.LocalDate date, boolean requireDyad, String id) {
        Article article = Article.of("", text, date, "", "", "petrarch:" + id);
        Resolved resolved = pipeline.resolveEverySentence(article);
        PetrarchCoder recordCoder = coder.requiringDyad(requireDyad);
        Set<Triple> coded = new LinkedHashSet<>();
        if (recordCoder.storyDiscard(resolved) != null) {
            return coded;
        }
        for (Sentence sentence : resolved.parsed().sentences()) {
            if (!sentence.parsed()) {
                continue;
            }
            List<Mention> mentions = resolved.mentionsIn(sentence.index());
            for (PetrarchCoder.Coded event : recordCoder.codeRaw(new DependencyTree(sentence), mentions, null)) {
                for (String source : notation(recordCoder, event.source().actor())) {
                    if (event.target() == null) {
                        coded.add(new Triple(source, event.code(), "---"));
                        continue;
                    }
                    for (String target : notation(recordCoder, event.target().actor())) {
                        coded.add(new Triple(source, event.code(), target));
                    }
                }
            }
        }
        return coded;
    }

    /** PETRARCH writes an actor known only by its agent with "---" for the missing country: "---GOV". */
    private static List<String> notation(PetrarchCoder coder, Actor actor) {
        boolean agentOnly = actor.isAgentOnly();
        List<String> codes = new ArrayList<>();
        for (String code : coder.codesOf(actor)) {
            codes.add(agentOnly ? "---" + code : code);
        }
        return codes;
    }
}
