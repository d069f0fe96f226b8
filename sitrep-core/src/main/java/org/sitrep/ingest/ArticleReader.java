package org.sitrep.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.sitrep.ingest.internal.Blank;
import org.sitrep.ingest.internal.FeedArticles;
import org.sitrep.ingest.internal.HtmlArticles;
import org.sitrep.ingest.internal.JsonArticles;
import org.sitrep.ingest.internal.LanguageGuess;
import org.sitrep.ingest.internal.Languages;
import org.sitrep.ingest.internal.LineReader;
import org.sitrep.ingest.internal.Transcoding;
import org.sitrep.ingest.internal.Utf8;
import org.sitrep.ingest.internal.WarcArticles;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;
import org.sitrep.pipeline.Input;

/**
 * Reads articles from files and folders, one {@link Input} at a time.
 *
 * <p>Folders are walked recursively, entries in name order, so the same corpus is always read in the same
 * order. Nothing is loaded whole: folders are listed as they are reached and JSON Lines files are read a
 * line at a time, so a corpus of any size streams in small memory.
 *
 * <p>Formats, by file name (any of them may end in {@code .gz} for gzip):
 * <ul>
 *   <li>{@code .txt}: one article; the first non-blank line is the title, the rest the body, the date is
 *       {@link ReadOptions#defaultDate()}. Origin: the path.</li>
 *   <li>{@code .jsonl}, {@code .ndjson}: one JSON object per line (fields: see {@link JsonArticles}). Origin:
 *       {@code path:line}.</li>
 *   <li>{@code .json}: read as JSON Lines when its first line is a whole object; otherwise as one document
 *       holding an object, an array of objects or several objects in a row (pretty-printed files).</li>
 *   <li>{@code .html}, {@code .htm}: one web page, its main text extracted (see {@link HtmlArticles}).
 *       Origin: the path.</li>
 *   <li>{@code .rss}, {@code .atom}, {@code .xml}: an RSS or Atom feed, one article per entry (see
 *       {@link FeedArticles}). Origin: {@code path#entry}.</li>
 *   <li>{@code .warc}, {@code .warc.gz}: a web crawl; HTML responses are pages, other records are counted as
 *       skipped (see {@link WarcArticles}). Origin: {@code path:record}.</li>
 * </ul>
 *
 * <p>Only regular files are read: a FIFO, device or socket (or a link to one) is skipped with a reason, since
 * opening a FIFO blocks and a device may never end. Text is UTF-8, or UTF-16 or UTF-32 when a byte-order mark
 * says so; lines end at LF, CRLF or a lone CR. A text of nothing but white space, no-break or zero-width
 * spaces and byte-order marks is {@link Problem.Kind#EMPTY}.
 *
 * <p>Bad input never stops the reader and is never dropped silently: every file or record that holds no
 * article comes out as an {@link Input.Unreadable} whose problem says why (empty, binary, malformed, too
 * large, unsupported file type, unreadable), and a readable article carries its non-fatal problems (broken
 * encoding, bad date). Only a path that does not exist at all is the caller's mistake.
 *
 * <p>Not thread-safe.
 */
public final class ArticleReader implements Iterator<Input>, AutoCloseable {

    /** A UTF-16 code unit takes at most three bytes of UTF-8, so more bytes than this is surely too many. */
    private static final int BYTES_PER_CHAR = 3;

    /** JSON escapes ({@code \u00e9}) take up to six bytes per character of the decoded text. */
    private static final int JSON_BYTES_PER_CHAR = 6;

    /** Pretty-printed JSON documents are read whole; larger ones belong in JSON Lines. */
    private static final int MAX_DOCUMENT_BYTES = 256 * 1024 * 1024;

    /** How much of a JSON Lines file is looked at to tell text from binary data. */
    private static final int SNIFF_BYTES = 8192;

    private static final String SUPPORTED = ".txt, .json, .jsonl, .ndjson, .html, .htm, .rss, .atom, .xml or "
            + ".warc, each optionally .gz";

    /** Pages carry markup, scripts and styles around the text; past this size they are not news pages. */
    private static final int MAX_PAGE_BYTES = 32 * 1024 * 1024;

    private final ReadOptions options;
    private final JsonArticles json;
    private final HtmlArticles html;
    private final FeedArticles feeds;
    private final int maxTextBytes;
    private final int maxRecordBytes;
    private final Deque<Path> pending = new ArrayDeque<>();
    private final Set<Path> foldersSeen = new HashSet<>();
    private Source current;
    private Input lookahead;
    private boolean closed;

    private ArticleReader(List<Path> paths, ReadOptions options) {
        this.options = options;
        this.maxTextBytes = (int) Math.min((long) options.maxChars() * BYTES_PER_CHAR + 3, Integer.MAX_VALUE - 16);
        this.maxRecordBytes = (int) Math.min((long) options.maxChars() * JSON_BYTES_PER_CHAR + 65_536,
                Integer.MAX_VALUE - 16);
        this.json = new JsonArticles(options.defaultDate(), options.maxChars(), maxRecordBytes,
                LocalDate.now(ZoneOffset.UTC));
        this.html = new HtmlArticles(options.defaultDate(), options.maxChars(), LocalDate.now(ZoneOffset.UTC));
        this.feeds = new FeedArticles(options.defaultDate(), options.maxChars(), LocalDate.now(ZoneOffset.UTC));
        pending.addAll(paths);
    }

    /**
     * A reader of the given files and folders, in the order given.
     *
     * @throws IllegalArgumentException if a path does not exist
     */
    public static ArticleReader open(List<Path> paths, ReadOptions options) {
        Objects.requireNonNull(paths, "paths");
        Objects.requireNonNull(options, "options");
        for (Path path : paths) {
            Objects.requireNonNull(path, "path");
            if (!Files.exists(path)) {
                throw new IllegalArgumentException("no such file or folder: " + path);
            }
        }
        return new ArticleReader(List.copyOf(paths), options);
    }

    /**
     * A reader of one stream, such as standard input: JSON Lines (one object per line, as in a
     * {@code .jsonl} file) when its first non-blank character is <code>{</code>, one HTML page when it is
     * {@code <}, otherwise one plain-text article as in a {@code .txt} file. Origins are
     * {@code origin:line} or {@code origin}. Closing the reader closes the stream.
     */
    public static ArticleReader openStream(InputStream in, String origin, ReadOptions options) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(options, "options");
        ArticleReader reader = new ArticleReader(List.of(), options);
        reader.current = reader.streamSource(new BufferedInputStream(in, 65_536), origin);
        return reader;
    }

    private Source streamSource(BufferedInputStream in, String origin) {
        try {
            in.mark(SNIFF_BYTES);
            byte[] head = in.readNBytes(SNIFF_BYTES);
            in.reset();
            int first = 0;
            while (first < head.length && (head[first] == ' ' || head[first] == '\t' || head[first] == '\r'
                    || head[first] == '\n')) {
                first++;
            }
            if (first < head.length && head[first] == '{' && !Utf8.hasNul(head, 0, head.length)) {
                return new JsonLines(in, origin);
            }
            if (first < head.length && head[first] == '<') {
                byte[] page = in.readNBytes(MAX_PAGE_BYTES + 1);
                in.close();
                return new Single(page.length > MAX_PAGE_BYTES
                        ? unreadable(Problem.Kind.TOO_LARGE, origin, "page has more than " + MAX_PAGE_BYTES
                                + " bytes")
                        : html.fromBytes(page, null, origin, ""));
            }
            byte[] bytes = in.readNBytes(maxTextBytes + 1);
            in.close();
            if (bytes.length > maxTextBytes) {
                return new Single(unreadable(Problem.Kind.TOO_LARGE, origin, "more than " + maxTextBytes
                        + " bytes, more than an article of " + options.maxChars() + " characters can have"));
            }
            if (Utf8.hasNul(bytes, 0, bytes.length)) {
                return new Single(unreadable(Problem.Kind.BINARY, origin, "not text: NUL bytes"));
            }
            Utf8.Decoded decoded = Utf8.decode(bytes);
            List<Problem> problems = decoded.broken()
                    ? List.of(new Problem(Problem.Kind.BROKEN_ENCODING, origin,
                            "bytes that are not UTF-8 were replaced by U+FFFD"))
                    : List.of();
            return new Single(textInput(decoded.text(), origin, options.defaultDate(), options.maxChars(),
                    problems));
        } catch (IOException e) {
            try {
                in.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            return new Single(ioProblem(origin, e));
        }
    }

    /**
     * One article from raw text, such as standard input: the first non-blank line is the title, the rest the
     * body. Blank, binary or too large text gives an {@link Input.Unreadable}.
     */
    public static Input fromText(String text, String origin, LocalDate date, int maxChars) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(origin, "origin");
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
        }
        return textInput(text, origin, date, maxChars, List.of());
    }

    private static Input textInput(String text, String origin, LocalDate date, int maxChars,
                                   List<Problem> problems) {
        if (Blank.isBlank(text)) {
            return unreadable(Problem.Kind.EMPTY, origin, "no text (only white space, invisible characters or "
                    + "byte-order marks)");
        }
        if (text.length() > maxChars) {
            return unreadable(Problem.Kind.TOO_LARGE, origin,
                    "text has " + text.length() + " characters, more than the limit of " + maxChars);
        }
        if (text.indexOf('\0') >= 0 || Utf8.looksBinary(text)) {
            return unreadable(Problem.Kind.BINARY, origin, "not text: NUL bytes or mostly control characters");
        }
        int start = 0;
        String title = "";
        while (start < text.length()) {
            // Lines end at LF, CRLF or a lone CR (old Mac files).
            int end = start;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            String line = Blank.strip(text.substring(start, end));
            start = end < text.length() && text.charAt(end) == '\r' && end + 1 < text.length()
                    && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
            if (!line.isEmpty()) {
                title = line;
                break;
            }
        }
        String body = start >= text.length() ? "" : Blank.strip(text.substring(start));
        return new Input.Readable(Article.of(title, body, date, "", "", origin), problems);
    }

    @Override
    public boolean hasNext() {
        if (closed) {
            return false;
        }
        if (lookahead == null) {
            lookahead = advance();
        }
        return lookahead != null;
    }

    @Override
    public Input next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Input next = lookahead;
        lookahead = null;
        return next;
    }

    /** Closes the file being read. Reading after closing finds nothing more. */
    @Override
    public void close() {
        closed = true;
        lookahead = null;
        pending.clear();
        if (current != null) {
            current.close();
            current = null;
        }
    }

    private Input advance() {
        while (true) {
            if (current != null) {
                Input input = current.next();
                if (input != null) {
                    return checkLanguage(input);
                }
                current.close();
                current = null;
            }
            Path path = pending.pollFirst();
            if (path == null) {
                return null;
            }
            if (Files.isDirectory(path)) {
                Input problem = expandFolder(path);
                if (problem != null) {
                    return problem;
                }
            } else if (Files.exists(path) && !Files.isRegularFile(path)) {
                // Opening a FIFO blocks until someone writes to it, and a device such as /dev/zero never ends.
                return unreadable(Problem.Kind.MALFORMED_RECORD, path.toString(),
                        "not a regular file (a FIFO, device or socket, or a link to one); skipped");
            } else {
                current = openFile(path);
            }
        }
    }

    /** Text in another language would be coded into no events, silently: it is skipped with its language. */
    private static Input checkLanguage(Input input) {
        if (input instanceof Input.Readable readable) {
            Article article = readable.article();
            String language = LanguageGuess.guess(article.title() + "\n" + article.body());
            if (!language.equals(Languages.ENGLISH)) {
                return unreadable(Problem.Kind.LANGUAGE, article.origin(), "LANGUAGE " + language
                        + ": the text reads as this language, not English; sitrep codes English only");
            }
        }
        return input;
    }

    /** Puts the folder's entries at the front of the queue, sorted; returns a problem if it cannot. */
    private Input expandFolder(Path folder) {
        try {
            // Symbolic links may loop back to a folder already read; read each real folder once.
            if (!foldersSeen.add(folder.toRealPath())) {
                return null;
            }
            List<Path> entries = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
                for (Path entry : stream) {
                    entries.add(entry);
                }
            }
            entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
            for (int i = entries.size() - 1; i >= 0; i--) {
                pending.addFirst(entries.get(i));
            }
            return null;
        } catch (IOException e) {
            return ioProblem(folder.toString(), e);
        }
    }

    private Source openFile(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean gzip = name.endsWith(".gz");
        String inner = gzip ? name.substring(0, name.length() - 3) : name;
        String origin = path.toString();
        if (inner.endsWith(".txt")) {
            return new Single(readTextFile(path, gzip, origin));
        }
        if (inner.endsWith(".jsonl") || inner.endsWith(".ndjson")) {
            return openJsonLines(path, gzip, origin);
        }
        if (inner.endsWith(".json")) {
            return openJson(path, gzip, origin);
        }
        if (inner.endsWith(".html") || inner.endsWith(".htm")) {
            return new Single(readHtmlFile(path, gzip, origin));
        }
        if (inner.endsWith(".rss") || inner.endsWith(".atom") || inner.endsWith(".xml")) {
            return readFeedFile(path, gzip, origin);
        }
        if (inner.endsWith(".warc")) {
            return openWarc(path, origin);
        }
        return new Single(unreadable(Problem.Kind.MALFORMED_RECORD, origin,
                "not a supported file type; sitrep reads " + SUPPORTED));
    }

    private static InputStream openStream(Path path, boolean gzip) throws IOException {
        InputStream raw = Files.newInputStream(path);
        try {
            return Transcoding.toUtf8(
                    gzip ? new GZIPInputStream(new BufferedInputStream(raw, 65_536), 65_536) : raw);
        } catch (IOException e) {
            raw.close();
            throw e;
        }
    }

    private Input readTextFile(Path path, boolean gzip, String origin) {
        try {
            if (!gzip && Files.size(path) > maxTextBytes) {
                return unreadable(Problem.Kind.TOO_LARGE, origin, "file has " + Files.size(path)
                        + " bytes, more than an article of " + options.maxChars() + " characters can have");
            }
            byte[] bytes;
            try (InputStream in = openStream(path, gzip)) {
                bytes = in.readNBytes(maxTextBytes + 1);
            }
            if (bytes.length > maxTextBytes) {
                return unreadable(Problem.Kind.TOO_LARGE, origin, "file has more than " + maxTextBytes
                        + " bytes, more than an article of " + options.maxChars() + " characters can have");
            }
            if (bytes.length == 0) {
                return unreadable(Problem.Kind.EMPTY, origin, "empty file");
            }
            if (Utf8.hasNul(bytes, 0, bytes.length)) {
                return unreadable(Problem.Kind.BINARY, origin, "not text: the file holds NUL bytes");
            }
            Utf8.Decoded decoded = Utf8.decode(bytes);
            List<Problem> problems = decoded.broken()
                    ? List.of(new Problem(Problem.Kind.BROKEN_ENCODING, origin,
                            "bytes that are not UTF-8 were replaced by U+FFFD"))
                    : List.of();
            return textInput(decoded.text(), origin, options.defaultDate(), options.maxChars(), problems);
        } catch (IOException e) {
            return ioProblem(origin, e);
        }
    }

    private Input readHtmlFile(Path path, boolean gzip, String origin) {
        try (InputStream in = openStream(path, gzip)) {
            byte[] bytes = in.readNBytes(MAX_PAGE_BYTES + 1);
            if (bytes.length > MAX_PAGE_BYTES) {
                return unreadable(Problem.Kind.TOO_LARGE, origin, "page has more than " + MAX_PAGE_BYTES
                        + " bytes");
            }
            return html.fromBytes(bytes, null, origin, "");
        } catch (IOException e) {
            return ioProblem(origin, e);
        }
    }

    private Source readFeedFile(Path path, boolean gzip, String origin) {
        try (InputStream in = openStream(path, gzip)) {
            byte[] bytes = in.readNBytes(MAX_PAGE_BYTES + 1);
            if (bytes.length > MAX_PAGE_BYTES) {
                return new Single(unreadable(Problem.Kind.TOO_LARGE, origin,
                        "feed has more than " + MAX_PAGE_BYTES + " bytes"));
            }
            return new Streamed(feeds.read(bytes, origin).iterator(), () -> { });
        } catch (IOException e) {
            return new Single(ioProblem(origin, e));
        }
    }

    /** jwarc reads gzip members itself, so a {@code .warc.gz} is opened as it is. */
    private Source openWarc(Path path, String origin) {
        try {
            WarcArticles warc = WarcArticles.open(path, html, origin);
            return new Streamed(warc, warc);
        } catch (IOException e) {
            return new Single(ioProblem(origin, e));
        }
    }

    private Source openJsonLines(Path path, boolean gzip, String origin) {
        InputStream in = null;
        try {
            in = new BufferedInputStream(openStream(path, gzip), 65_536);
            // A binary file misnamed .jsonl would otherwise give one problem per "line" of noise.
            in.mark(SNIFF_BYTES);
            byte[] head = in.readNBytes(SNIFF_BYTES);
            in.reset();
            if (Utf8.hasNul(head, 0, head.length) || Utf8.looksBinary(Utf8.decode(head).text())) {
                in.close();
                return new Single(unreadable(Problem.Kind.BINARY, origin,
                        "not text: NUL bytes or mostly control characters"));
            }
            return new JsonLines(in, origin);
        } catch (IOException e) {
            if (in != null) {
                try {
                    in.close();
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            return new Single(ioProblem(origin, e));
        }
    }

    /**
     * A {@code .json} file is JSON Lines when its first line is a whole JSON object; otherwise it is one
     * document (an object spread over lines, or an array).
     */
    private Source openJson(Path path, boolean gzip, String origin) {
        boolean lines;
        try (InputStream in = openStream(path, gzip)) {
            LineReader reader = new LineReader(in, maxRecordBytes);
            LineReader.Line first = reader.next();
            while (first != null && isBlank(first)) {
                first = reader.next();
            }
            if (first == null) {
                return new Single(unreadable(Problem.Kind.EMPTY, origin, "empty file"));
            }
            lines = first.truncated() || isWholeObject(first);
        } catch (IOException e) {
            return new Single(ioProblem(origin, e));
        }
        return lines ? openJsonLines(path, gzip, origin) : new JsonDocument(path, gzip, origin);
    }

    private boolean isWholeObject(LineReader.Line line) {
        String text = Utf8.decode(line.bytes(), 0, line.length()).text().strip();
        if (!text.startsWith("{")) {
            return false;
        }
        try {
            return json.mapper().readTree(text).isObject();
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    /**
     * The records of a JSON document, read whole: such files are single articles or small collections;
     * large corpora come as JSON Lines.
     */
    private List<Input> readJsonDocument(Path path, boolean gzip, String origin) {
        List<Input> records = new ArrayList<>();
        byte[] bytes;
        try (InputStream in = openStream(path, gzip)) {
            bytes = in.readNBytes(MAX_DOCUMENT_BYTES + 1);
        } catch (IOException e) {
            records.add(ioProblem(origin, e));
            return records;
        }
        if (bytes.length > MAX_DOCUMENT_BYTES) {
            records.add(unreadable(Problem.Kind.TOO_LARGE, origin, "a JSON document of more than "
                    + MAX_DOCUMENT_BYTES + " bytes; write large corpora one object per line (.jsonl)"));
            return records;
        }
        if (Utf8.hasNul(bytes, 0, bytes.length)) {
            records.add(unreadable(Problem.Kind.BINARY, origin, "not text: the file holds NUL bytes"));
            return records;
        }
        Utf8.Decoded decoded = Utf8.decode(bytes);
        try (JsonParser parser = json.mapper().createParser(decoded.text())) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.START_ARRAY) {
                    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                        if (token == null) {
                            throw new EOFException("array not closed");
                        }
                        records.add(documentRecord(parser, origin, decoded.broken()));
                    }
                } else {
                    records.add(documentRecord(parser, origin, decoded.broken()));
                }
            }
        } catch (StreamConstraintsException e) {
            Problem problem = json.constraintProblem(e, origin);
            records.add(unreadable(problem.kind(), origin, problem.message() + "; rest of file skipped"));
        } catch (JsonProcessingException e) {
            String line = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr();
            records.add(unreadable(Problem.Kind.MALFORMED_RECORD, origin + line, "not valid JSON: "
                    + firstLine(e.getOriginalMessage()) + "; rest of file skipped"));
        } catch (IOException e) {
            records.add(unreadable(Problem.Kind.MALFORMED_RECORD, origin, "not valid JSON: " + e.getMessage()
                    + "; rest of file skipped"));
        }
        return records;
    }

    private Input documentRecord(JsonParser parser, String origin, boolean broken) throws IOException {
        String where = origin + ":" + parser.currentTokenLocation().getLineNr();
        JsonNode node = json.readValue(parser);
        // Only records whose text holds a replacement character can have been damaged by the decoding.
        boolean damaged = broken && node.toString().indexOf('\uFFFD') >= 0;
        return json.fromNode(node, where, damaged);
    }

    private static boolean isBlank(LineReader.Line line) {
        for (int i = 0; i < line.length(); i++) {
            byte b = line.bytes()[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\f' && b != 0x0B) {
                return false;
            }
        }
        return true;
    }

    private static Input unreadable(Problem.Kind kind, String origin, String message) {
        return new Input.Unreadable(new Problem(kind, origin, message));
    }

    /** Corrupt compressed data is bad data; any other I/O failure is the environment's. */
    private static Input ioProblem(String origin, IOException e) {
        if (e instanceof ZipException || e instanceof EOFException) {
            return unreadable(Problem.Kind.MALFORMED_RECORD, origin,
                    "corrupt or cut-short gzip data (" + e.getMessage() + "); rest of file skipped");
        }
        if (e instanceof AccessDeniedException) {
            return unreadable(Problem.Kind.FAILURE, origin, "cannot read: permission denied");
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return unreadable(Problem.Kind.FAILURE, origin, "cannot read: " + message);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** The inputs of one file. */
    private abstract static class Source {
        /** The next input, or {@code null} when the file is done. */
        abstract Input next();

        void close() {
        }
    }

    /** A file that gives one input. */
    private static final class Single extends Source {
        private Input input;

        Single(Input input) {
            this.input = input;
        }

        @Override
        Input next() {
            Input result = input;
            input = null;
            return result;
        }
    }

    /** A file whose inputs another reader gives, one at a time. */
    private static final class Streamed extends Source {
        private final Iterator<Input> inputs;
        private final AutoCloseable resource;

        Streamed(Iterator<Input> inputs, AutoCloseable resource) {
            this.inputs = inputs;
            this.resource = resource;
        }

        @Override
        Input next() {
            return inputs.hasNext() ? inputs.next() : null;
        }

        @Override
        void close() {
            try {
                resource.close();
            } catch (Exception e) {
                // Everything was read; a failure to release the file loses nothing.
            }
        }
    }

    /** A JSON document, parsed when its first record is asked for. */
    private final class JsonDocument extends Source {
        private final Path path;
        private final boolean gzip;
        private final String origin;
        private Iterator<Input> records;

        JsonDocument(Path path, boolean gzip, String origin) {
            this.path = path;
            this.gzip = gzip;
            this.origin = origin;
        }

        @Override
        Input next() {
            if (records == null) {
                records = readJsonDocument(path, gzip, origin).iterator();
            }
            return records.hasNext() ? records.next() : null;
        }
    }

    /** A JSON Lines file, read a line at a time. */
    private final class JsonLines extends Source {
        private final InputStream in;
        private final LineReader lines;
        private final String origin;
        private boolean sawLine;
        private long lastLine;
        private boolean done;

        JsonLines(InputStream in, String origin) {
            this.in = in;
            this.lines = new LineReader(in, maxRecordBytes);
            this.origin = origin;
        }

        @Override
        Input next() {
            if (done) {
                return null;
            }
            LineReader.Line line;
            try {
                line = lines.next();
            } catch (IOException e) {
                done = true;
                return ioProblem(origin + ":" + (lastLine + 1), e);
            }
            if (line == null) {
                done = true;
                return sawLine ? null : unreadable(Problem.Kind.EMPTY, origin, "empty file");
            }
            lastLine = line.number();
            String where = origin + ":" + line.number();
            sawLine = true;
            if (line.truncated()) {
                return unreadable(Problem.Kind.TOO_LARGE, where, "record has " + line.fullLength()
                        + " bytes, more than an article of " + options.maxChars() + " characters needs");
            }
            if (isBlank(line)) {
                return unreadable(Problem.Kind.EMPTY, where, "blank line");
            }
            if (Utf8.hasNul(line.bytes(), 0, line.length())) {
                return unreadable(Problem.Kind.BINARY, where, "not text: the record holds NUL bytes");
            }
            Utf8.Decoded decoded = Utf8.decode(line.bytes(), 0, line.length());
            return json.fromLine(decoded.text(), where, decoded.broken());
        }

        @Override
        void close() {
            try {
                in.close();
            } catch (IOException e) {
                // Everything was read; a failure to release the file loses nothing.
            }
        }
    }
}
