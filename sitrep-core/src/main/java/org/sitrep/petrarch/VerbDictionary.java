package org.sitrep.petrarch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PETRARCH verb dictionary: synonym sets ({@code &NAME} with {@code +MEMBER} lines) and verb blocks
 * ({@code --- HEADWORD [CODE] ---}, then the block's verbs, then its patterns {@code - WORDS * WORDS [CODE]}).
 * Reads both the TABARI-style validation file ({@code PETR.Validate.verbs.txt}) and PETRARCH2's
 * {@code CAMEO.2.0.txt}, whose noun phrases in braces and prepositional phrases in parentheses are read as
 * plain word sequences. Immutable.
 *
 * <p>Pattern syntax kept: {@code *} the verb; plain words; {@code _} joining words that must stand next to
 * each other (a space lets other words stand between); {@code &SET} any member of a synonym set (members may
 * be phrases and other sets); {@code +} the target, {@code $} the source, {@code %} a compound actor,
 * {@code ^} one skipped noun phrase; codes {@code [A:B]} give a second event from target back to source.
 */
public final class VerbDictionary {

    /** One word or slot of a pattern. */
    public record Element(Kind kind, List<List<String>> phrases, boolean joinedLeft, boolean pluralAllowed) {

        public enum Kind {
            /** Words: any of the phrases, each a run of consecutive words. */
            WORDS,
            /** {@code +}: the target stands here. */
            TARGET,
            /** {@code $}: the source stands here. */
            SOURCE,
            /** {@code %}: a compound actor stands here. */
            COMPOUND,
            /** {@code ^}: one noun phrase, skipped. */
            SKIP
        }

        public Element {
            Objects.requireNonNull(kind, "kind");
            phrases = phrases.stream().map(List::copyOf).toList();
        }

        @Override
        public String toString() {
            return switch (kind) {
                case TARGET -> "+";
                case SOURCE -> "$";
                case COMPOUND -> "%";
                case SKIP -> "^";
                case WORDS -> phrases.size() == 1 ? String.join(" ", phrases.get(0))
                        : phrases.stream().map(p -> String.join(" ", p)).toList().toString();
            };
        }
    }

    /**
     * A pattern line.
     *
     * @param code           the code of the event from source to target ({@code ---} codes nothing)
     * @param reverseCode    the code of the event from target back to source, or empty
     * @param before         elements before the verb, left to right
     * @param verbJoinedLeft whether the verb must follow the last element before it directly ({@code IN_*})
     * @param after          elements after the verb, left to right
     * @param text           the line as written
     * @param origin         file and line
     */
    public record VerbPattern(String code, String reverseCode, List<Element> before, boolean verbJoinedLeft,
                              List<Element> after, String text, String origin) {
        public VerbPattern {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }
    }

    /**
     * A verb of a block: a word (with its inflected forms) and, for phrasal verbs, the words that must stand
     * right before or after it ({@code WIRE_+TAP}, {@code +BREAK_DOWN}).
     *
     * @param name   as written, such as {@code BREAK_DOWN}
     * @param before words right before the verb word
     * @param forms  upper-case forms of the verb word
     * @param after  words right after the verb word
     * @param code   its own code, or the block's
     * @param reverseCode the code of the event back from target to source ({@code [032:033]}), or empty
     * @param block  the block's headword
     */
    public record Verb(String name, List<String> before, Set<String> forms, List<String> after, String code,
                       String reverseCode, String block) {
        public Verb {
            before = List.copyOf(before);
            forms = Set.copyOf(forms);
            after = List.copyOf(after);
        }

        public int length() {
            return before.size() + 1 + after.size();
        }
    }

    /** A verb block: its verbs share its patterns. */
    public record Block(String headword, String code, List<Verb> verbs, List<VerbPattern> patterns) {
        public Block {
            verbs = List.copyOf(verbs);
            patterns = List.copyOf(patterns);
        }
    }

    private static final Pattern HEADER = Pattern.compile("^---\\s+(.+?)\\s+\\[([^\\]]*)\\].*$");
    private static final Pattern CODE_AT_END = Pattern.compile("\\[([^\\]]*)\\]\\s*$");

    private final List<Block> blocks;
    private final Map<Verb, Block> blockOf = new IdentityHashMap<>();
    private final Map<String, List<Verb>> verbsByForm;
    private final List<String> warnings;

    private VerbDictionary(List<Block> blocks, List<String> warnings) {
        this.blocks = List.copyOf(blocks);
        Map<String, List<Verb>> byForm = new HashMap<>();
        for (Block block : blocks) {
            for (Verb verb : block.verbs()) {
                blockOf.put(verb, block);
                for (String form : verb.forms()) {
                    byForm.computeIfAbsent(form, k -> new ArrayList<>()).add(verb);
                }
            }
        }
        // Longer phrasal verbs first: "break down" says more than "break".
        byForm.replaceAll((k, v) -> v.stream().sorted((a, b) -> Integer.compare(b.length(), a.length())).toList());
        this.verbsByForm = Map.copyOf(byForm);
        this.warnings = List.copyOf(warnings);
    }

    public static VerbDictionary read(Path file) {
        return parse(PetrarchFile.lines(file), file.getFileName().toString());
    }

    /** Parses the lines of a verb dictionary; {@code name} is used in origins and warnings. */
    public static VerbDictionary parse(List<String> lines, String name) {
        Map<String, List<String>> rawSynsets = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        // First pass: synonym sets, which patterns may use before their definition.
        String currentSet = null;
        for (String raw : lines) {
            String line = PetrarchFile.stripComment(raw).strip();
            if (line.startsWith("&")) {
                currentSet = synsetName(line.split("\\s+")[0]);
                rawSynsets.putIfAbsent(currentSet, new ArrayList<>());
            } else if (currentSet != null && line.startsWith("+")) {
                rawSynsets.get(currentSet).add(line.substring(1).strip());
            } else {
                currentSet = null;
            }
        }
        Map<String, List<List<String>>> synsets = new HashMap<>();
        for (String set : rawSynsets.keySet()) {
            synsets.put(set, expand(set, rawSynsets, new LinkedHashSet<>(), warnings));
        }
        List<Block> blocks = new ArrayList<>();
        String headword = null;
        String blockCode = null;
        List<Verb> verbs = new ArrayList<>();
        List<VerbPattern> patterns = new ArrayList<>();
        boolean inSynset = false;
        for (int i = 0; i < lines.size(); i++) {
            String origin = name + ":" + (i + 1);
            String line = PetrarchFile.stripComment(lines.get(i)).strip();
            if (line.isEmpty() || line.startsWith("<")) {
                inSynset = false;
                continue;
            }
            Matcher header = HEADER.matcher(line);
            if (line.startsWith("---") && header.matches()) {
                if (headword != null) {
                    blocks.add(new Block(headword, blockCode, verbs, patterns));
                }
                headword = header.group(1).strip().replace(' ', '_');
                blockCode = header.group(2).strip();
                verbs = new ArrayList<>();
                patterns = new ArrayList<>();
                inSynset = false;
                continue;
            }
            if (line.startsWith("&")) {
                inSynset = true;
                continue;
            }
            if (inSynset && line.startsWith("+")) {
                continue;
            }
            inSynset = false;
            if (headword == null) {
                warnings.add(origin + ": line outside any verb block ignored");
                continue;
            }
            if (line.startsWith("-")) {
                VerbPattern pattern = pattern(line.substring(1).strip(), synsets, origin, warnings);
                if (pattern != null) {
                    patterns.add(pattern);
                }
            } else {
                Verb verb = verb(line, headword, blockCode, origin, warnings);
                if (verb != null) {
                    verbs.add(verb);
                }
            }
        }
        if (headword != null) {
            blocks.add(new Block(headword, blockCode, verbs, patterns));
        }
        return new VerbDictionary(blocks, warnings);
    }

    private static String synsetName(String word) {
        String name = word.toUpperCase(Locale.ROOT);
        while (name.endsWith("_")) {
            name = name.substring(0, name.length() - 1);
        }
        return name;
    }

    /** The phrases a synonym set stands for, nested sets expanded. */
    private static List<List<String>> expand(String set, Map<String, List<String>> raw, Set<String> visiting,
                                             List<String> warnings) {
        if (!visiting.add(set)) {
            warnings.add("synonym set " + set + " contains itself");
            return List.of();
        }
        List<List<String>> phrases = new ArrayList<>();
        for (String member : raw.getOrDefault(set, List.of())) {
            if (member.startsWith("&")) {
                String inner = synsetName(member.split("\\s+")[0]);
                if (!raw.containsKey(inner)) {
                    warnings.add("synonym set " + set + " names unknown set " + inner);
                    continue;
                }
                phrases.addAll(expand(inner, raw, visiting, warnings));
            } else {
                List<String> words = words(member);
                if (!words.isEmpty()) {
                    phrases.add(words);
                }
            }
        }
        visiting.remove(set);
        return phrases;
    }

    /** The words of a phrase written with spaces or underscores. */
    private static List<String> words(String phrase) {
        List<String> words = new ArrayList<>();
        for (String word : phrase.toUpperCase(Locale.ROOT).split("[\\s_]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static Verb verb(String line, String headword, String blockCode, String origin, List<String> warnings) {
        String code = blockCode;
        Matcher codeMatch = CODE_AT_END.matcher(line);
        if (codeMatch.find()) {
            code = codeMatch.group(1).strip();
            line = line.substring(0, codeMatch.start()).strip();
        }
        List<String> explicit = new ArrayList<>();
        int brace = line.indexOf('{');
        if (brace >= 0) {
            int close = line.indexOf('}', brace);
            if (close < 0) {
                warnings.add(origin + ": unclosed { in verb line");
                return null;
            }
            for (String form : line.substring(brace + 1, close).strip().split("\\s+")) {
                if (!form.isEmpty()) {
                    explicit.add(form);
                }
            }
            line = line.substring(0, brace).strip();
        }
        if (line.isEmpty()) {
            warnings.add(origin + ": verb line without a verb");
            return null;
        }
        Phrase phrase = phrasal(line);
        if (phrase == null) {
            warnings.add(origin + ": cannot read verb '" + line + "'");
            return null;
        }
        Set<String> forms = new LinkedHashSet<>(Inflections.verbForms(phrase.verb));
        for (String form : explicit) {
            Phrase variant = phrasal(form);
            if (variant != null) {
                forms.add(variant.verb);
            }
        }
        String reverse = "";
        int colon = code.indexOf(':');
        if (colon >= 0) {
            reverse = code.substring(colon + 1).strip();
            code = code.substring(0, colon).strip();
        }
        List<String> all = new ArrayList<>(phrase.before);
        all.add(phrase.verb);
        all.addAll(phrase.after);
        return new Verb(String.join("_", all), phrase.before, forms, phrase.after, code, reverse, headword);
    }

    private record Phrase(List<String> before, String verb, List<String> after) {
    }

    /** Splits a phrasal verb at its verb word: the one marked with +, else the first. */
    private static Phrase phrasal(String text) {
        String[] parts = text.toUpperCase(Locale.ROOT).split("[\\s_]+");
        List<String> words = new ArrayList<>();
        int verbAt = -1;
        for (String part : parts) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.startsWith("+")) {
                part = part.substring(1);
                if (part.isEmpty()) {
                    continue;
                }
                if (verbAt < 0) {
                    verbAt = words.size();
                }
            }
            words.add(part);
        }
        if (words.isEmpty()) {
            return null;
        }
        if (verbAt < 0) {
            verbAt = 0;
        }
        return new Phrase(words.subList(0, verbAt), words.get(verbAt), words.subList(verbAt + 1, words.size()));
    }

    static VerbPattern pattern(String line, Map<String, List<List<String>>> synsets, String origin,
                               List<String> warnings) {
        Matcher codeMatch = CODE_AT_END.matcher(line);
        if (!codeMatch.find()) {
            warnings.add(origin + ": pattern without [code]");
            return null;
        }
        String codeField = codeMatch.group(1).strip();
        String body = line.substring(0, codeMatch.start()).strip();
        String code = codeField;
        String reverse = "";
        int colon = codeField.indexOf(':');
        if (colon >= 0) {
            code = codeField.substring(0, colon).strip();
            reverse = codeField.substring(colon + 1).strip();
        }
        List<Element> before = new ArrayList<>();
        List<Element> after = new ArrayList<>();
        boolean seenVerb = false;
        boolean verbJoinedLeft = false;
        boolean inBraces = false;
        for (String chunk : body.replace('(', ' ').replace(')', ' ').split("\\s+")) {
            if (chunk.isEmpty()) {
                continue;
            }
            boolean opens = chunk.startsWith("{");
            boolean closes = chunk.endsWith("}");
            String bare = chunk.replace("{", "").replace("}", "");
            if (opens) {
                inBraces = true;
            }
            String[] parts = bare.split("_", -1);
            for (int p = 0; p < parts.length; p++) {
                String part = parts[p].toUpperCase(Locale.ROOT);
                if (part.isEmpty()) {
                    // "TO_" stops a word from matching longer ones; every word here matches whole anyway.
                    continue;
                }
                boolean joinedLeft = p > 0;
                if (part.equals("*")) {
                    if (seenVerb) {
                        warnings.add(origin + ": two * in one pattern");
                        return null;
                    }
                    seenVerb = true;
                    verbJoinedLeft = joinedLeft;
                    continue;
                }
                Element element = element(part, joinedLeft, inBraces, synsets, origin, warnings);
                if (element == null) {
                    return null;
                }
                (seenVerb ? after : before).add(element);
            }
            if (closes) {
                inBraces = false;
            }
        }
        if (!seenVerb) {
            warnings.add(origin + ": pattern without *");
            return null;
        }
        return new VerbPattern(code, reverse, before, verbJoinedLeft, after, line, origin);
    }

    private static Element element(String part, boolean joinedLeft, boolean nounInBraces,
                                   Map<String, List<List<String>>> synsets, String origin, List<String> warnings) {
        switch (part) {
            case "+":
                return new Element(Element.Kind.TARGET, List.of(), joinedLeft, false);
            case "$":
                return new Element(Element.Kind.SOURCE, List.of(), joinedLeft, false);
            case "%":
                return new Element(Element.Kind.COMPOUND, List.of(), joinedLeft, false);
            case "^":
                return new Element(Element.Kind.SKIP, List.of(), joinedLeft, false);
            default:
                break;
        }
        if (part.startsWith("&")) {
            String name = synsetName(part);
            List<List<String>> phrases = synsets.get(name);
            if (phrases == null) {
                warnings.add(origin + ": unknown synonym set " + name);
                return null;
            }
            // Set members are nouns more often than not; their regular plurals count too.
            return new Element(Element.Kind.WORDS, phrases, joinedLeft, true);
        }
        return new Element(Element.Kind.WORDS, List.of(List.of(part)), joinedLeft, nounInBraces);
    }

    public List<Block> blocks() {
        return blocks;
    }

    /** Verbs one of whose forms is {@code upperCaseWord}, longest phrasal verbs first. */
    public List<Verb> verbsWithForm(String upperCaseWord) {
        return verbsByForm.getOrDefault(upperCaseWord, List.of());
    }

    /** The block of a verb. */
    public Block block(Verb verb) {
        Block block = blockOf.get(verb);
        if (block == null) {
            throw new IllegalArgumentException("verb " + verb.name() + " is not in this dictionary");
        }
        return block;
    }

    public int patternCount() {
        return blocks.stream().mapToInt(b -> b.patterns().size()).sum();
    }

    /** Lines that could not be read, each with file and line; reading goes on past them. */
    public List<String> warnings() {
        return warnings;
    }

    /** Every code a verb or pattern may yield, for checking against a code table. */
    public Collection<String> codes() {
        Set<String> codes = new LinkedHashSet<>();
        for (Block block : blocks) {
            for (Verb verb : block.verbs()) {
                codes.add(verb.code());
                if (!verb.reverseCode().isEmpty()) {
                    codes.add(verb.reverseCode());
                }
            }
            for (VerbPattern pattern : block.patterns()) {
                codes.add(pattern.code());
                if (!pattern.reverseCode().isEmpty()) {
                    codes.add(pattern.reverseCode());
                }
            }
        }
        return codes;
    }
}
