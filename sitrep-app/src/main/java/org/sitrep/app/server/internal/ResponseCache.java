package org.sitrep.app.server.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The page's answers, kept by request and store version: many analysts asking the same question cost one query.
 * Bounded by bytes, least recently used first out; a new store version drops every older answer. Requests
 * that arrive while the same answer is being computed wait for it instead of computing it again. Failures are
 * never kept: each is thrown to the requests that waited for it, and the next request tries afresh.
 */
public final class ResponseCache {

    private record Key(String request, long version) {
    }

    private final long maxBytes;
    private final long maxEntryBytes;
    private final LongSupplier version;
    /** Access-ordered: its first entry is the least recently used. Guarded by itself. */
    private final LinkedHashMap<Key, byte[]> entries = new LinkedHashMap<>(64, 0.75f, true);
    private final Map<Key, CompletableFuture<byte[]>> computing = new ConcurrentHashMap<>();
    private final AtomicLong computed = new AtomicLong();
    private long bytes;
    private long newestVersion = Long.MIN_VALUE;

    /**
     * @param maxBytes most bytes of answers kept; an answer larger than a quarter of it is served but not kept,
     *                 so that one huge answer cannot push out all the others
     * @param version  the store's data version, read before each answer is computed
     */
    public ResponseCache(long maxBytes, LongSupplier version) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.maxEntryBytes = Math.max(1, maxBytes / 4);
        this.version = Objects.requireNonNull(version, "version");
    }

    /**
     * The kept answer to {@code request} at the store's current version, or the one {@code answer} computes.
     *
     * @param request the normalised request (see {@link #key})
     * @throws RuntimeException what {@code answer} threw, to every request that waited for it
     */
    public byte[] get(String request, Supplier<byte[]> answer) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(answer, "answer");
        // Read before computing: an answer kept under a version is at least as new as that version.
        Key key = new Key(request, version.getAsLong());
        synchronized (entries) {
            byte[] kept = entries.get(key);
            if (kept != null) {
                return kept;
            }
        }
        CompletableFuture<byte[]> mine = new CompletableFuture<>();
        CompletableFuture<byte[]> running = computing.putIfAbsent(key, mine);
        if (running != null) {
            return await(running);
        }
        try {
            byte[] body;
            synchronized (entries) {
                body = entries.get(key);
            }
            if (body == null) {
                computed.incrementAndGet();
                body = Objects.requireNonNull(answer.get(), "answer");
                keep(key, body);
            }
            mine.complete(body);
            return body;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            computing.remove(key, mine);
        }
    }

    private static byte[] await(CompletableFuture<byte[]> running) {
        try {
            return running.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the same request's answer", e);
        } catch (ExecutionException | CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    private void keep(Key key, byte[] body) {
        if (body.length > maxEntryBytes) {
            return;
        }
        synchronized (entries) {
            if (key.version() < newestVersion) {
                // Computed from a store that has changed since: no later request asks for it.
                return;
            }
            if (key.version() > newestVersion) {
                newestVersion = key.version();
                entries.clear();
                bytes = 0;
            }
            byte[] old = entries.put(key, body);
            bytes += body.length - (old == null ? 0 : old.length);
            Iterator<byte[]> eldest = entries.values().iterator();
            while (bytes > maxBytes && eldest.hasNext()) {
                bytes -= eldest.next().length;
                eldest.remove();
            }
        }
    }

    /** Bytes of the answers kept now; never more than the bound. */
    public long bytes() {
        synchronized (entries) {
            return bytes;
        }
    }

    /** Answers kept now. */
    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    /** How many answers were computed rather than found kept or awaited. */
    public long computed() {
        return computed.get();
    }

    /**
     * A request as one string whatever the order of its parameters: the path, then each parameter name with its
     * values in order of name, all escaped so that no two requests give the same string.
     */
    public static String key(String path, Map<String, ? extends List<String>> parameters) {
        StringBuilder key = new StringBuilder(escape(path));
        new TreeMap<>(parameters).forEach((name, values) -> {
            key.append('&').append(escape(name));
            for (String value : values) {
                key.append('=').append(escape(value));
            }
        });
        return key.toString();
    }

    private static String escape(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
