package org.sitrep.petrarch;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.actors.DictionaryEntry;
import org.sitrep.model.Actor;

/**
 * Reads PETRARCH actor and agent dictionaries into sitrep's {@link ActorDictionary}.
 *
 * <p>Actors: a name line (words joined by {@code _} or spaces), synonyms on {@code +} lines, and codes in
 * brackets on the name line or on lines of their own, dated as {@code [CODE <DATE]}, {@code [CODE >DATE]} or
 * {@code [CODE DATE-DATE]}, bounds inclusive (dates {@code YYMMDD}, 00 to 30 meaning 20YY and the rest 19YY, or
 * {@code YYYYMMDD}); a range that ends before it starts is skipped with a warning; an undated code is the
 * default for days no dated code covers. An actor with several codes ({@code [FRO/BIL/SAM]}) stands for all
 * of them. Agents: {@code TERM {PLURALS} [~CODE]}, regular plurals generated unless braces give them,
 * {@code !NAME! = A, B} substitutions.
 *
 * <p>Mapped onto sitrep's dictionary kinds: an actor with one three-letter code is a country (so agent terms
 * compose with it: "Arnor cleric" is ARN + REL), one with a longer code an organisation, one with dated codes
 * a person with dated roles, one with several codes an organisation whose code joins them (see
 * {@link #multiCodes}). PETRARCH matches names ignoring case, sitrep's dictionary as written, so each name is
 * entered in the capitalisations news text uses. Agent codes placed before the country ({@code [NGO~]}) are
 * composed after it, as sitrep composes every agent.
 */
final class ActorFiles {

    private static final Pattern CODE = Pattern.compile("\\[\\s*([^\\s\\]<>]+)\\s*([^\\]]*)\\]");
    private static final Pattern SUBSTITUTION = Pattern.compile("^!([A-Z0-9_]+)!\\s*=\\s*(.+)$");
    private static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
    private static final int MAX_NAME_VARIANTS = 48;

    /** What reading produced. */
    record Result(ActorDictionary dictionary, Map<String, List<String>> multiCodes, List<String> warnings,
                  int actorCount, int agentCount) {
    }

    private record Role(String code, LocalDate from, LocalDate until) {
    }

    /** One agent term, lower case, and its code. */
    private record AgentTerm(String term, String code) {
    }

    private static final class Entry {
        final String origin;
        final List<String> names = new ArrayList<>();
        String defaultCode;
        final List<Role> roles = new ArrayList<>();

        Entry(String origin) {
            this.origin = origin;
        }
    }

    private ActorFiles() {
    }

    static Result read(List<Path> actorFiles, List<Path> agentFiles) {
        Map<String, List<String>> actorLines = new LinkedHashMap<>();
        for (Path file : actorFiles) {
            actorLines.put(file.getFileName().toString(), PetrarchFile.lines(file));
        }
        Map<String, List<String>> agentLines = new LinkedHashMap<>();
        for (Path file : agentFiles) {
            agentLines.put(file.getFileName().toString(), PetrarchFile.lines(file));
        }
        return parse(actorLines, agentLines);
    }

    /** Parses actor and agent files given as lines by file name. */
    static Result parse(Map<String, List<String>> actorFiles, Map<String, List<String>> agentFiles) {
        List<String> warnings = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        actorFiles.forEach((name, lines) -> entries.addAll(actors(name, lines, warnings)));
        // The builder lets the first entry that claims a phrase keep it: countries, then agents, people and
        // organisations, each in file order.
        List<Consumer<ActorDictionary.Builder>> countries = new ArrayList<>();
        List<Consumer<ActorDictionary.Builder>> people = new ArrayList<>();
        List<Consumer<ActorDictionary.Builder>> organizations = new ArrayList<>();
        Map<String, List<String>> multiCodes = new HashMap<>();
        int number = 0;
        int actors = 0;
        for (Entry entry : entries) {
            number++;
            List<String> names = variants(entry.names).stream().map(String::strip).filter(n -> !n.isEmpty()).toList();
            if (names.isEmpty()) {
                continue;
            }
            String id = "petrarch-" + number;
            if (!entry.roles.isEmpty()) {
                List<DictionaryEntry.Role> roles = withDefaults(entry.roles, entry.defaultCode).stream()
                        .map(role -> new DictionaryEntry.Role(role.code(), role.from(), role.until())).toList();
                people.add(builder -> {
                    try {
                        builder.person(id, names, roles);
                    } catch (IllegalArgumentException e) {
                        // A dated code of several parts ([FRO/BIL 990101-001231]): sitrep's roles hold one code.
                        warnings.add(entry.origin + ": actor " + entry.names.get(0) + " skipped: " + e.getMessage());
                    }
                });
                actors++;
                continue;
            }
            if (entry.defaultCode == null) {
                warnings.add(entry.origin + ": actor " + entry.names.get(0) + " has no code");
                continue;
            }
            List<String> codes = List.of(entry.defaultCode.split("/"));
            if (codes.size() > 1) {
                String joined = String.join("", codes);
                multiCodes.put(joined, codes);
                organizations.add(builder -> builder.organization(id, names, joined));
            } else if (entry.defaultCode.length() == 3) {
                String code = entry.defaultCode;
                countries.add(builder -> builder.country(code, names, List.of(), List.of()));
            } else {
                String code = entry.defaultCode;
                organizations.add(builder -> builder.organization(id, names, code));
            }
            actors++;
        }
        List<AgentTerm> agents = new ArrayList<>();
        agentFiles.forEach((name, lines) -> agents.addAll(agents(name, lines, warnings)));
        ActorDictionary.Builder builder = new ActorDictionary.Builder();
        countries.forEach(add -> add.accept(builder));
        agents.forEach(agent -> builder.agent(agent.term(), agent.code(), false));
        people.forEach(add -> add.accept(builder));
        organizations.forEach(add -> add.accept(builder));
        ActorDictionary dictionary = builder.build();
        return new Result(dictionary, Map.copyOf(multiCodes), warnings, actors, agents.size());
    }

    private static List<Entry> actors(String file, List<String> lines, List<String> warnings) {
        List<Entry> entries = new ArrayList<>();
        Entry current = null;
        for (int i = 0; i < lines.size(); i++) {
            String origin = file + ":" + (i + 1);
            String line = PetrarchFile.stripComment(lines.get(i)).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("+")) {
                if (current == null) {
                    warnings.add(origin + ": synonym before any actor");
                } else {
                    addName(current, line.substring(1));
                }
                continue;
            }
            if (!line.startsWith("[")) {
                current = new Entry(origin);
                entries.add(current);
                int bracket = line.indexOf('[');
                addName(current, bracket < 0 ? line : line.substring(0, bracket));
                if (bracket < 0) {
                    continue;
                }
                line = line.substring(bracket);
            }
            if (current == null) {
                warnings.add(origin + ": code before any actor");
                continue;
            }
            Matcher code = CODE.matcher(line);
            while (code.find()) {
                addCode(current, code.group(1), code.group(2).strip(), origin, warnings);
            }
        }
        return entries;
    }

    private static void addName(Entry entry, String name) {
        List<String> words = phraseWords(name);
        if (!words.isEmpty()) {
            entry.names.add(String.join(" ", words));
        }
    }

    private static List<String> phraseWords(String phrase) {
        List<String> words = new ArrayList<>();
        for (String word : phrase.strip().split("[\\s_]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static void addCode(Entry entry, String rawCode, String dates, String origin, List<String> warnings) {
        String code = rawCode.toUpperCase(Locale.ROOT);
        for (String part : code.split("/")) {
            if (!Actor.isCode(part)) {
                // "---" and "+++" mark names PETRARCH must recognise but not code.
                warnings.add(origin + ": code '" + rawCode + "' is not a run of three-letter parts; skipped");
                return;
            }
        }
        if (dates.isEmpty()) {
            entry.defaultCode = code;
            return;
        }
        try {
            // Bounds are inclusive, as PETRARCH compares them: [CODE <DATE] holds up to and including DATE.
            if (dates.startsWith("<")) {
                entry.roles.add(new Role(code, EARLIEST, date(dates.substring(1))));
            } else if (dates.startsWith(">")) {
                entry.roles.add(new Role(code, date(dates.substring(1)), null));
            } else {
                String[] range = dates.split("-");
                if (range.length != 2) {
                    throw new DateTimeParseException("not a date range", dates, 0);
                }
                LocalDate from = date(range[0]);
                LocalDate until = date(range[1]);
                if (until.isBefore(from)) {
                    warnings.add(origin + ": the date range '" + dates + "' ends before it starts; skipped");
                    return;
                }
                entry.roles.add(new Role(code, from, until));
            }
        } catch (DateTimeException e) {
            warnings.add(origin + ": cannot read the dates '" + dates + "'; skipped");
        }
    }

    /**
     * {@code YYYYMMDD}, or {@code YYMMDD} read as PETRARCH reads it: 00 to 30 are 20YY, the rest 19YY.
     *
     * @throws DateTimeException for text that is no date, or a day the calendar lacks
     */
    static LocalDate date(String text) {
        String digits = text.strip();
        if (digits.matches("[0-9]{6}")) {
            digits = (Integer.parseInt(digits.substring(0, 2)) <= 30 ? "20" : "19") + digits;
        }
        if (!digits.matches("[0-9]{8}")) {
            throw new DateTimeParseException("not YYMMDD or YYYYMMDD", text, 0);
        }
        return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                Integer.parseInt(digits.substring(6, 8)));
    }

    /** The dated roles plus the default code on every day no dated role covers. */
    private static List<Role> withDefaults(List<Role> roles, String defaultCode) {
        List<Role> sorted = new ArrayList<>(roles);
        sorted.sort(Comparator.comparing(Role::from));
        if (defaultCode == null || defaultCode.contains("/")) {
            return sorted;
        }
        List<Role> result = new ArrayList<>(sorted);
        LocalDate coveredUntil = EARLIEST.minusDays(1);
        for (Role role : sorted) {
            if (role.from().isAfter(coveredUntil.plusDays(1))) {
                result.add(new Role(defaultCode, coveredUntil.plusDays(1), role.from().minusDays(1)));
            }
            if (role.until() == null) {
                return result;
            }
            if (role.until().isAfter(coveredUntil)) {
                coveredUntil = role.until();
            }
        }
        result.add(new Role(defaultCode, coveredUntil.plusDays(1), null));
        return result;
    }

    /**
     * The capitalisations of a PETRARCH name that news text uses: each word capitalised, all upper case,
     * and short words (particles, acronyms) also lower case or upper case: "THE_KU" is "The KU",
     * "PRINCE OF DOL AMROTH" is "Prince of Dol Amroth".
     */
    static List<String> variants(List<String> names) {
        Set<String> all = new LinkedHashSet<>();
        for (String name : names) {
            List<Set<String>> perWord = new ArrayList<>();
            for (String word : name.split(" ")) {
                Set<String> forms = new LinkedHashSet<>();
                forms.add(capitalised(word));
                forms.add(word.toUpperCase(Locale.ROOT));
                if (letters(word) <= 3) {
                    forms.add(word.toLowerCase(Locale.ROOT));
                }
                forms.add(capitalisedLongSegments(word));
                // "Barad-dur": only the first letter upper case.
                forms.add(word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT)
                        + word.substring(1).toLowerCase(Locale.ROOT));
                perWord.add(forms);
            }
            List<String> combined = List.of("");
            for (Set<String> forms : perWord) {
                List<String> next = new ArrayList<>();
                for (String prefix : combined) {
                    for (String form : forms) {
                        if (next.size() < MAX_NAME_VARIANTS) {
                            next.add(prefix.isEmpty() ? form : prefix + " " + form);
                        }
                    }
                }
                combined = next;
            }
            all.addAll(combined);
            // Texts prepared for PETRARCH join words of names with underscores ("the Prince of Dol_Amroth").
            String[] words = capitalisedName(name).split(" ");
            for (int joinFrom = 0; joinFrom + 1 < words.length; joinFrom++) {
                StringBuilder joined = new StringBuilder();
                for (int w = 0; w < words.length; w++) {
                    joined.append(w == 0 ? "" : w > joinFrom ? "_" : " ").append(words[w]);
                }
                all.add(joined.toString());
            }
        }
        return new ArrayList<>(all);
    }

    private static String capitalisedName(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.split(" ")) {
            out.append(out.length() == 0 ? "" : " ").append(letters(word) <= 3 && out.length() > 0
                    ? word.toLowerCase(Locale.ROOT) : capitalised(word));
        }
        return out.toString();
    }

    private static int letters(String word) {
        int count = 0;
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetter(word.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    /** Upper case after every non-letter ("Al-Qaeda", "O'Brien"), lower case elsewhere. */
    private static String capitalised(String word) {
        StringBuilder out = new StringBuilder(word.length());
        boolean start = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetterOrDigit(c);
        }
        return out.toString();
    }

    /** As {@link #capitalised}, but hyphenated particles of two letters stay lower case ("Mazar-i-Sharif"). */
    private static String capitalisedLongSegments(String word) {
        String[] segments = word.split("-", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                out.append('-');
            }
            String segment = segments[i];
            out.append(i > 0 && segment.length() <= 2 ? segment.toLowerCase(Locale.ROOT) : capitalised(segment));
        }
        return out.toString();
    }

    private static List<AgentTerm> agents(String file, List<String> lines, List<String> warnings) {
        Map<String, List<String>> substitutions = new HashMap<>();
        List<AgentTerm> result = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String origin = file + ":" + (i + 1);
            String line = PetrarchFile.stripComment(lines.get(i)).strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher substitution = SUBSTITUTION.matcher(line);
            if (substitution.matches()) {
                List<String> values = new ArrayList<>();
                for (String value : substitution.group(2).split(",")) {
                    if (!value.isBlank()) {
                        values.add(value.strip().toUpperCase(Locale.ROOT));
                    }
                }
                substitutions.put(substitution.group(1), values);
                continue;
            }
            int bracket = line.lastIndexOf('[');
            int close = line.lastIndexOf(']');
            if (bracket < 0 || close < bracket) {
                warnings.add(origin + ": agent without [code]");
                continue;
            }
            String code = line.substring(bracket + 1, close).replace("~", "").replaceAll("\\s+", "")
                    .toUpperCase(Locale.ROOT);
            if (!Actor.isCode(code)) {
                warnings.add(origin + ": agent code '" + line.substring(bracket + 1, close) + "' skipped");
                continue;
            }
            String term = line.substring(0, bracket).strip();
            List<String> plurals = null;
            int brace = term.indexOf('{');
            if (brace >= 0) {
                int braceEnd = term.indexOf('}', brace);
                plurals = new ArrayList<>();
                if (braceEnd > brace) {
                    for (String plural : term.substring(brace + 1, braceEnd).strip().split("\\s+")) {
                        if (!plural.isEmpty()) {
                            plurals.add(plural);
                        }
                    }
                }
                term = term.substring(0, brace).strip();
            }
            List<String> terms = new ArrayList<>();
            for (String expanded : substitute(term.toUpperCase(Locale.ROOT), substitutions)) {
                terms.add(expanded);
                if (plurals == null) {
                    List<String> words = phraseWords(expanded);
                    if (!words.isEmpty() && !expanded.endsWith("_")) {
                        words.set(words.size() - 1, Inflections.plural(words.get(words.size() - 1)));
                        terms.add(String.join(" ", words));
                    }
                }
            }
            if (plurals != null) {
                terms.addAll(plurals);
            }
            for (String agent : terms) {
                List<String> words = phraseWords(agent);
                if (!words.isEmpty()) {
                    result.add(new AgentTerm(String.join(" ", words).toLowerCase(Locale.ROOT), code));
                }
            }
        }
        return result;
    }

    /** A term with each {@code !NAME!} replaced by each of its values. */
    private static List<String> substitute(String term, Map<String, List<String>> substitutions) {
        int open = term.indexOf('!');
        int close = open < 0 ? -1 : term.indexOf('!', open + 1);
        if (close < 0) {
            return List.of(term);
        }
        List<String> values = substitutions.get(term.substring(open + 1, close));
        if (values == null) {
            return List.of(term.replace("!", ""));
        }
        List<String> result = new ArrayList<>();
        for (String value : values) {
            result.addAll(substitute(term.substring(0, open) + value + term.substring(close + 1), substitutions));
        }
        return result;
    }
}
