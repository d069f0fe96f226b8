import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.PointerUtils;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.data.list.PointerTargetNode;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Dev tool, not part of the engine: drafts lexicon candidates from WordNet 3.1 for a human to review.
 *
 * <p>For each pattern of coding/verbs.txt whose trigger carries the event's sense by itself (a verb with at
 * most particles, slots and a clausal complement; a noun with only slots), it picks the trigger's WordNet
 * synsets that fit the pattern's CAMEO root, lists their other lemmas and their direct troponyms (verbs) or
 * hyponyms (nouns) that are not already triggers for that code, and drafts lines by putting the new lemma in
 * the trigger's place. Nothing it prints goes into the lexicon unread: WordNet senses are often not the
 * political one.
 *
 * <p>Sense choice, so that a reviewer can check it: a synset scores 2 for each of its other lemmas that is
 * already a trigger in the same CAMEO root, and 1 for each gloss word that is such a trigger or a word of the
 * code's description. A synset is kept when it scores at least 2, or 1 when it is among the trigger's first
 * two senses, or when the trigger has a single sense. Every sense considered is printed with its score.
 *
 * <pre>
 * mvn -q -f tools/wordnet/pom.xml dependency:build-classpath -Dmdep.outputFile=target/cp.txt   # once, online
 * java -cp "$(cat tools/wordnet/target/cp.txt)" tools/wordnet/WordnetCandidates.java \
 *     sitrep-core/src/main/resources/org/sitrep/coding tools/wordnet/target/candidates.txt
 * </pre>
 */
public class WordnetCandidates {

    static final Set<String> PREPOSITIONS = Set.of("to", "on", "with", "against", "by", "from", "of", "in", "at",
            "into", "for", "toward", "towards", "over", "about", "upon", "between", "among", "through", "across",
            "onto", "near", "within", "behind", "outside", "inside", "under", "after", "before", "around",
            "beyond", "like", "as", "than", "off", "out", "up", "down", "back", "away", "alongside");

    static final Set<String> ADVERBIAL = Set.of("up", "down", "out", "off", "back", "away");

    static final Set<String> STOP = Set.of("a", "an", "the", "of", "to", "or", "and", "in", "on", "by", "for",
            "with", "as", "from", "be", "is", "that", "this", "something", "someone", "somebody", "one", "not",
            "make", "do", "have", "give", "take", "it", "its", "their", "other", "others", "into", "out", "up",
            "specified", "below", "e.g.", "etc", "engage");

    record Pattern(String code, String id, List<String> words, String flags, boolean noun, String trigger,
                   List<String> particles, boolean light) {
    }

    public static void main(String[] args) throws IOException, JWNLException {
        Path folder = Path.of(args[0]);
        Path out = Path.of(args[1]);
        List<Pattern> patterns = readLexicon(folder.resolve("verbs.txt"));
        Map<String, String> descriptions = readCodes(folder.resolve("cameo-codes.tsv"));
        Dictionary wordnet = Dictionary.getDefaultResourceInstance();

        // Triggers per code and per root, and every code each lemma triggers (to flag cross-root words).
        Map<String, Set<String>> byCode = new TreeMap<>();
        Map<String, Set<String>> byRoot = new TreeMap<>();
        Map<String, Set<String>> codesOf = new TreeMap<>();
        for (Pattern p : patterns) {
            String key = key(p);
            byCode.computeIfAbsent(p.code, c -> new HashSet<>()).add(key);
            byRoot.computeIfAbsent(p.code.substring(0, 2), c -> new HashSet<>()).add(p.trigger);
            codesOf.computeIfAbsent(key, c -> new LinkedHashSet<>()).add(p.code);
        }

        // (code, trigger key) -> the sense-bearing patterns to substitute into.
        Map<String, List<Pattern>> groups = new LinkedHashMap<>();
        for (Pattern p : patterns) {
            if (!p.light) {
                groups.computeIfAbsent(p.code + "\t" + key(p) + "\t" + (p.noun ? "n" : "v"),
                        g -> new ArrayList<>()).add(p);
            }
        }

        Map<String, StringBuilder> sections = new TreeMap<>();
        Map<String, Set<String>> lemmasPerRoot = new TreeMap<>();
        Map<String, Set<String>> generatedPerRoot = new TreeMap<>();
        Map<String, Integer> linesPerRoot = new TreeMap<>();
        Set<String> drafted = new HashSet<>();
        for (Map.Entry<String, List<Pattern>> group : groups.entrySet()) {
            String[] parts = group.getKey().split("\t");
            String code = parts[0];
            String trigger = parts[1];
            POS pos = parts[2].equals("n") ? POS.NOUN : POS.VERB;
            String root = code.substring(0, 2);
            IndexWord index = wordnet.getIndexWord(pos, trigger.replace(' ', '_'));
            if (index == null) {
                continue;
            }
            Set<String> context = new HashSet<>(byRoot.get(root));
            for (Map.Entry<String, String> d : descriptions.entrySet()) {
                if (d.getKey().equals(root) || d.getKey().equals(code) || code.startsWith(d.getKey())) {
                    context.addAll(words(d.getValue()));
                }
            }
            context.removeAll(STOP);
            StringBuilder text = sections.computeIfAbsent(root, r -> new StringBuilder());
            text.append(String.format("%n## %s %s (%s) — %s%n", code, trigger, parts[2], descriptions.get(code)));
            List<Synset> senses = index.getSenses();
            Map<String, String> candidates = new LinkedHashMap<>();
            Map<String, Synset> where = new LinkedHashMap<>();
            for (int i = 0; i < senses.size(); i++) {
                Synset synset = senses.get(i);
                int score = 0;
                for (Word w : synset.getWords()) {
                    String lemma = lemma(w);
                    if (!lemma.equals(trigger) && byRoot.get(root).contains(lemma.split(" ")[0])) {
                        score += 2;
                    }
                }
                for (String g : words(synset.getGloss())) {
                    if (context.contains(g) && !g.equals(trigger)) {
                        score += 1;
                    }
                }
                boolean kept = score >= 2 || (score >= 1 && i < 2) || senses.size() == 1;
                text.append(String.format("  %s sense %d/%d score %d %s [%s] %s%n", kept ? "KEEP" : "    ", i + 1,
                        senses.size(), score, synset.getOffset(), lemmas(synset), shorten(synset.getGloss())));
                if (!kept) {
                    continue;
                }
                for (Word w : synset.getWords()) {
                    candidates.putIfAbsent(lemma(w), "syn of sense " + (i + 1) + " " + synset.getOffset());
                    where.putIfAbsent(lemma(w), synset);
                }
                // WordNet stores a verb's troponyms under the hyponym pointer.
                List<PointerTargetNode> below = PointerUtils.getDirectHyponyms(synset);
                for (PointerTargetNode node : below) {
                    for (Word w : node.getSynset().getWords()) {
                        where.putIfAbsent(lemma(w), node.getSynset());
                        candidates.putIfAbsent(lemma(w), (pos == POS.VERB ? "tropo" : "hypo") + " of sense "
                                + (i + 1) + " " + synset.getOffset() + " via " + node.getSynset().getOffset()
                                + " (" + shorten(node.getSynset().getGloss()) + ")");
                    }
                }
            }
            for (Map.Entry<String, String> c : candidates.entrySet()) {
                String lemma = c.getKey();
                Set<String> covered = coveredCodes(patterns, lemma);
                if (lemma.equals(trigger) || byCode.get(code).contains(lemma) || covered.contains(code)
                        || !lemma.matches("[a-z][a-z -]*")) {
                    continue;
                }
                // How central this sense is for the new lemma: sense 1 of 1 is safe, sense 9 of 12 rarely is.
                IndexWord own = wordnet.getIndexWord(pos, lemma.replace(' ', '_'));
                int senseRank = own == null ? -1 : own.getSenses().indexOf(where.get(lemma)) + 1;
                int senseCount = senseUseCount(where.get(lemma), lemma);
                String rank = own == null ? "?" : "this is its sense " + senseRank + "/" + own.getSenses().size()
                        + ", tagged uses in this sense " + senseCount;
                generatedPerRoot.computeIfAbsent(root, r -> new LinkedHashSet<>()).add(code + " " + lemma);
                // Shortlist: the new lemma must be used in this sense (SemCor tags it so at least once) or
                // this must be its first sense; otherwise the word almost always means something else.
                if (senseCount < 1 && senseRank != 1) {
                    continue;
                }
                // A lemma that already triggers another code was given its sense by hand; a second code for
                // it would compete with that line (on a tie the earlier line wins), so it is not drafted.
                if (!codesOf.getOrDefault(lemma, Set.of()).isEmpty() || !covered.isEmpty()) {
                    continue;
                }
                Set<String> elsewhere = codesOf.getOrDefault(lemma, Set.of());
                text.append(String.format("  + %-22s %s; %s%s%n", lemma, c.getValue(), rank,
                        elsewhere.isEmpty() ? "" : "; already triggers " + elsewhere));
                lemmasPerRoot.computeIfAbsent(root, r -> new LinkedHashSet<>()).add(code + " " + lemma);
                for (Pattern p : group.getValue()) {
                    String line = substitute(p, lemma);
                    if (drafted.add(p.code + " " + line)) {
                        String id = lemma.replace(' ', '_') + p.id.substring(p.id.indexOf('.'));
                        // keep the source line's matching flags (mutual, modal, intransitive), drop its src
                        List<String> flags = new ArrayList<>();
                        for (String f : p.flags.split(",")) {
                            if (!f.isBlank() && !f.strip().startsWith("src=")) {
                                flags.add(f.strip());
                            }
                        }
                        flags.add("src=wordnet");
                        text.append(String.format("      %-5s %-36s %s   [%s]  # from %s%n", p.code, id,
                                line, String.join(", ", flags), p.id));
                        linesPerRoot.merge(root, 1, Integer::sum);
                    }
                }
            }
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            w.println("# WordNet 3.1 candidates for coding/verbs.txt, drafted by tools/wordnet/WordnetCandidates.java.");
            w.println("# For review only. Counts per CAMEO root: distinct (code, new lemma) pairs generated, of them");
            w.println("# shortlisted (sense 1 of the new lemma or a tagged use in this sense, and no trigger of any code yet),"
                    + " and drafted lines.");
            for (String root : sections.keySet()) {
                w.printf("#   %s: %d generated, %d shortlisted, %d lines%n", root,
                        generatedPerRoot.getOrDefault(root, Set.of()).size(),
                        lemmasPerRoot.getOrDefault(root, Set.of()).size(), linesPerRoot.getOrDefault(root, 0));
            }
            w.printf("#   total: %d generated, %d shortlisted, %d lines%n",
                    generatedPerRoot.values().stream().mapToInt(Set::size).sum(),
                    lemmasPerRoot.values().stream().mapToInt(Set::size).sum(),
                    linesPerRoot.values().stream().mapToInt(Integer::intValue).sum());
            for (Map.Entry<String, StringBuilder> s : sections.entrySet()) {
                w.printf("%n# ===================== root %s =====================%n", s.getKey());
                w.print(s.getValue());
            }
        }
    }

    /**
     * Codes of the lines that already cover a lemma: a single word that triggers them, or a phrase "v w ..."
     * written as a line on trigger v that holds every other word (take over -> "SOURCE take over TARGET",
     * take to task -> "SOURCE take TARGET to task").
     */
    static Set<String> coveredCodes(List<Pattern> patterns, String lemma) {
        String[] words = lemma.split(" ");
        Set<String> codes = new LinkedHashSet<>();
        for (Pattern p : patterns) {
            if (!p.trigger.equals(words[0])) {
                continue;
            }
            List<String> rest = p.words.subList(p.noun ? 1 : 2, p.words.size());
            boolean all = true;
            for (int i = 1; i < words.length; i++) {
                all &= rest.contains(words[i]) || rest.contains(words[i].replaceAll("s$", ""));
            }
            if (words.length == 1 ? p.particles.isEmpty() : all) {
                codes.add(p.code);
            }
        }
        return codes;
    }

    static int senseUseCount(Synset synset, String lemma) {
        for (Word w : synset.getWords()) {
            if (lemma(w).equals(lemma)) {
                return w.getUseCount();
            }
        }
        return 0;
    }

    static String key(Pattern p) {
        return p.particles.isEmpty() ? p.trigger : p.trigger + " " + String.join(" ", p.particles);
    }

    static String lemma(Word w) {
        return w.getLemma().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static String lemmas(Synset s) {
        List<String> out = new ArrayList<>();
        for (Word w : s.getWords()) {
            out.add(lemma(w));
        }
        return String.join(", ", out);
    }

    static String shorten(String gloss) {
        String g = gloss.replaceAll("\\s+", " ");
        int quote = g.indexOf("; \"");
        if (quote > 0) {
            g = g.substring(0, quote);
        }
        return g.length() > 110 ? g.substring(0, 110) + "…" : g;
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (w.length() > 2) {
                out.add(w);
                // crude plural/inflection stripping, enough to meet lexicon lemmas in glosses
                if (w.endsWith("s")) {
                    out.add(w.substring(0, w.length() - 1));
                }
                if (w.endsWith("ed")) {
                    out.add(w.substring(0, w.length() - 2));
                    out.add(w.substring(0, w.length() - 1));
                }
                if (w.endsWith("ing")) {
                    out.add(w.substring(0, w.length() - 3));
                    out.add(w.substring(0, w.length() - 3) + "e");
                }
            }
        }
        return out;
    }

    /** The pattern with the trigger (and its particles) replaced by the new lemma's words. */
    static String substitute(Pattern p, String lemma) {
        List<String> out = new ArrayList<>();
        String[] newWords = lemma.split(" ");
        int at = p.noun ? 0 : 1;
        List<String> rest = new ArrayList<>(p.words.subList(at + 1, p.words.size()));
        for (String particle : p.particles) {
            rest.remove(particle);
        }
        out.addAll(p.words.subList(0, at));
        if (p.noun && newWords.length > 1) {
            // noun patterns write the head first, then its modifiers: "air strike" -> "strike air"
            out.add(newWords[newWords.length - 1]);
            for (int i = 0; i < newWords.length - 1; i++) {
                out.add(newWords[i]);
            }
        } else {
            out.addAll(List.of(newWords));
        }
        out.addAll(rest);
        return String.join(" ", out);
    }

    static Map<String, String> readCodes(Path path) throws IOException {
        Map<String, String> codes = new LinkedHashMap<>();
        for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            codes.put(f[0], f[1].toLowerCase(Locale.ROOT));
        }
        return codes;
    }

    static List<Pattern> readLexicon(Path path) throws IOException {
        List<Pattern> out = new ArrayList<>();
        for (String raw : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String flags = "";
            int bracket = line.indexOf('[');
            if (bracket >= 0) {
                flags = line.substring(bracket + 1, line.indexOf(']'));
                line = line.substring(0, bracket).strip();
            }
            String[] f = line.split("\\s+");
            List<String> words = List.of(f).subList(2, f.length);
            boolean noun = !words.get(0).equals("SOURCE");
            String trigger = noun ? words.get(0) : words.get(1);
            // Words before any `*`: particles (a preposition followed by nothing or another preposition) and
            // required words. A required plain word means the trigger is a light verb or a noun with
            // dependents ("impose sanction", "strike air"): its synonyms would not carry the event.
            List<String> particles = new ArrayList<>();
            boolean light = false;
            int star = words.indexOf("*");
            List<String> head = words.subList(noun ? 1 : 2, star < 0 ? words.size() : star);
            for (int i = 0; i < head.size(); i++) {
                String w = head.get(i);
                String next = i + 1 < head.size() ? head.get(i + 1) : null;
                if (w.equals("SOURCE") || w.equals("TARGET")) {
                    continue;
                }
                if (PREPOSITIONS.contains(w)) {
                    // "close down TARGET": an adverbial particle before a slot is the verb's particle (the
                    // parser reads it either way), so "close down" is looked up, not "close".
                    if (next == null || PREPOSITIONS.contains(next)
                            || (ADVERBIAL.contains(w) && next.equals("TARGET") && i == 0)) {
                        particles.add(w);
                    } else if (!next.equals("SOURCE") && !next.equals("TARGET")) {
                        light = true; // "PREP word": a required prepositional word
                        i++;
                    }
                    continue;
                }
                light = true;
            }
            out.add(new Pattern(f[0], f[1], words, flags, noun, trigger, particles, light));
        }
        return out;
    }
}
