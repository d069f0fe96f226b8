package org.sitrep.ingest.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.sitrep.model.Problem;
import org.sitrep.pipeline.Input;

/**
 * Reads a WARC file ({@code .warc}, or {@code .warc.gz} with gzip members; jwarc tells them apart by their
 * bytes), a record at a time, with jwarc.
 *
 * <p>An HTTP response record with status 200 and an HTML payload is a page for {@link HtmlArticles}, with the
 * record's target URI as its address. Every other record is one {@link Problem.Kind#NO_ARTICLE} input naming
 * its type (request, metadata, warcinfo, revisit, a non-HTML or non-200 response), so the counts add up to
 * the records in the file. A truncated or corrupt file gives one {@link Problem.Kind#MALFORMED_RECORD} where it
 * breaks; the records before it are kept. Origins are {@code path:record-number}.
 */
public final class WarcArticles implements Iterator<Input>, AutoCloseable {

    /** Pages larger than this are not news pages. */
    static final int MAX_PAGE_BYTES = 32 * 1024 * 1024;

    private final WarcReader reader;
    private final HtmlArticles html;
    private final String origin;
    private final long fileSize;
    private Input lookahead;
    private WarcRecord pending;
    private long pendingOffset;
    private Input queued;
    private long records;
    private boolean started;
    private boolean done;

    private WarcArticles(WarcReader reader, HtmlArticles html, String origin, long fileSize) {
        this.reader = reader;
        this.html = html;
        this.origin = origin;
        this.fileSize = fileSize;
    }

    /** A reader of the file; the I/O failure of opening it is the caller's to report. */
    public static WarcArticles open(Path path, HtmlArticles html, String origin) throws IOException {
        FileChannel channel = FileChannel.open(path);
        try {
            return new WarcArticles(new WarcReader(channel), html, origin, channel.size());
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public boolean hasNext() {
        if (lookahead == null && !done) {
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

    private Input advance() {
        if (!started) {
            started = true;
            Input problem = fetch();
            if (problem != null) {
                done = true;
                return problem;
            }
            if (pending == null) {
                done = true;
                return unreadable(Problem.Kind.EMPTY, origin, "WARC file holds no record");
            }
        }
        if (queued != null) {
            Input problem = queued;
            queued = null;
            done = true;
            return problem;
        }
        if (pending == null) {
            done = true;
            return null;
        }
        WarcRecord record = pending;
        long offset = pendingOffset;
        records++;
        Input input = page(record, origin + ":" + records);
        // The next record is fetched before this one is handed out: jwarc ends quietly after a last record
        // whose block is cut short, leaving its position past the end of the file, and that record is lost.
        Input problem = fetch();
        if (problem == null && pending == null && reader.position() > fileSize) {
            records--;
            done = true;
            return broken(offset, new EOFException("the record's block runs past the end of the file, at byte "
                    + fileSize));
        }
        queued = problem;
        return input;
    }

    /** Reads the next record's head into {@code pending}; a problem if the file breaks there. */
    private Input fetch() {
        pendingOffset = reader.position();
        try {
            pending = reader.next().orElse(null);
            return null;
        } catch (IOException | RuntimeException e) {
            pending = null;
            return broken(pendingOffset, e);
        }
    }

    private Input page(WarcRecord record, String where) {
        try {
            if (!(record instanceof WarcResponse response)) {
                return unreadable(Problem.Kind.NO_ARTICLE, where, "WARC " + record.type() + " record holds no page");
            }
            if (!response.contentType().base().equals(MediaType.HTTP)) {
                return unreadable(Problem.Kind.NO_ARTICLE, where, "WARC response record of type "
                        + response.contentType().base() + ", not an HTTP response");
            }
            HttpResponse http = response.http();
            if (http.status() != 200) {
                return unreadable(Problem.Kind.NO_ARTICLE, where, "HTTP status " + http.status() + " for "
                        + response.target());
            }
            MediaType type = http.contentType();
            String base = type.base().toString().toLowerCase(Locale.ROOT);
            if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
                return unreadable(Problem.Kind.NO_ARTICLE, where, "HTTP response of type " + base
                        + ", not HTML, for " + response.target());
            }
            byte[] bytes;
            try (InputStream body = http.bodyDecoded().stream()) {
                bytes = body.readNBytes(MAX_PAGE_BYTES + 1);
            }
            if (bytes.length > MAX_PAGE_BYTES) {
                return unreadable(Problem.Kind.TOO_LARGE, where, "page has more than " + MAX_PAGE_BYTES + " bytes");
            }
            return html.fromBytes(bytes, type.parameters().get("charset"), where, response.target());
        } catch (IOException | RuntimeException e) {
            // A record whose HTTP head does not parse costs that record only.
            return unreadable(Problem.Kind.MALFORMED_RECORD, where, "WARC record does not parse: "
                    + e.getMessage());
        }
    }

    private Input broken(long offset, Exception e) {
        return unreadable(Problem.Kind.MALFORMED_RECORD, origin + ":" + (records + 1), "truncated or corrupt "
                + "WARC data after " + records + " records (byte " + offset + "): " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : " " + e.getMessage()) + "; rest of file skipped");
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            // Everything was read; a failure to release the file loses nothing.
        }
    }

    private static Input unreadable(Problem.Kind kind, String origin, String message) {
        return new Input.Unreadable(new Problem(kind, origin, message));
    }
}
