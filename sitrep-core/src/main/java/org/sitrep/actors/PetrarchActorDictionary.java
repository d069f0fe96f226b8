package org.sitrep.actors;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.sitrep.actors.internal.PetrarchText;
import org.sitrep.internal.DataFile;
import org.sitrep.pipeline.EnvironmentException;

/**
 * The community actor and agent dictionaries of PETRARCH and the Phoenix pipeline, read from files the user
 * brings (Phoenix.Countries.actors.txt, Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt,
 * Phoenix.agents.txt and others in the same formats) and translated into sitrep's dictionary entries.
 *
 * <p>Actor records are a phrase, {@code +} synonyms and codes in brackets, each optionally restricted in time
 * ({@code [USAGOV 010120-050120]}, {@code [IGOUNO >070201]}, {@code [HTIOPPMED <061231]}); a bracket without a
 * restriction is the default code. A record with restrictions becomes a person with dated roles, the default
 * filling the days no restriction covers, exactly as PETRARCH chooses; a record with only a three-letter code
 * becomes a country name; any other becomes an organisation. Agent lines are a phrase, an optional plural in
 * braces ({@code {}} for none) and a code ({@code [~MIL]}, or {@code [NGO~]} which sitrep also reads as an
 * agent); {@code !MARKER!} substitution sets are expanded.
 *
 * <p>Upper-case phrases are turned into the way news writes them ("BASHAR_AL-ASSAD" is matched as "Bashar
 * al-Assad" and "Al-Assad"); see {@link PetrarchText#textForms}. PETRARCH's blank connector (words may come
 * between) is read like the underscore (next word), since sitrep matches consecutive tokens. Records this
 * reader cannot use (no code, a malformed date or code, an agent without code) are skipped and listed in
 * {@link #skipped()}; everything else loads. Immutable once read.
 */
public final class PetrarchActorDictionary {

    /** A record left out, with where it was ({@code file:line}) and why. */
    public record Skipped(String origin, String reason) {
        public Skipped {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** A day before any news: the start of a role restricted only by an end ({@code <date}). */
    private static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
    private static final Pattern BRACKET = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern BRACES = Pattern.compile("\\{([^}]*)\\}");
    private static final Pattern CODE = Pattern.compile("(?:[A-Z0-9]{3})+");
    private static final Pattern MARKER_DEFINITION = Pattern.compile("(![A-Z0-9_]+!)\\s*=(.*)");

    private final List<DataFile.Line> countries;
    private final List<DataFile.Line> people;
    private final List<DataFile.Line> organizations;
    private final List<DataFile.Line> agents;
    private final List<Skipped> skipped;

    private PetrarchActorDictionary(Reader reader) {
        this.countries = List.copyOf(reader.countries);
        this.people = List.copyOf(reader.people);
        this.organizations = List.copyOf(reader.organizations);
        this.agents = List.copyOf(reader.agents);
        this.skipped = List.copyOf(reader.skipped);
    }

    /**
     * Reads every {@code *.actors.txt} and {@code *agents.txt} file of a folder, in name order (earlier files
     * win a phrase claimed twice). Throws {@link EnvironmentException} if the folder cannot be read and
     * {@link IllegalArgumentException} if it holds no dictionary at all.
     */
    public static PetrarchActorDictionary fromFolder(Path folder) {
        List<Path> actorFiles = new ArrayList<>();
        List<Path> agentFiles = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted(Comparator.comparing(Path::toString)).toList()) {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                if (name.endsWith(".actors.txt")) {
                    actorFiles.add(file);
                } else if (name.endsWith("agents.txt")) {
                    agentFiles.add(file);
                }
            }
        } catch (IOException e) {
            throw new EnvironmentException("cannot list PETRARCH dictionary folder " + folder, e);
        }
        if (actorFiles.isEmpty() && agentFiles.isEmpty()) {
            throw new IllegalArgumentException("no *.actors.txt or *agents.txt file in " + folder);
        }
        return fromFiles(actorFiles, agentFiles);
    }

    /** Reads the given actor and agent dictionaries; earlier files win a phrase claimed twice. */
    public static PetrarchActorDictionary fromFiles(List<Path> actorFiles, List<Path> agentFiles) {
        Reader reader = new Reader();
        for (Path file : actorFiles) {
            reader.readActors(file.getFileName().toString(), readLines(file));
        }
        for (Path file : agentFiles) {
            reader.readAgents(file.getFileName().toString(), readLines(file));
        }
        return new PetrarchActorDictionary(reader);
    }

    /** Reads dictionaries given as text, for callers that hold them in memory; {@code name} labels origins. */
    public static PetrarchActorDictionary fromText(String name, String actorText, String agentText) {
        Reader reader = new Reader();
        reader.readActors(name, actorText.lines().toList());
        reader.readAgents(name, agentText.lines().toList());
        return new PetrarchActorDictionary(reader);
    }

    private static List<String> readLines(Path file) {
        try {
            // The Phoenix files are ASCII with a few Latin-1 bytes; decoding as Latin-1 never fails and keeps
            // those names readable, where strict UTF-8 would reject the file.
            byte[] bytes = Files.readAllBytes(file);
            String text = isUtf8(bytes) ? new String(bytes, StandardCharsets.UTF_8)
                    : new String(bytes, StandardCharsets.ISO_8859_1);
            return text.lines().toList();
        } catch (IOException e) {
            throw new EnvironmentException("cannot read PETRARCH dictionary " + file, e);
        }
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    /** The PETRARCH dictionaries alone. */
    public ActorDictionary dictionary() {
        return addTo(new ActorDictionary.Builder()).build();
    }

    /**
     * sitrep's built-in dictionaries with these added: where both claim a phrase, sitrep's entry wins (its
     * dates are newer and its agent titles know weak from strong); PETRARCH fills everything sitrep lacks.
     */
    public ActorDictionary withStandard() {
        return addTo(new ActorDictionary.Builder()
                .countries(DataFile.resource(ActorDictionary.class, "countries.tsv"))
                .agents(DataFile.resource(ActorDictionary.class, "agents.tsv"))
                .people(DataFile.resource(ActorDictionary.class, "people.tsv"))
                .organizations(DataFile.resource(ActorDictionary.class, "organizations.tsv")))
                .build();
    }

    /**
     * Adds these entries to a builder. People and organisations go first so that a named entry keeps a phrase
     * that a country record also lists (Phoenix lists leaders' names under their country as well).
     */
    public ActorDictionary.Builder addTo(ActorDictionary.Builder builder) {
        return builder.people(people).organizations(organizations).countries(countries).agents(agents);
    }

    /** Records left out, in file order. */
    public List<Skipped> skipped() {
        return skipped;
    }

    /** How many people (records with dated roles) were read. */
    public int personCount() {
        return (int) people.stream().map(line -> line.text().substring(0, line.text().indexOf('\t'))).distinct()
                .count();
    }

    /** How many organisation records were read. */
    public int organizationCount() {
        return organizations.size();
    }

    /** How many country records were read. */
    public int countryCount() {
        return countries.size();
    }

    /** How many agent phrases were read, plurals and substitutions included. */
    public int agentCount() {
        return agents.size();
    }

    /** Turns dictionary files into sitrep's tab-separated lines, which the builder then validates once more. */
    private static final class Reader {
        final List<DataFile.Line> countries = new ArrayList<>();
        final List<DataFile.Line> people = new ArrayList<>();
        final List<DataFile.Line> organizations = new ArrayList<>();
        final List<DataFile.Line> agents = new ArrayList<>();
        final List<Skipped> skipped = new ArrayList<>();
        private final Map<String, Integer> idUses = new HashMap<>();

        /** One actor record as read: its phrases and bracketed codes, with the line each came from. */
        private static final class Record {
            final String file;
            final int line;
            final List<String> phrases = new ArrayList<>();
            final List<String> brackets = new ArrayList<>();
            final List<Integer> bracketLines = new ArrayList<>();

            Record(String file, int line) {
                this.file = file;
                this.line = line;
            }
        }

        void readActors(String file, List<String> lines) {
            Record record = null;
            for (int i = 0; i < lines.size(); i++) {
                String text = stripComment(lines.get(i)).strip();
                if (text.isEmpty()) {
                    continue;
                }
                if (text.startsWith("+") && record != null) {
                    text = text.substring(1);
                } else if (text.startsWith("[") && record != null) {
                    text = text.strip();
                } else {
                    if (record != null) {
                        finish(record);
                    }
                    record = new Record(file, i + 1);
                    if (text.startsWith("+")) {
                        text = text.substring(1);
                    }
                }
                int bracket = text.indexOf('[');
                String phrase = bracket < 0 ? text : text.substring(0, bracket);
                if (!phrase.isBlank()) {
                    record.phrases.add(phrase.strip());
                }
                if (bracket >= 0) {
                    Matcher matcher = BRACKET.matcher(text.substring(bracket));
                    while (matcher.find()) {
                        record.brackets.add(matcher.group(1).strip());
                        record.bracketLines.add(i + 1);
                    }
                }
            }
            if (record != null) {
                finish(record);
            }
        }

        /** Drops {@code # ...}, {@code ; ...} (the old TABARI marker) and one-line {@code <!-- ... -->}. */
        private static String stripComment(String line) {
            String text = line.replaceAll("<!--.*?-->", "");
            int hash = text.indexOf('#');
            if (hash >= 0) {
                text = text.substring(0, hash);
            }
            int semicolon = text.indexOf(';');
            if (semicolon >= 0) {
                text = text.substring(0, semicolon);
            }
            return text.startsWith("<!--") ? "" : text;
        }

        private void finish(Record record) {
            String origin = record.file + ":" + record.line;
            Set<String> names = new LinkedHashSet<>();
            for (String phrase : record.phrases) {
                names.addAll(PetrarchText.textForms(phrase));
            }
            names.removeIf(name -> name.contains("|") || name.contains("\t"));
            if (names.isEmpty()) {
                skipped.add(new Skipped(origin, "no phrase"));
                return;
            }
            String defaultCode = null;
            List<DictionaryEntry.Role> roles = new ArrayList<>();
            for (int b = 0; b < record.brackets.size(); b++) {
                String bracket = record.brackets.get(b);
                String where = record.file + ":" + record.bracketLines.get(b);
                String[] parts = bracket.split("\\s+", 2);
                String code = parts[0];
                if (code.equals("---")) {
                    // PETRARCH's null code: "no actor" for that time, which sitrep expresses by having no role.
                    continue;
                }
                if (!CODE.matcher(code).matches()) {
                    skipped.add(new Skipped(where, "not an actor code: '" + bracket + "'"));
                    continue;
                }
                if (parts.length == 1) {
                    defaultCode = defaultCode == null ? code : defaultCode;
                    continue;
                }
                try {
                    roles.add(role(code, parts[1].strip()));
                } catch (IllegalArgumentException e) {
                    skipped.add(new Skipped(where, "bad date restriction '" + bracket + "': " + e.getMessage()));
                }
            }
            String joined = String.join("|", names);
            if (roles.isEmpty()) {
                if (defaultCode == null) {
                    skipped.add(new Skipped(origin, "no usable code"));
                } else if (defaultCode.length() == 3) {
                    countries.add(new DataFile.Line(record.file, record.line,
                            defaultCode + "\t" + joined + "\t\t\t"));
                } else {
                    organizations.add(new DataFile.Line(record.file, record.line,
                            id(record) + "\t" + joined + "\t" + defaultCode + "\tPETRARCH"));
                }
                return;
            }
            String id = id(record);
            for (DictionaryEntry.Role role : withDefault(roles, defaultCode)) {
                people.add(new DataFile.Line(record.file, record.line, id + "\t" + joined + "\t" + role.code() + "\t"
                        + role.from() + "\t" + (role.until() == null ? "" : role.until().toString())));
            }
        }

        private static DictionaryEntry.Role role(String code, String restriction) {
            if (restriction.startsWith(">")) {
                return new DictionaryEntry.Role(code, PetrarchText.date(restriction.substring(1)), null);
            }
            if (restriction.startsWith("<")) {
                return new DictionaryEntry.Role(code, EARLIEST, PetrarchText.date(restriction.substring(1)));
            }
            int dash = restriction.indexOf('-');
            if (dash < 0) {
                throw new IllegalArgumentException("expected <date, >date or date-date");
            }
            return new DictionaryEntry.Role(code, PetrarchText.date(restriction.substring(0, dash)),
                    PetrarchText.date(restriction.substring(dash + 1)));
        }

        /** The dated roles plus the default code on every day they leave uncovered. */
        private static List<DictionaryEntry.Role> withDefault(List<DictionaryEntry.Role> roles, String defaultCode) {
            List<DictionaryEntry.Role> sorted = new ArrayList<>(roles);
            sorted.sort(Comparator.comparing(DictionaryEntry.Role::from));
            if (defaultCode == null) {
                return sorted;
            }
            List<DictionaryEntry.Role> all = new ArrayList<>(sorted);
            LocalDate next = EARLIEST;
            for (DictionaryEntry.Role role : sorted) {
                if (next == null) {
                    break;
                }
                if (role.from().isAfter(next)) {
                    all.add(new DictionaryEntry.Role(defaultCode, next, role.from().minusDays(1)));
                }
                if (role.until() == null) {
                    next = null;
                } else if (!role.until().isBefore(next)) {
                    next = role.until().plusDays(1);
                }
            }
            if (next != null) {
                all.add(new DictionaryEntry.Role(defaultCode, next, null));
            }
            all.sort(Comparator.comparing(DictionaryEntry.Role::from));
            return all;
        }

        /** The record's first phrase as written, made unique: the builder groups role lines by id. */
        private String id(Record record) {
            String base = record.phrases.isEmpty() ? "record" : String.join("_", PetrarchText.words(record.phrases.get(0)));
            int uses = idUses.merge(base, 1, Integer::sum);
            return "petrarch:" + (uses == 1 ? base : base + "@" + record.file + ":" + record.line);
        }

        void readAgents(String file, List<String> lines) {
            Map<String, List<String>> markers = new LinkedHashMap<>();
            for (int i = 0; i < lines.size(); i++) {
                String origin = file + ":" + (i + 1);
                String text = stripComment(lines.get(i)).strip();
                if (text.isEmpty()) {
                    continue;
                }
                Matcher definition = MARKER_DEFINITION.matcher(text);
                if (definition.matches()) {
                    List<String> values = new ArrayList<>();
                    for (String value : definition.group(2).split(",")) {
                        if (!value.isBlank()) {
                            values.add(value.strip());
                        }
                    }
                    markers.put(definition.group(1), values);
                    continue;
                }
                Matcher bracket = BRACKET.matcher(text);
                if (!bracket.find()) {
                    skipped.add(new Skipped(origin, "agent without a code"));
                    continue;
                }
                String code = bracket.group(1).strip().replace("~", "");
                if (!CODE.matcher(code).matches()) {
                    skipped.add(new Skipped(origin, "not an agent code: '" + bracket.group(1) + "'"));
                    continue;
                }
                String head = text.substring(0, bracket.start());
                Matcher braces = BRACES.matcher(head);
                List<String> plurals = null;
                if (braces.find()) {
                    plurals = new ArrayList<>();
                    for (String plural : braces.group(1).strip().split("\\s+")) {
                        if (!plural.isEmpty()) {
                            plurals.add(plural);
                        }
                    }
                    head = head.substring(0, braces.start());
                }
                String phrase = head.strip();
                if (phrase.isEmpty()) {
                    skipped.add(new Skipped(origin, "agent without a phrase"));
                    continue;
                }
                List<String> forms = new ArrayList<>();
                if (phrase.contains("!")) {
                    // Substituted forms are complete words: no plural is formed from them.
                    forms.addAll(substitute(phrase, markers, origin));
                    if (plurals != null) {
                        plurals.forEach(plural -> forms.addAll(substitute(plural, markers, origin)));
                    }
                } else {
                    forms.add(phrase);
                    forms.addAll(plurals != null ? plurals : List.of(PetrarchText.regularPlural(phrase)));
                }
                for (String form : forms) {
                    String term = String.join(" ", PetrarchText.words(form)).toLowerCase(Locale.ROOT);
                    if (!term.isEmpty()) {
                        agents.add(new DataFile.Line(file, i + 1, term + "\t" + code + "\tstrong"));
                    }
                }
            }
        }

        private List<String> substitute(String phrase, Map<String, List<String>> markers, String origin) {
            Matcher marker = Pattern.compile("![A-Z0-9_]+!").matcher(phrase);
            if (!marker.find()) {
                return List.of(phrase);
            }
            List<String> values = markers.get(marker.group());
            if (values == null) {
                skipped.add(new Skipped(origin, "undefined substitution marker " + marker.group()));
                return List.of();
            }
            List<String> forms = new ArrayList<>();
            for (String value : values) {
                forms.addAll(substitute(phrase.substring(0, marker.start()) + value + phrase.substring(marker.end()),
                        markers, origin));
            }
            return forms;
        }
    }
}
