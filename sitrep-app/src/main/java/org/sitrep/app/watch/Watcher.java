package org.sitrep.app.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.sitrep.app.watch.internal.Fetcher;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.merge.MergeRules;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;
import org.sitrep.pipeline.BatchReport;
import org.sitrep.pipeline.BatchRunner;
import org.sitrep.pipeline.EnvironmentException;
import org.sitrep.pipeline.Input;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.store.EventStore;
import org.sitrep.store.MergeUpdate;

/**
 * Follows folders, files, feed lists and feed addresses, and codes what is new into the store in batches.
 *
 * <p>Each {@link #poll()} looks at every source once. Folders are walked recursively; a file is read when it
 * is new or its size or modification time changed, and once its last change is at least the settle time old
 * (a file still being written is left for the next look). Names starting with a dot or ending in
 * {@code .tmp}, {@code .part}, {@code .partial}, {@code .crdownload} or {@code ~} are in-progress copies and
 * never read, nor are DuckDB files. A file whose size or modification time moves while it is read is
 * skipped with that reason and read again once it holds still. A feed list ({@code .feeds}) names one feed
 * per line, as a local path (relative to the list) or an http(s) address; addresses are fetched at most once
 * per feed interval, following redirects with a limit, a redirect loop being skipped with its chain as the
 * reason. Articles read before are skipped as duplicates by the store, so reading a grown feed again is safe.
 *
 * <p>What a look read is coded as one batch through the ingest path (article-atomic commits), then merged
 * incrementally ({@link EventStore#mergeNewEvents}). The store is opened for the batch and closed after it,
 * so between batches other programs may open the database read-only; when the store cannot be opened (a
 * reader holds it), the batch waits for the next look. Not thread-safe: one thread polls.
 */
public final class Watcher {

    /** Opens the store for one batch; the watcher closes it. */
    @FunctionalInterface
    public interface StoreOpener {
        EventStore open();
    }

    private static final List<String> IN_PROGRESS = List.of(".tmp", ".part", ".partial", ".crdownload", "~",
            ".duckdb", ".wal");
    private static final String FEED_LIST = ".feeds";

    private record Stamp(long size, long modified) {
    }

    /** A source read in this look, with what to remember of it once its batch is stored. */
    private record Read(List<Input> inputs, Runnable remember) {
    }

    private final List<Path> paths = new ArrayList<>();
    private final List<URI> addresses = new ArrayList<>();
    private final ReadOptions readOptions;
    private final Supplier<Pipeline> pipelines;
    private final int threads;
    private final Duration settle;
    private final Duration feedInterval;
    private final StoreOpener stores;
    private final Clock clock;
    private final Fetcher fetcher = new Fetcher(Duration.ofSeconds(20));
    private final Map<Path, Stamp> seen = new HashMap<>();
    private final Map<URI, String> fetchedDigests = new HashMap<>();
    private final Map<URI, Instant> fetchedAt = new HashMap<>();
    private final Map<Path, FeedList> feedLists = new HashMap<>();
    private Consumer<Path> afterRead = path -> { };

    /**
     * @param sources      folders, files, {@code .feeds} lists and http(s) addresses to follow
     * @param settle       how long a file must stay unchanged before it is read
     * @param feedInterval how often an address is fetched at most
     * @throws IllegalArgumentException if a local source does not exist
     */
    public Watcher(List<String> sources, ReadOptions readOptions, Supplier<Pipeline> pipelines, int threads,
                   Duration settle, Duration feedInterval, StoreOpener stores, Clock clock) {
        Objects.requireNonNull(sources, "sources");
        this.readOptions = Objects.requireNonNull(readOptions, "readOptions");
        this.pipelines = Objects.requireNonNull(pipelines, "pipelines");
        this.settle = Objects.requireNonNull(settle, "settle");
        this.feedInterval = Objects.requireNonNull(feedInterval, "feedInterval");
        this.stores = Objects.requireNonNull(stores, "stores");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive: " + threads);
        }
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("nothing to watch");
        }
        this.threads = threads;
        for (String source : sources) {
            if (isAddress(source)) {
                addresses.add(URI.create(source));
            } else {
                Path path = Path.of(source);
                if (!Files.exists(path)) {
                    throw new IllegalArgumentException("no such file or folder: " + source);
                }
                paths.add(path);
            }
        }
    }

    private static boolean isAddress(String source) {
        String lower = source.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** Called with each file right after it was read and before it is checked for changes; for tests. */
    void afterEachRead(Consumer<Path> hook) {
        this.afterRead = Objects.requireNonNull(hook, "hook");
    }

    /** Looks at every source once and stores what is new as one batch. */
    public WatchBatch poll() {
        Instant at = clock.instant();
        Map<Path, Stamp> files = new LinkedHashMap<>();
        Set<URI> due = new LinkedHashSet<>();
        List<Input> problems = new ArrayList<>();
        int[] waiting = new int[1];
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                walk(path, files, waiting, at);
            } else if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(FEED_LIST)) {
                readFeedList(path, files, due, problems, waiting, at);
            } else {
                consider(path, files, waiting, at);
            }
        }
        for (URI address : addresses) {
            dueAddress(address, due, at);
        }
        List<Read> reads = new ArrayList<>();
        for (Map.Entry<Path, Stamp> file : files.entrySet()) {
            reads.add(readFile(file.getKey(), file.getValue()));
        }
        for (URI address : due) {
            reads.add(readAddress(address, at));
        }
        List<Input> inputs = new ArrayList<>(problems);
        for (Read read : reads) {
            inputs.addAll(read.inputs());
        }
        if (inputs.isEmpty()) {
            reads.forEach(read -> read.remember().run());
            return new WatchBatch(at, 0, waiting[0], null, null, 0, 0, "");
        }
        int sources = reads.size() + problems.size();
        long start = System.nanoTime();
        BatchReport report;
        MergeUpdate merge;
        long coded;
        try (EventStore store = stores.open()) {
            report = new BatchRunner(pipelines.get(), threads).run(inputs.iterator(), store, (r, e, p) -> { });
            coded = System.nanoTime();
            merge = store.mergeNewEvents(MergeRules.defaults());
        } catch (EnvironmentException e) {
            return new WatchBatch(at, sources, waiting[0], null, null, 0, 0, e.getMessage());
        }
        long merged = System.nanoTime();
        reads.forEach(read -> read.remember().run());
        return new WatchBatch(at, sources, waiting[0], report, merge, (coded - start) / 1_000_000,
                (merged - coded) / 1_000_000, "");
    }

    /**
     * Polls until {@code stop} says so, waiting {@code interval} between looks, and tells the listener about
     * every look that read something or met trouble.
     */
    public void run(Duration interval, BooleanSupplier stop, Consumer<WatchBatch> listener) {
        Objects.requireNonNull(interval, "interval");
        while (!stop.getAsBoolean()) {
            WatchBatch batch;
            try {
                batch = poll();
            } catch (RuntimeException e) {
                // A failure while writing ends the batch, not the watch: its sources are read again next time.
                batch = new WatchBatch(clock.instant(), 0, 0, null, null, 0, 0,
                        e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
            if (!batch.idle()) {
                listener.accept(batch);
            }
            long until = System.nanoTime() + interval.toNanos();
            while (!stop.getAsBoolean() && System.nanoTime() < until) {
                try {
                    Thread.sleep(Math.min(50, Math.max(1, (until - System.nanoTime()) / 1_000_000)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void walk(Path folder, Map<Path, Stamp> files, int[] waiting, Instant now) {
        List<Path> found;
        try (Stream<Path> entries = Files.walk(folder)) {
            found = entries.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            // A file removed while the folder is walked: the next look sees the folder as it is then.
            return;
        }
        Set<Path> present = new HashSet<>(found);
        seen.keySet().removeIf(path -> path.startsWith(folder) && !present.contains(path));
        for (Path file : found) {
            consider(file, files, waiting, now);
        }
    }

    private void consider(Path file, Map<Path, Stamp> files, int[] waiting, Instant now) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.startsWith(".") || IN_PROGRESS.stream().anyMatch(name::endsWith)) {
            return;
        }
        Stamp stamp = stamp(file);
        if (stamp == null || stamp.equals(seen.get(file))) {
            return;
        }
        if (now.toEpochMilli() - stamp.modified() < settle.toMillis()) {
            waiting[0]++;
            return;
        }
        files.put(file, stamp);
    }

    private static Stamp stamp(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(attributes.size(), attributes.lastModifiedTime().toMillis());
        } catch (IOException e) {
            return null;
        }
    }

    /** A feed list as last read: its local feeds and addresses. */
    private record FeedList(Stamp stamp, List<Path> files, List<URI> addresses) {
    }

    /**
     * Reads a feed list when it is new or changed (its bad lines are reported then, once), and considers its
     * feeds at every look.
     */
    private void readFeedList(Path list, Map<Path, Stamp> files, Set<URI> due, List<Input> problems,
                              int[] waiting, Instant now) {
        Stamp stamp = stamp(list);
        FeedList known = feedLists.get(list);
        if (stamp != null && (known == null || !known.stamp().equals(stamp))) {
            known = parseFeedList(list, stamp, problems);
            feedLists.put(list, known);
        }
        if (known == null) {
            return;
        }
        for (Path feed : known.files()) {
            consider(feed, files, waiting, now);
        }
        for (URI address : known.addresses()) {
            dueAddress(address, due, now);
        }
    }

    private static FeedList parseFeedList(Path list, Stamp stamp, List<Input> problems) {
        List<String> lines;
        try {
            lines = Files.readAllLines(list, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(unreadable(Problem.Kind.FAILURE, list.toString(), "cannot read the feed list: "
                    + e.getMessage()));
            return new FeedList(stamp, List.of(), List.of());
        }
        List<Path> feeds = new ArrayList<>();
        List<URI> addresses = new ArrayList<>();
        Path base = list.toAbsolutePath().getParent();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            String where = list + ":" + (i + 1);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (isAddress(line)) {
                try {
                    addresses.add(new URI(line));
                } catch (java.net.URISyntaxException e) {
                    problems.add(unreadable(Problem.Kind.MALFORMED_RECORD, where, "not an address: " + line));
                }
                continue;
            }
            Path feed = base.resolve(line);
            if (!Files.isRegularFile(feed)) {
                problems.add(unreadable(Problem.Kind.NO_ARTICLE, where, "the feed list names no such file: "
                        + line));
            } else {
                feeds.add(feed);
            }
        }
        return new FeedList(stamp, feeds, addresses);
    }

    private static Input unreadable(Problem.Kind kind, String origin, String message) {
        return new Input.Unreadable(new Problem(kind, origin, message));
    }

    private void dueAddress(URI address, Set<URI> due, Instant now) {
        Instant last = fetchedAt.get(address);
        if (last == null || !now.isBefore(last.plus(feedInterval))) {
            due.add(address);
        }
    }

    private Read readFile(Path file, Stamp before) {
        List<Input> inputs = readAll(file, file.toString(), null);
        afterRead.accept(file);
        Stamp after = stamp(file);
        if (!before.equals(after)) {
            return new Read(List.of(new Input.Unreadable(new Problem(Problem.Kind.MALFORMED_RECORD, file.toString(),
                    "the file changed while it was read (its size or modification time moved); skipped, and "
                            + "read again once it holds still"))), () -> { });
        }
        return new Read(inputs, () -> seen.put(file, after));
    }

    private Read readAddress(URI address, Instant now) {
        Fetcher.Fetched fetched = fetcher.fetch(address);
        Runnable fetchedNow = () -> fetchedAt.put(address, now);
        if (fetched.problem() != null) {
            return new Read(List.of(new Input.Unreadable(fetched.problem())), fetchedNow);
        }
        String digest = digest(fetched.bytes());
        if (digest.equals(fetchedDigests.get(address))) {
            return new Read(List.of(), fetchedNow);
        }
        Path temporary = null;
        try {
            temporary = Files.createTempFile("sitrep-feed", Fetcher.suffix(fetched.from(), fetched.contentType()));
            Files.write(temporary, fetched.bytes());
            List<Input> inputs = readAll(temporary, temporary.toString(), address.toString());
            return new Read(inputs, () -> {
                fetchedAt.put(address, now);
                fetchedDigests.put(address, digest);
            });
        } catch (IOException e) {
            return new Read(List.of(new Input.Unreadable(new Problem(Problem.Kind.FAILURE, address.toString(),
                    "cannot keep what was fetched: " + e.getMessage()))), fetchedNow);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // A temporary file left behind loses nothing.
                }
            }
        }
    }

    /** Every input of one file, origins renamed from the file to {@code origin} when given (a fetched feed). */
    private List<Input> readAll(Path file, String fileOrigin, String origin) {
        List<Input> inputs = new ArrayList<>();
        try (ArticleReader reader = ArticleReader.open(List.of(file), readOptions)) {
            while (reader.hasNext()) {
                Input input = reader.next();
                inputs.add(origin == null ? input : renamed(input, fileOrigin, origin));
            }
        } catch (IllegalArgumentException e) {
            // Removed between the look and the read: nothing to read this time.
            return List.of();
        }
        return inputs;
    }

    private static Input renamed(Input input, String from, String to) {
        if (input instanceof Input.Readable readable) {
            Article a = readable.article();
            return new Input.Readable(new Article(a.id(), a.title(), a.body(), a.date(), a.source(), a.url(),
                    rename(a.origin(), from, to)), readable.problems().stream()
                    .map(p -> new Problem(p.kind(), rename(p.origin(), from, to), p.message())).toList());
        }
        Problem p = ((Input.Unreadable) input).problem();
        return new Input.Unreadable(new Problem(p.kind(), rename(p.origin(), from, to), p.message()));
    }

    private static String rename(String origin, String from, String to) {
        return origin.startsWith(from) ? to + origin.substring(from.length()) : origin;
    }

    private static String digest(byte[] bytes) {
        try {
            return Arrays.toString(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
