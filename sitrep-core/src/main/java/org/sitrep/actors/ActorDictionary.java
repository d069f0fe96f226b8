package org.sitrep.actors;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.internal.DataFile;
import org.sitrep.model.Actor;
import org.sitrep.model.Sentence;

/**
 * The actor dictionaries, indexed for longest-match lookup over tokens. Names are matched as written;
 * agent terms ignoring case. Phrases are compared with white space removed, so a phrase matches however the
 * tokenizer cut it ("U.S.", "al-Assad", "Côte d'Ivoire"). Immutable and thread-safe.
 */
public final class ActorDictionary {

    /** The longest phrase, in tokens, that lookup tries. */
    static final int MAX_PHRASE_TOKENS = 8;

    private static final class Standard {
        static final ActorDictionary DICTIONARY = new Builder()
                .countries(DataFile.resource(ActorDictionary.class, "countries.tsv"))
                .agents(DataFile.resource(ActorDictionary.class, "agents.tsv"))
                .people(DataFile.resource(ActorDictionary.class, "people.tsv"))
                .organizations(DataFile.resource(ActorDictionary.class, "organizations.tsv"))
                .build();
    }

    /** A dictionary match: tokens {@code first..last} of a sentence name {@code entry}. */
    public record Match(int first, int last, DictionaryEntry entry) {
    }

    private final Map<String, DictionaryEntry> byExactKey;
    private final Map<String, DictionaryEntry> byFoldedKey;
    private final Map<String, DictionaryEntry> bySpellingSkeleton;
    private final int entryCount;
    private final int ambiguousSkeletons;

    private ActorDictionary(Map<String, DictionaryEntry> byExactKey, Map<String, DictionaryEntry> byFoldedKey,
                            Map<String, DictionaryEntry> bySpellingSkeleton, int entryCount, int ambiguousSkeletons) {
        this.byExactKey = Map.copyOf(byExactKey);
        this.byFoldedKey = Map.copyOf(byFoldedKey);
        this.bySpellingSkeleton = Map.copyOf(bySpellingSkeleton);
        this.entryCount = entryCount;
        this.ambiguousSkeletons = ambiguousSkeletons;
    }

    /** The built-in dictionaries, loaded once. */
    public static ActorDictionary standard() {
        return Standard.DICTIONARY;
    }

    /** Loads the four files from a folder, for users who bring their own dictionaries. */
    public static ActorDictionary fromFolder(Path folder) {
        return new Builder()
                .countries(DataFile.file(folder.resolve("countries.tsv")))
                .agents(DataFile.file(folder.resolve("agents.tsv")))
                .people(DataFile.file(folder.resolve("people.tsv")))
                .organizations(DataFile.file(folder.resolve("organizations.tsv")))
                .build();
    }

    public int entryCount() {
        return entryCount;
    }

    /**
     * How many spelling skeletons two different people share; those are left out of spelling-tolerant
     * matching, so that a variant spelling never turns one known person into another.
     */
    public int ambiguousSkeletonCount() {
        return ambiguousSkeletons;
    }

    /**
     * The longest entry whose phrase starts at token {@code start}, or {@code null}. Names win over agent
     * terms of the same length.
     */
    public Match longestAt(Sentence sentence, int start) {
        StringBuilder key = new StringBuilder();
        Match best = null;
        int end = Math.min(sentence.tokens().size(), start + MAX_PHRASE_TOKENS);
        // Only a phrase that starts like a name may match by spelling skeleton, which ignores punctuation.
        String first = sentence.tokens().get(start).word();
        boolean startsName = !first.isEmpty() && Character.isUpperCase(first.charAt(0));
        for (int i = start; i < end; i++) {
            key.append(normalise(sentence.tokens().get(i).word()));
            String exact = key.toString();
            DictionaryEntry entry = byExactKey.get(exact);
            if (entry == null) {
                entry = byFoldedKey.get(exact.toLowerCase(Locale.ROOT));
            }
            if (entry == null && exact.length() >= SpellingSkeleton.MIN_LENGTH && startsName) {
                entry = bySpellingSkeleton.get(SpellingSkeleton.of(exact));
            }
            if (entry != null) {
                best = new Match(start, i, entry);
            }
        }
        return best;
    }

    /** All non-overlapping longest matches of a sentence, left to right. */
    public List<Match> matches(Sentence sentence) {
        List<Match> matches = new ArrayList<>();
        int i = 0;
        while (i < sentence.tokens().size()) {
            Match match = longestAt(sentence, i);
            if (match == null) {
                i++;
            } else {
                matches.add(match);
                i = match.last() + 1;
            }
        }
        return matches;
    }

    /** Whether any phrase of the sentence is in the dictionaries; a cheap pre-parse filter. */
    public boolean hasMatch(Sentence sentence) {
        for (int i = 0; i < sentence.tokens().size(); i++) {
            if (longestAt(sentence, i) != null) {
                return true;
            }
        }
        return false;
    }

    /** Typographic apostrophes and dashes count as plain ones; white space does not count. */
    static String normalise(String phrase) {
        StringBuilder out = new StringBuilder(phrase.length());
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            switch (c) {
                case '\u2019', '\u2018', '`' -> out.append('\'');
                case '\u2010', '\u2011', '\u2013' -> out.append('-');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Collects entries from data files; the first entry to claim a phrase keeps it. */
    public static final class Builder {
        private final Map<String, DictionaryEntry> exact = new HashMap<>();
        private final Map<String, DictionaryEntry> folded = new HashMap<>();
        private final Map<String, DictionaryEntry> skeletons = new HashMap<>();
        private final Set<String> ambiguous = new HashSet<>();
        private int count;

        public Builder countries(List<DataFile.Line> lines) {
            for (DataFile.Line line : lines) {
                List<String> fields = line.fields(5);
                String code = checkedCode(line, fields.get(0));
                List<String> names = DataFile.values(fields.get(1));
                if (names.isEmpty()) {
                    throw line.error("country " + code + " has no name");
                }
                String name = names.get(0);
                DictionaryEntry country = entry(DictionaryEntry.Kind.COUNTRY, code, name, code);
                DictionaryEntry adjective = entry(DictionaryEntry.Kind.COUNTRY_ADJECTIVE, code, name, code);
                DictionaryEntry government = entry(DictionaryEntry.Kind.GOVERNMENT_METONYM, code, name, code);
                names.forEach(phrase -> addExact(phrase, country));
                DataFile.values(fields.get(2)).forEach(phrase -> addExact(phrase, adjective));
                DataFile.values(fields.get(3)).forEach(phrase -> addExact(phrase, government));
                DataFile.values(fields.get(4)).forEach(phrase -> addExact(phrase, government));
            }
            return this;
        }

        public Builder agents(List<DataFile.Line> lines) {
            for (DataFile.Line line : lines) {
                List<String> fields = line.fields(3);
                String term = fields.get(0).strip();
                String code = checkedCode(line, fields.get(1));
                String strength = fields.get(2).strip();
                if (!strength.equals("strong") && !strength.equals("weak")) {
                    throw line.error("strength must be strong or weak: " + strength);
                }
                DictionaryEntry agent = new DictionaryEntry(DictionaryEntry.Kind.AGENT, code, term, code,
                        strength.equals("weak"), List.of());
                count++;
                folded.putIfAbsent(normalise(term).toLowerCase(Locale.ROOT), agent);
            }
            return this;
        }

        public Builder people(List<DataFile.Line> lines) {
            Map<String, List<DictionaryEntry.Role>> roles = new LinkedHashMap<>();
            Map<String, List<String>> names = new HashMap<>();
            for (DataFile.Line line : lines) {
                List<String> fields = line.fields(5);
                String id = fields.get(0).strip();
                String code = checkedCode(line, fields.get(2));
                try {
                    LocalDate from = LocalDate.parse(fields.get(3).strip());
                    String untilText = fields.get(4).strip();
                    LocalDate until = untilText.isEmpty() ? null : LocalDate.parse(untilText);
                    roles.computeIfAbsent(id, k -> new ArrayList<>()).add(new DictionaryEntry.Role(code, from, until));
                } catch (DateTimeParseException | IllegalArgumentException e) {
                    throw line.error(e.getMessage());
                }
                List<String> variants = DataFile.values(fields.get(1));
                if (!variants.isEmpty()) {
                    names.merge(id, variants, (a, b) -> {
                        List<String> all = new ArrayList<>(a);
                        b.stream().filter(v -> !all.contains(v)).forEach(all::add);
                        return all;
                    });
                }
            }
            for (Map.Entry<String, List<DictionaryEntry.Role>> person : roles.entrySet()) {
                List<String> variants = names.getOrDefault(person.getKey(), List.of());
                if (variants.isEmpty()) {
                    continue;
                }
                List<DictionaryEntry.Role> spans = person.getValue();
                DictionaryEntry entry = new DictionaryEntry(DictionaryEntry.Kind.PERSON, person.getKey(),
                        variants.get(0), spans.get(spans.size() - 1).code(), false, spans);
                count++;
                variants.forEach(phrase -> {
                    addExact(phrase, entry);
                    addSkeleton(phrase, entry);
                });
            }
            return this;
        }

        /** People's names also match in other transliterations: Qassemi and Ghasemi, Gaddafi and Kadhafi. */
        private void addSkeleton(String phrase, DictionaryEntry entry) {
            String key = normalise(phrase);
            if (key.length() < SpellingSkeleton.MIN_LENGTH) {
                return;
            }
            String skeleton = SpellingSkeleton.of(key);
            DictionaryEntry before = skeletons.putIfAbsent(skeleton, entry);
            if (before != null && !before.id().equals(entry.id())) {
                ambiguous.add(skeleton);
            }
        }

        public Builder organizations(List<DataFile.Line> lines) {
            for (DataFile.Line line : lines) {
                List<String> fields = line.fields(4);
                String id = fields.get(0).strip();
                String code = checkedCode(line, fields.get(2));
                List<String> variants = DataFile.values(fields.get(1));
                if (variants.isEmpty()) {
                    throw line.error("organisation " + id + " has no name");
                }
                DictionaryEntry entry = entry(DictionaryEntry.Kind.ORGANIZATION, id, variants.get(0), code);
                variants.forEach(phrase -> addExact(phrase, entry));
            }
            return this;
        }

        public ActorDictionary build() {
            Map<String, DictionaryEntry> unambiguous = new HashMap<>(skeletons);
            unambiguous.keySet().removeAll(ambiguous);
            return new ActorDictionary(exact, folded, unambiguous, count, ambiguous.size());
        }

        private DictionaryEntry entry(DictionaryEntry.Kind kind, String id, String name, String code) {
            count++;
            return new DictionaryEntry(kind, id, name, code, false, List.of());
        }

        private void addExact(String phrase, DictionaryEntry entry) {
            String key = normalise(phrase);
            exact.putIfAbsent(key, entry);
            // "the Kremlin" opens sentences as "The Kremlin"; names that start lower-case ("al-Assad") too.
            if (!key.isEmpty() && Character.isLowerCase(key.charAt(0))) {
                exact.putIfAbsent(Character.toUpperCase(key.charAt(0)) + key.substring(1), entry);
            }
        }

        private static String checkedCode(DataFile.Line line, String field) {
            String code = field.strip();
            if (!Actor.isCode(code)) {
                throw line.error("not an actor code: '" + code + "'");
            }
            return code;
        }
    }
}
