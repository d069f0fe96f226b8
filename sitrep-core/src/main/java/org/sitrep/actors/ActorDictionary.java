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

        /** Countries from the lines of a {@code countries.tsv} file. */
        public Builder countries(List<DataFile.Line> lines) {
            for (DataFile.Line line : lines) {
                List<String> fields = line.fields(5);
                List<String> governmentNames = new ArrayList<>(DataFile.values(fields.get(3)));
                governmentNames.addAll(DataFile.values(fields.get(4)));
                try {
                    country(fields.get(0).strip(), DataFile.values(fields.get(1)), DataFile.values(fields.get(2)),
                            governmentNames);
                } catch (IllegalArgumentException e) {
                    throw line.error(e.getMessage());
                }
            }
            return this;
        }

        /**
         * A country: its names (the first is its readable name), its adjectives and demonyms, and the names
         * that stand for its government (capital, metonyms).
         */
        public Builder country(String code, List<String> names, List<String> adjectives,
                               List<String> governmentNames) {
            checkCode(code);
            if (names.isEmpty()) {
                throw new IllegalArgumentException("country " + code + " has no name");
            }
            String name = names.get(0);
            DictionaryEntry country = entry(DictionaryEntry.Kind.COUNTRY, code, name, code);
            DictionaryEntry adjective = entry(DictionaryEntry.Kind.COUNTRY_ADJECTIVE, code, name, code);
            DictionaryEntry government = entry(DictionaryEntry.Kind.GOVERNMENT_METONYM, code, name, code);
            names.forEach(phrase -> addExact(phrase, country));
            adjectives.forEach(phrase -> addExact(phrase, adjective));
            governmentNames.forEach(phrase -> addExact(phrase, government));
            return this;
        }

        /** Agents from the lines of an {@code agents.tsv} file. */
        public Builder agents(List<DataFile.Line> lines) {
            for (DataFile.Line line : lines) {
                List<String> fields = line.fields(3);
                String code = fields.get(1).strip();
                try {
                    checkCode(code);
                } catch (IllegalArgumentException e) {
                    throw line.error(e.getMessage());
                }
                String strength = fields.get(2).strip();
                if (!strength.equals("strong") && !strength.equals("weak")) {
                    throw line.error("strength must be strong or weak: " + strength);
                }
                agent(fields.get(0).strip(), code, strength.equals("weak"));
            }
            return this;
        }

        /**
         * An agent term, matched ignoring case. A weak one (a title such as "spokesman") gives its code only
         * when no other agent term stands in the same phrase.
         */
        public Builder agent(String term, String code, boolean weak) {
            checkCode(code);
            DictionaryEntry agent = new DictionaryEntry(DictionaryEntry.Kind.AGENT, code, term, code, weak,
                    List.of());
            count++;
            folded.putIfAbsent(normalise(term).toLowerCase(Locale.ROOT), agent);
            return this;
        }

        /** People from the lines of a {@code people.tsv} file: one line a role, names on any of them. */
        public Builder people(List<DataFile.Line> lines) {
            Map<String, List<DictionaryEntry.Role>> roles = new LinkedHashMap<>();
            Map<String, List<String>> names = new HashMap<>();
            for (DataFile.Line line : lines) {
                List<String> fields = line.fields(5);
                String id = fields.get(0).strip();
                try {
                    String code = checkCode(fields.get(2).strip());
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
                if (!variants.isEmpty()) {
                    person(person.getKey(), variants, person.getValue());
                }
            }
            return this;
        }

        /**
         * A person: names (the first is the readable one) and dated roles, oldest first; the latest role's
         * code is the person's code when no day is known.
         */
        public Builder person(String id, List<String> names, List<DictionaryEntry.Role> roles) {
            if (names.isEmpty() || roles.isEmpty()) {
                throw new IllegalArgumentException("person " + id + " needs a name and a role");
            }
            roles.forEach(role -> checkCode(role.code()));
            DictionaryEntry entry = new DictionaryEntry(DictionaryEntry.Kind.PERSON, id, names.get(0),
                    roles.get(roles.size() - 1).code(), false, roles);
            count++;
            names.forEach(phrase -> {
                addExact(phrase, entry);
                addSkeleton(phrase, entry);
            });
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

        /** Organisations from the lines of an {@code organizations.tsv} file. */
        public Builder organizations(List<DataFile.Line> lines) {
            for (DataFile.Line line : lines) {
                List<String> fields = line.fields(4);
                try {
                    organization(fields.get(0).strip(), DataFile.values(fields.get(1)), fields.get(2).strip());
                } catch (IllegalArgumentException e) {
                    throw line.error(e.getMessage());
                }
            }
            return this;
        }

        /** An organisation with its own code: names, the first the readable one. */
        public Builder organization(String id, List<String> names, String code) {
            checkCode(code);
            if (names.isEmpty()) {
                throw new IllegalArgumentException("organisation " + id + " has no name");
            }
            DictionaryEntry entry = entry(DictionaryEntry.Kind.ORGANIZATION, id, names.get(0), code);
            names.forEach(phrase -> addExact(phrase, entry));
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

        private static String checkCode(String code) {
            if (!Actor.isCode(code)) {
                throw new IllegalArgumentException("not an actor code: '" + code + "'");
            }
            return code;
        }
    }
}
