package org.sitrep.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sitrep.eval.internal.CorpusArticles;
import org.sitrep.pipeline.EnvironmentException;

/**
 * Reads gold files: JSON lines of sentences and the events they should yield, as {@code docs/evaluation.md}
 * describes them. A line gives its sentence as {@code text}, as an inline reference into a shared corpus
 * ({@code corpus}, {@code article}, {@code start}, {@code end}, {@code sha256}), or by its {@code id} alone, which
 * a references file ({@code refs.jsonl}) maps to a reference and a half. A line that cannot be used (bad JSON,
 * an unknown code, an article not found, a hash that does not match) becomes a {@link LineError}; the others are
 * read on.
 */
public final class GoldFile {

    /** A line that could not be used, and why. */
    public record LineError(String file, int line, String id, String message) {

        @Override
        public String toString() {
            return file + ":" + line + (id.isEmpty() ? "" : " [" + id + "]") + ": " + message;
        }
    }

    /** The usable sentences, in file order, and the errors of the other lines. */
    public record Contents(List<GoldSentence> sentences, List<LineError> errors) {
        public Contents {
            sentences = List.copyOf(sentences);
            errors = List.copyOf(errors);
        }
    }

    /** The events of each id of an annotation file, in file order, and the errors of unusable lines. */
    public record Annotations(Map<String, List<GoldEvent>> events, List<LineError> errors) {
        public Annotations {
            events = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(events));
            errors = List.copyOf(errors);
        }
    }

    /** Which sentences to read, by the half their line or reference gives. */
    public enum Half {
        DEV, TEST, ALL;

        boolean admits(String half) {
            return this == ALL || name().toLowerCase(java.util.Locale.ROOT).equals(half);
        }
    }

    private static final Set<String> LINE_FIELDS = Set.of("id", "half", "text", "date", "events", "classes", "note",
            "corpus", "article", "start", "end", "sha256");
    private static final Set<String> REF_FIELDS = Set.of("id", "half", "corpus", "article", "start", "end",
            "sha256");
    private static final Set<String> EVENT_FIELDS = Set.of("source", "code", "target");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A parsed line before its text is resolved. */
    private record Line(int number, String id, String half, String text, LocalDate date, SentenceRef ref,
                        List<GoldEvent> events, Set<CoderErrorClass> classes) {
    }

    private GoldFile() {
    }

    /**
     * Reads the id and events of every line of an annotation file, ignoring text and references: what two
     * annotators' files are compared on.
     */
    public static Annotations readAnnotations(Path file) {
        Map<String, List<GoldEvent>> events = new LinkedHashMap<>();
        List<LineError> errors = new ArrayList<>();
        for (Line line : parse(file, LINE_FIELDS, errors)) {
            if (events.putIfAbsent(line.id(), line.events()) != null) {
                errors.add(new LineError(name(file), line.number(), line.id(), "id repeated; the first line counts"));
            }
        }
        return new Annotations(events, errors);
    }

    /**
     * Reads a gold file and resolves each selected line's sentence.
     *
     * @param gold    the gold file
     * @param refs    the references file lines without text or reference of their own are joined with by id, or
     *                null
     * @param corpora the folder of the shared corpora ({@code allsides/}, {@code newscluster/}); only needed when
     *                a selected line refers into it
     * @param half    which half to read; a line whose half is unknown is read only for {@link Half#ALL}
     */
    public static Contents read(Path gold, Path refs, Path corpora, Half half) {
        Objects.requireNonNull(half, "half");
        List<LineError> errors = new ArrayList<>();
        Map<String, Line> references = new LinkedHashMap<>();
        if (refs != null) {
            for (Line ref : parse(refs, REF_FIELDS, errors)) {
                if (ref.ref() == null) {
                    errors.add(new LineError(name(refs), ref.number(), ref.id(), "no corpus reference"));
                } else if (references.putIfAbsent(ref.id(), ref) != null) {
                    errors.add(new LineError(name(refs), ref.number(), ref.id(), "id repeated; the first line counts"));
                }
            }
        }
        List<Line> selected = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        List<Failure> failures = new ArrayList<>();
        List<Line> parsed = parseLines(gold, LINE_FIELDS, failures);
        for (Failure failure : failures) {
            // A broken line counts against the half it names, or its reference names; one that names none, always.
            Line ref = references.get(failure.error().id());
            String lineHalf = !failure.half().isEmpty() ? failure.half() : ref == null ? "" : ref.half();
            if (lineHalf.isEmpty() || half.admits(lineHalf)) {
                errors.add(failure.error());
            }
        }
        for (Line line : parsed) {
            if (!ids.add(line.id())) {
                errors.add(new LineError(name(gold), line.number(), line.id(), "id repeated; the first line counts"));
                continue;
            }
            boolean joins = line.text() == null && line.ref() == null;
            Line ref = joins ? references.get(line.id()) : null;
            String lineHalf = !line.half().isEmpty() || ref == null ? line.half() : ref.half();
            if (joins && ref == null) {
                if (lineHalf.isEmpty() || half.admits(lineHalf)) {
                    errors.add(new LineError(name(gold), line.number(), line.id(), "no text, no reference, and id "
                            + "not in " + (refs == null ? "a references file" : name(refs))));
                }
                continue;
            }
            if (!half.admits(lineHalf)) {
                continue;
            }
            if (joins) {
                selected.add(new Line(line.number(), line.id(), lineHalf, null, line.date(), ref.ref(), line.events(),
                        line.classes()));
            } else {
                selected.add(line);
            }
        }
        Map<String, CorpusArticles.Body> articles = articles(selected, corpora);
        List<GoldSentence> sentences = new ArrayList<>();
        for (Line line : selected) {
            if (line.text() != null) {
                sentences.add(new GoldSentence(line.id(), line.half(), line.text(), line.date(), line.events(),
                        line.classes()));
                continue;
            }
            SentenceRef ref = line.ref();
            CorpusArticles.Body body = articles.get(CorpusArticles.key(ref.corpus(), ref.article()));
            String problem = body == null ? "article " + ref.article() + " not found in corpus " + ref.corpus()
                    + " under " + corpora : null;
            String text = body == null ? null : span(body.text(), ref.start(), ref.end());
            if (problem == null && text == null) {
                problem = "span " + ref.start() + ".." + ref.end() + " is outside article " + ref.article();
            }
            if (problem == null && !sha256(text).startsWith(ref.sha256())) {
                problem = "sentence hash " + sha256(text).substring(0, ref.sha256().length()) + " does not match "
                        + ref.sha256() + ": the corpus differs from the one the reference was made on";
            }
            if (problem != null) {
                errors.add(new LineError(name(gold), line.number(), line.id(), problem));
                continue;
            }
            LocalDate date = line.date() != null ? line.date() : body.date();
            sentences.add(new GoldSentence(line.id(), line.half(), text, date, line.events(), line.classes()));
        }
        errors.sort(java.util.Comparator.comparing(LineError::file).thenComparingInt(LineError::line));
        return new Contents(sentences, errors);
    }

    private static Map<String, CorpusArticles.Body> articles(List<Line> lines, Path corpora) {
        Set<String> allsides = new LinkedHashSet<>();
        Set<String> newscluster = new LinkedHashSet<>();
        for (Line line : lines) {
            if (line.text() == null) {
                (line.ref().corpus().equals("allsides") ? allsides : newscluster).add(line.ref().article());
            }
        }
        if (allsides.isEmpty() && newscluster.isEmpty()) {
            return Map.of();
        }
        if (corpora == null || !Files.isDirectory(corpora)) {
            throw new IllegalArgumentException("the gold file refers to the shared corpora, but there is no corpora "
                    + "folder " + (corpora == null ? "" : corpora.toString()));
        }
        return CorpusArticles.read(corpora, allsides, newscluster);
    }

    /** The code points {@code start} to {@code end} of {@code text}, or null when they do not fit. */
    static String span(String text, int start, int end) {
        int length = text.codePointCount(0, text.length());
        if (end > length) {
            return null;
        }
        int from = text.offsetByCodePoints(0, start);
        return text.substring(from, text.offsetByCodePoints(from, end - start));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new EnvironmentException("no SHA-256 in this JVM", e);
        }
    }

    /** A line that could not be parsed, with the half it gives when that much could be read. */
    private record Failure(LineError error, String half) {
    }

    private static List<Line> parse(Path file, Set<String> allowed, List<LineError> errors) {
        List<Failure> failures = new ArrayList<>();
        List<Line> lines = parseLines(file, allowed, failures);
        failures.forEach(failure -> errors.add(failure.error()));
        return lines;
    }

    private static List<Line> parseLines(Path file, Set<String> allowed, List<Failure> failures) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file: " + file);
        }
        List<String> raw;
        try {
            raw = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EnvironmentException("cannot read " + file, e);
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            if (raw.get(i).isBlank()) {
                continue;
            }
            String id = "";
            String half = "";
            try {
                JsonNode node = JSON.readTree(raw.get(i));
                if (node == null || !node.isObject()) {
                    throw new IllegalArgumentException("not a JSON object");
                }
                id = string(node, "id", true);
                half = node.path("half").asText("");
                lines.add(line(i + 1, id, node, allowed));
            } catch (JsonProcessingException e) {
                failures.add(new Failure(new LineError(name(file), i + 1, "", "not JSON: " + e.getOriginalMessage()),
                        ""));
            } catch (IllegalArgumentException e) {
                failures.add(new Failure(new LineError(name(file), i + 1, id, e.getMessage()), half));
            }
        }
        return lines;
    }

    private static Line line(int number, String id, JsonNode node, Set<String> allowed) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!allowed.contains(field)) {
                throw new IllegalArgumentException("unknown field '" + field + "'");
            }
        }
        if (id.isBlank()) {
            throw new IllegalArgumentException("no id");
        }
        String half = string(node, "half", false);
        if (!half.isEmpty() && !half.equals("dev") && !half.equals("test")) {
            throw new IllegalArgumentException("half must be dev or test: '" + half + "'");
        }
        String text = node.has("text") ? string(node, "text", true) : null;
        if (text != null && text.isBlank()) {
            throw new IllegalArgumentException("blank text");
        }
        LocalDate date = null;
        if (node.has("date") && !string(node, "date", false).isEmpty()) {
            try {
                date = LocalDate.parse(string(node, "date", false));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("date is not YYYY-MM-DD: '" + string(node, "date", false) + "'");
            }
        }
        SentenceRef ref = null;
        if (node.has("corpus") || node.has("article") || node.has("start") || node.has("end") || node.has("sha256")) {
            if (text != null) {
                throw new IllegalArgumentException("both text and a reference");
            }
            ref = new SentenceRef(string(node, "corpus", true), string(node, "article", true), integer(node, "start"),
                    integer(node, "end"), string(node, "sha256", true));
        }
        List<GoldEvent> events = new ArrayList<>();
        if (allowed.contains("events")) {
            JsonNode list = node.get("events");
            if (list == null || !list.isArray()) {
                throw new IllegalArgumentException("no events list (write \"events\": [] for a sentence without)");
            }
            for (JsonNode event : list) {
                if (!event.isObject()) {
                    throw new IllegalArgumentException("an event is not a JSON object");
                }
                for (Iterator<String> names = event.fieldNames(); names.hasNext(); ) {
                    String field = names.next();
                    if (!EVENT_FIELDS.contains(field)) {
                        throw new IllegalArgumentException("unknown event field '" + field + "'");
                    }
                }
                events.add(new GoldEvent(string(event, "source", false), string(event, "code", true),
                        string(event, "target", false)));
            }
        }
        return new Line(number, id, half, text, date, ref, events, classes(node));
    }

    /** The line's error classes: a list of distinct numbers from 1 to 8, or none when the field is absent. */
    private static Set<CoderErrorClass> classes(JsonNode node) {
        JsonNode list = node.get("classes");
        if (list == null) {
            return Set.of();
        }
        String expected = "'classes' must be a list of distinct error-class numbers from 1 to "
                + CoderErrorClass.values().length;
        if (!list.isArray()) {
            throw new IllegalArgumentException(expected + ", not " + list);
        }
        Set<CoderErrorClass> classes = EnumSet.noneOf(CoderErrorClass.class);
        for (JsonNode value : list) {
            // Only JSON integers: "2" or 2.0 is more likely a slip than a class.
            if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < 1
                    || value.asInt() > CoderErrorClass.values().length) {
                throw new IllegalArgumentException(expected + ": " + value + " is not one");
            }
            if (!classes.add(CoderErrorClass.of(value.asInt()))) {
                throw new IllegalArgumentException(expected + ": " + value + " is repeated");
            }
        }
        return classes;
    }

    private static String string(JsonNode node, String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new IllegalArgumentException("no '" + field + "'");
            }
            return "";
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException("'" + field + "' is not a string");
        }
        return value.asText();
    }

    private static int integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new IllegalArgumentException("'" + field + "' is not an integer");
        }
        return value.asInt();
    }

    private static String name(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }
}
