package org.sitrep.ingest.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;
import org.sitrep.pipeline.Input;

/**
 * Turns one JSON object into an article. Fields: {@code title}, {@code date} (or news-please's
 * {@code date_publish}), {@code source} (or news-please's {@code source_domain}, trafilatura's
 * {@code source-hostname}, {@code sitename} or {@code hostname}; a {@code source} that is an address, as
 * trafilatura writes it, is the url), {@code url} (or {@code source_url}), and the body from the first
 * of {@code text}, {@code body}, {@code maintext}, {@code content_original}, {@code content} and
 * {@code raw_text} that holds text: the AllSides corpus keeps newspaper text in {@code content_original} and
 * a tokenised copy in {@code content}; news-please writes {@code maintext}, trafilatura {@code text}.
 * A {@code language} field naming another language than English skips the record as
 * {@link Problem.Kind#LANGUAGE}.
 */
public final class JsonArticles {

    /** Body fields, in order of preference. */
    public static final List<String> BODY_FIELDS = List.of("text", "body", "maintext", "content_original", "content",
            "raw_text");

    /** Date fields, in order of preference; news-please leaves {@code date_publish} null when unknown. */
    public static final List<String> DATE_FIELDS = List.of("date", "date_publish");

    /** Source-name fields, in order of preference. */
    public static final List<String> SOURCE_FIELDS = List.of("source", "source_domain", "source-hostname",
            "sitename", "hostname");

    /** Deepest nesting read; article records are flat, and deep nesting only costs stack. */
    public static final int MAX_NESTING = 100;

    private final JsonMapper mapper;
    private final ObjectReader documentReader;
    private final LocalDate defaultDate;
    private final int maxChars;
    private final LocalDate today;

    public JsonArticles(LocalDate defaultDate, int maxChars, int maxStringLength, LocalDate today) {
        this.defaultDate = defaultDate;
        this.maxChars = maxChars;
        this.today = today;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(maxStringLength)
                        .maxNestingDepth(MAX_NESTING).build())
                .build();
        this.mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
        this.documentReader = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    public JsonMapper mapper() {
        return mapper;
    }

    /** The value the parser stands on, in a document where more values follow it. */
    public JsonNode readValue(JsonParser parser) throws IOException {
        return documentReader.readTree(parser);
    }

    /** One line of a JSON Lines file. */
    public Input fromLine(String line, String origin, boolean brokenEncoding) {
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (StreamConstraintsException e) {
            return new Input.Unreadable(constraintProblem(e, origin));
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
            return unreadable(Problem.Kind.MALFORMED_RECORD, origin,
                    "not valid JSON" + where + ": " + firstLine(e.getOriginalMessage()));
        }
        return fromNode(node, origin, brokenEncoding);
    }

    /** One parsed JSON value, which should be an object. */
    public Input fromNode(JsonNode node, String origin, boolean brokenEncoding) {
        if (node == null || node.isMissingNode()) {
            return unreadable(Problem.Kind.EMPTY, origin, "empty record");
        }
        if (!node.isObject()) {
            return unreadable(Problem.Kind.MALFORMED_RECORD, origin,
                    "record is a JSON " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
                            + ", not an object");
        }
        String body = null;
        boolean bodyFieldPresent = false;
        for (String field : BODY_FIELDS) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                continue;
            }
            if (!value.isTextual()) {
                return unreadable(Problem.Kind.MALFORMED_RECORD, origin,
                        "field '" + field + "' is not a string");
            }
            bodyFieldPresent = true;
            if (!Blank.isBlank(value.asText())) {
                body = value.asText();
                break;
            }
        }
        if (!bodyFieldPresent) {
            return unreadable(Problem.Kind.MALFORMED_RECORD, origin,
                    "record has no text field (" + String.join(", ", BODY_FIELDS) + ")");
        }
        String title;
        String source;
        String url;
        try {
            title = scalar(node, "title");
            url = first(node, List.of("url", "source_url"));
            source = first(node, SOURCE_FIELDS);
            if (isUrl(source)) {
                // trafilatura writes the page's address as "source" and the site's name as "source-hostname".
                url = url.isEmpty() ? source : url;
                source = first(node, SOURCE_FIELDS.subList(1, SOURCE_FIELDS.size()));
            }
            String language = scalar(node, "language");
            String code = Languages.code(language);
            if (code != null && !code.equals(Languages.ENGLISH)) {
                return unreadable(Problem.Kind.LANGUAGE, origin, "LANGUAGE " + code
                        + ": the record's language field says '" + language.strip()
                        + "'; sitrep codes English only");
            }
        } catch (IllegalArgumentException e) {
            return unreadable(Problem.Kind.MALFORMED_RECORD, origin, e.getMessage());
        }
        if (body == null) {
            body = "";
        }
        title = Blank.strip(title);
        body = Blank.strip(body);
        if (title.isEmpty() && body.isEmpty()) {
            return unreadable(Problem.Kind.EMPTY, origin, "record has no text");
        }
        int length = title.isEmpty() ? body.length() : title.length() + Article.TITLE_SEPARATOR.length()
                + body.length();
        if (length > maxChars) {
            return unreadable(Problem.Kind.TOO_LARGE, origin,
                    "article has " + length + " characters, more than the limit of " + maxChars);
        }
        if (Utf8.looksBinary(body)) {
            return unreadable(Problem.Kind.BINARY, origin, "text is mostly control characters");
        }
        List<Problem> problems = new ArrayList<>(2);
        if (brokenEncoding) {
            problems.add(new Problem(Problem.Kind.BROKEN_ENCODING, origin,
                    "bytes that are not UTF-8 were replaced by U+FFFD"));
        }
        LocalDate date = defaultDate;
        JsonNode dateNode = null;
        for (String field : DATE_FIELDS) {
            JsonNode value = node.get(field);
            if (value != null && !value.isNull() && !(value.isTextual() && value.asText().isBlank())) {
                dateNode = value;
                break;
            }
        }
        if (dateNode != null && !dateNode.isNull() && !(dateNode.isTextual() && dateNode.asText().isBlank())) {
            Dates.Result parsed = dateNode.isValueNode()
                    ? Dates.parse(dateNode.asText(), today)
                    : new Dates.Rejected("date is a JSON " + dateNode.getNodeType().name()
                            .toLowerCase(java.util.Locale.ROOT) + ", not a string");
            if (parsed instanceof Dates.Parsed ok) {
                date = ok.date();
            } else {
                date = null;
                problems.add(new Problem(Problem.Kind.BAD_DATE, origin, ((Dates.Rejected) parsed).reason()
                        + "; the article is coded without a date"));
            }
        }
        return new Input.Readable(Article.of(title, body, date, source.strip(), url.strip(), origin), problems);
    }

    private static boolean isUrl(String value) {
        return value.startsWith("http://") || value.startsWith("https://");
    }

    /** The first of the fields that holds a non-blank value, or "". */
    private static String first(JsonNode node, List<String> fields) {
        for (String field : fields) {
            String value = scalar(node, field);
            if (!value.isBlank()) {
                return value;
            }
        }
        return "";
    }

    private static String scalar(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return "";
        }
        if (!value.isValueNode()) {
            throw new IllegalArgumentException("field '" + field + "' is a JSON "
                    + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + ", not a string");
        }
        return value.asText();
    }

    /**
     * What a limit of the JSON parser says about a record, in sitrep's words: a string longer than an
     * article can be is too large; nesting deeper than {@value #MAX_NESTING} levels, which no article record
     * needs, is malformed.
     */
    public Problem constraintProblem(StreamConstraintsException e, String origin) {
        String message = String.valueOf(e.getOriginalMessage()).toLowerCase(java.util.Locale.ROOT);
        if (message.contains("nesting depth")) {
            return new Problem(Problem.Kind.MALFORMED_RECORD, origin,
                    "JSON nested more than " + MAX_NESTING + " levels deep; an article record is one flat object");
        }
        if (message.contains("string value length")) {
            return new Problem(Problem.Kind.TOO_LARGE, origin,
                    "a string longer than an article of " + maxChars + " characters can be");
        }
        return new Problem(Problem.Kind.TOO_LARGE, origin, "record exceeds a size limit of the JSON reader");
    }

    static Input unreadable(Problem.Kind kind, String origin, String message) {
        return new Input.Unreadable(new Problem(kind, origin, message));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
