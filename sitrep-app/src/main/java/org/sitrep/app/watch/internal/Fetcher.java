package org.sitrep.app.watch.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.sitrep.model.Problem;

/**
 * Fetches a feed or page over HTTP(S), following redirects itself so that a loop is named and skipped rather
 * than followed until the client gives up.
 */
public final class Fetcher {

    /** Browsers stop at about twenty; a feed that needs more than this is broken. */
    static final int MAX_REDIRECTS = 10;

    /** Feeds and pages are small; a larger answer is not one. */
    static final int MAX_BYTES = 32 * 1024 * 1024;

    /** What a fetch gave: the bytes and the address they came from, or the problem that stopped it. */
    public record Fetched(byte[] bytes, URI from, String contentType, Problem problem) {
    }

    private final HttpClient client;
    private final Duration timeout;

    public Fetcher(Duration timeout) {
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout).build();
    }

    public Fetched fetch(URI address) {
        Objects.requireNonNull(address, "address");
        Set<URI> visited = new LinkedHashSet<>();
        URI current = address;
        while (true) {
            if (!visited.add(current)) {
                List<String> chain = new ArrayList<>();
                visited.forEach(uri -> chain.add(uri.toString()));
                chain.add(current.toString());
                return problem(address, Problem.Kind.NO_ARTICLE, "redirect loop (" + String.join(" -> ", chain)
                        + "); skipped");
            }
            if (visited.size() > MAX_REDIRECTS + 1) {
                return problem(address, Problem.Kind.NO_ARTICLE, "more than " + MAX_REDIRECTS
                        + " redirects; skipped");
            }
            HttpResponse<InputStream> response;
            try {
                HttpRequest request = HttpRequest.newBuilder(current).timeout(timeout)
                        .header("User-Agent", "sitrep-watch").GET().build();
                response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException | IllegalArgumentException e) {
                return problem(address, Problem.Kind.FAILURE, "cannot fetch " + current + ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return problem(address, Problem.Kind.FAILURE, "interrupted while fetching " + current);
            }
            int status = response.statusCode();
            try (InputStream body = response.body()) {
                if (status >= 300 && status < 400) {
                    String location = response.headers().firstValue("Location").orElse(null);
                    if (location == null) {
                        return problem(address, Problem.Kind.NO_ARTICLE, "HTTP " + status
                                + " redirect without a Location; skipped");
                    }
                    current = current.resolve(location.strip());
                    continue;
                }
                if (status != 200) {
                    return problem(address, Problem.Kind.NO_ARTICLE, "HTTP " + status + " from " + current
                            + "; skipped");
                }
                byte[] bytes = body.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    return problem(address, Problem.Kind.TOO_LARGE, "more than " + MAX_BYTES + " bytes; skipped");
                }
                String type = response.headers().firstValue("Content-Type").orElse("")
                        .toLowerCase(Locale.ROOT);
                return new Fetched(bytes, current, type, null);
            } catch (IOException e) {
                return problem(address, Problem.Kind.FAILURE, "cannot read " + current + ": " + e.getMessage());
            }
        }
    }

    private static Fetched problem(URI address, Problem.Kind kind, String message) {
        return new Fetched(new byte[0], address, "", new Problem(kind, address.toString(), message));
    }

    /**
     * The file name ending that tells {@link org.sitrep.ingest.ArticleReader} how to read what was fetched:
     * from the address's path when it names a known type, else from the content type.
     */
    public static String suffix(URI from, String contentType) {
        String path = from.getPath() == null ? "" : from.getPath().toLowerCase(Locale.ROOT);
        for (String known : List.of(".rss", ".atom", ".xml", ".html", ".htm", ".jsonl", ".json", ".txt")) {
            if (path.endsWith(known)) {
                return known;
            }
        }
        if (contentType.contains("html")) {
            return ".html";
        }
        if (contentType.contains("json")) {
            return ".json";
        }
        if (contentType.contains("text/plain")) {
            return ".txt";
        }
        // Feeds come as application/rss+xml, application/atom+xml, text/xml or worse.
        return ".xml";
    }
}
