package org.sitrep.coding;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.internal.DataFile;

/**
 * The event-pattern lexicon: patterns by trigger lemma, most specific first. The format is described at
 * the top of the built-in {@code verbs.txt}: {@code CODE ID PATTERN [flags]}, where a pattern such as
 * {@code SOURCE impose sanction on TARGET} or {@code accusation against TARGET} says which word triggers
 * the event and where its actors stand. Immutable and thread-safe.
 */
public final class Lexicon {

    /** Prepositions that may stand before a SOURCE or TARGET slot. */
    static final Set<String> PREPOSITIONS = Set.of("to", "on", "with", "against", "by", "from", "of", "in",
            "at", "into", "for", "toward", "towards", "over", "about", "upon", "between", "among", "through",
            "across", "onto", "near", "within", "behind", "outside", "inside", "under", "after", "before",
            "around", "beyond", "like", "as", "than", "alongside");

    private static final class Standard {
        static final Lexicon LEXICON = parse(DataFile.resource(Lexicon.class, "verbs.txt"), CameoTable.standard());
    }

    private final Map<String, List<EventPattern>> verbPatterns;
    private final Map<String, List<EventPattern>> nounPatterns;
    private final List<EventPattern> all;

    private Lexicon(List<EventPattern> patterns) {
        Map<String, List<EventPattern>> verbs = new HashMap<>();
        Map<String, List<EventPattern>> nouns = new HashMap<>();
        for (EventPattern pattern : patterns) {
            (pattern.noun() ? nouns : verbs).computeIfAbsent(pattern.trigger(), k -> new ArrayList<>()).add(pattern);
        }
        Comparator<EventPattern> mostSpecificFirst = Comparator.comparingInt(EventPattern::specificity).reversed();
        verbs.replaceAll((k, v) -> v.stream().sorted(mostSpecificFirst).toList());
        nouns.replaceAll((k, v) -> v.stream().sorted(mostSpecificFirst).toList());
        this.verbPatterns = Map.copyOf(verbs);
        this.nounPatterns = Map.copyOf(nouns);
        this.all = List.copyOf(patterns);
    }

    /** The built-in lexicon, loaded once and checked against the built-in CAMEO table. */
    public static Lexicon standard() {
        return Standard.LEXICON;
    }

    public static Lexicon fromFile(Path file, CameoTable table) {
        return parse(DataFile.file(file), table);
    }

    /** Parses lexicon lines; every code must be in {@code table}. */
    public static Lexicon parse(List<DataFile.Line> lines, CameoTable table) {
        List<EventPattern> patterns = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (DataFile.Line line : lines) {
            EventPattern pattern = parseLine(line);
            if (table.find(pattern.code()).isEmpty()) {
                throw line.error("CAMEO code " + pattern.code() + " is not in the code table");
            }
            if (!ids.add(pattern.id())) {
                throw line.error("rule id " + pattern.id() + " is used twice");
            }
            patterns.add(pattern);
        }
        return new Lexicon(patterns);
    }

    static EventPattern parseLine(DataFile.Line line) {
        String text = line.text().strip();
        List<String> flags = List.of();
        int bracket = text.indexOf('[');
        if (bracket >= 0) {
            if (!text.endsWith("]")) {
                throw line.error("flags must close with ] at the end of the line");
            }
            flags = Arrays.stream(text.substring(bracket + 1, text.length() - 1).split(","))
                    .map(String::strip).filter(f -> !f.isEmpty()).toList();
            text = text.substring(0, bracket).strip();
        }
        String provenance = "";
        for (String flag : flags) {
            if (flag.startsWith("src=")) {
                // Where the line came from (src=petrarch, src=wordnet): documentation only, never matched.
                if (!flag.matches("src=[a-z0-9-]+") || !provenance.isEmpty()) {
                    throw line.error("provenance is one src=name flag of a-z, 0-9 and -: " + flag);
                }
                provenance = flag.substring(4);
            } else if (!flag.equals("mutual") && !flag.equals("modal") && !flag.equals("intransitive")
                    && !flag.equals("reporting") && !flag.equals("negated")) {
                throw line.error("unknown flag " + flag);
            }
        }
        String[] words = text.split("\\s+");
        if (words.length < 3) {
            throw line.error("expected CODE ID PATTERN");
        }
        String code = words[0];
        String id = words[1];
        if (!code.matches("[0-2][0-9]{1,3}")) {
            throw line.error("not a CAMEO code: " + code);
        }
        if (!id.matches("[a-z0-9_.-]+")) {
            throw line.error("rule ids use a-z, 0-9, _ . and - only: " + id);
        }
        List<String> pattern = Arrays.asList(words).subList(2, words.length);
        boolean noun = !pattern.get(0).equals("SOURCE");
        int triggerAt = noun ? 0 : 1;
        if (pattern.size() <= triggerAt || isSlotOrStar(pattern.get(triggerAt))) {
            throw line.error("the pattern has no trigger word");
        }
        String trigger = pattern.get(triggerAt).toLowerCase(Locale.ROOT);
        List<EventPattern.Word> required = new ArrayList<>();
        List<String> complement = new ArrayList<>();
        boolean inComplement = false;
        boolean hasTarget = false;
        boolean hasSource = !noun;
        String targetPreposition = "";
        String sourcePreposition = "";
        String pendingPreposition = "";
        for (int k = triggerAt + 1; k < pattern.size(); k++) {
            String word = pattern.get(k);
            String next = k + 1 < pattern.size() ? pattern.get(k + 1) : "";
            switch (word) {
                case "*" -> {
                    if (inComplement) {
                        throw line.error("only one * per pattern");
                    }
                    inComplement = true;
                }
                case "TARGET" -> {
                    if (hasTarget) {
                        throw line.error("TARGET stands twice");
                    }
                    hasTarget = true;
                }
                case "SOURCE" -> {
                    if (hasSource) {
                        throw line.error("SOURCE stands twice");
                    }
                    hasSource = true;
                }
                default -> {
                    String lemma = word.toLowerCase(Locale.ROOT);
                    boolean preposition = PREPOSITIONS.contains(lemma);
                    if (inComplement) {
                        complement.add(lemma);
                    } else if (preposition && (next.equals("TARGET") || next.equals("SOURCE"))) {
                        if (next.equals("TARGET")) {
                            targetPreposition = lemma;
                        } else {
                            sourcePreposition = lemma;
                        }
                    } else if (preposition && isPlainWord(next)) {
                        // "call for regime change": the last word of the run hangs by this preposition.
                        pendingPreposition = lemma;
                    } else if (preposition) {
                        // Nothing, a slot-less preposition or * follows: a particle ("give in", "give in to").
                        required.add(new EventPattern.Word(lemma, "", true));
                    } else {
                        boolean endsRun = !isPlainWord(next);
                        required.add(new EventPattern.Word(lemma, endsRun ? pendingPreposition : "", false));
                        if (endsRun) {
                            pendingPreposition = "";
                        }
                    }
                }
            }
        }
        boolean mutual = flags.contains("mutual");
        if (mutual && hasTarget) {
            throw line.error("a mutual pattern has no TARGET slot");
        }
        return new EventPattern(code, id, noun, trigger, required, complement, hasTarget, targetPreposition,
                sourcePreposition, mutual, flags.contains("modal"), flags.contains("intransitive"),
                flags.contains("negated"), flags.contains("reporting"), provenance,
                line.file() + ":" + line.number());
    }

    private static boolean isPlainWord(String word) {
        return !word.isEmpty() && !isSlotOrStar(word) && !PREPOSITIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean isSlotOrStar(String word) {
        return word.equals("SOURCE") || word.equals("TARGET") || word.equals("*");
    }

    public List<EventPattern> verbPatterns(String lemma) {
        return verbPatterns.getOrDefault(lemma, List.of());
    }

    public List<EventPattern> nounPatterns(String lemma) {
        return nounPatterns.getOrDefault(lemma, List.of());
    }

    public Collection<EventPattern> all() {
        return all;
    }
}
