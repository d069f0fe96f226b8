package org.sitrep.app.server.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.sitrep.app.server.internal.Views.Coded;
import org.sitrep.app.server.internal.Views.CodedActor;
import org.sitrep.app.server.internal.Views.EventView;
import org.sitrep.app.server.internal.Views.Listing;
import org.sitrep.app.server.internal.Views.MentionView;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;
import org.sitrep.pipeline.EnvironmentException;
import org.sitrep.pipeline.Input;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.store.StoredEvent;

/**
 * Codes posted text with the one pipeline the server shares. The pipeline is built in the background at
 * start-up, since loading the parser takes seconds; a request that comes earlier waits for it. At most
 * {@code permits} articles are coded at once, so a burst of requests cannot take every core, and clients take
 * turns ({@link FairQueue}), so one client's many articles cannot hold the coder for everyone.
 */
public final class CodeService {

    private final CompletableFuture<Pipeline> pipeline;
    /** How often a waiting request looks whether its client is still there. */
    private static final Duration WATCH = Duration.ofMillis(100);
    /** Longest an article waits for its turn. */
    private static final Duration MAX_WAIT = Duration.ofMinutes(2);

    private final FairQueue queue;
    private final ExecutorService workers;
    private final int maxChars;
    private final EventViews views;

    public CodeService(Supplier<Pipeline> pipelines, int permits, int perClient, int maxChars, EventViews views) {
        Objects.requireNonNull(pipelines, "pipelines");
        if (permits < 1 || maxChars < 1) {
            throw new IllegalArgumentException("permits and maxChars must be positive");
        }
        this.queue = new FairQueue(permits, perClient);
        this.workers = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "sitrep-coder");
            thread.setDaemon(true);
            return thread;
        });
        this.maxChars = maxChars;
        this.views = Objects.requireNonNull(views, "views");
        this.pipeline = CompletableFuture.supplyAsync(pipelines::get, runnable -> {
            Thread thread = new Thread(runnable, "sitrep-pipeline-loader");
            thread.setDaemon(true);
            thread.start();
        });
    }

    public int maxChars() {
        return maxChars;
    }

    /** Whether the pipeline has loaded (false while loading or after a failure). */
    public boolean ready() {
        return pipeline.isDone() && !pipeline.isCompletedExceptionally();
    }

    /**
     * Codes one article: the first non-blank line is its title, as in {@code sitrep code}. The article waits
     * its turn in a queue fair among clients; the coding runs on a worker thread while this one watches the
     * client, and when the client hangs up the article leaves the queue, or its worker is interrupted (the
     * parser stops between sentences).
     *
     * @param date   the publication date, or {@code null}
     * @param client who asks, for fair turns
     * @param hangUp whether the client has gone
     * @return the coded article, or {@code null} when the client hung up first
     */
    public Coded code(String text, LocalDate date, String client, BooleanSupplier hangUp) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(hangUp, "hangUp");
        if (text.isBlank()) {
            throw new IllegalArgumentException("text is empty: post the article's text");
        }
        if (text.length() > maxChars) {
            throw new IllegalArgumentException("text has " + text.length() + " characters, more than the limit of "
                    + maxChars);
        }
        Pipeline loaded = loadedPipeline();
        Input input = ArticleReader.fromText(text, "posted text", date, maxChars);
        if (input instanceof Input.Unreadable unreadable) {
            throw new IllegalArgumentException("the text cannot be read as an article: "
                    + unreadable.problem().message());
        }
        Input.Readable readable = (Input.Readable) input;
        FairQueue.Ticket ticket = queue.enter(client);
        Future<CodedArticle> work;
        AtomicBoolean started = new AtomicBoolean();
        long startedAt;
        try {
            long waitUntil = System.nanoTime() + MAX_WAIT.toNanos();
            while (!queue.awaitTurn(ticket, WATCH.toMillis())) {
                if (hangUp.getAsBoolean()) {
                    queue.leave(ticket);
                    return null;
                }
                if (System.nanoTime() > waitUntil) {
                    queue.leave(ticket);
                    throw new ApiErrors.Busy("the server has been coding other articles for "
                            + MAX_WAIT.toSeconds() + " s; try again");
                }
            }
            startedAt = System.nanoTime();
            work = workers.submit(() -> {
                started.set(true);
                try {
                    return loaded.process(readable.article(), readable.problems());
                } finally {
                    // The place is free only when the work has really stopped, interrupted or not.
                    queue.leave(ticket);
                }
            });
        } catch (InterruptedException e) {
            queue.leave(ticket);
            Thread.currentThread().interrupt();
            throw new ApiErrors.Busy("interrupted while waiting to code");
        } catch (RuntimeException e) {
            queue.leave(ticket);
            throw e;
        }
        CodedArticle coded;
        try {
            while (true) {
                try {
                    coded = work.get(WATCH.toMillis(), TimeUnit.MILLISECONDS);
                    break;
                } catch (TimeoutException e) {
                    if (hangUp.getAsBoolean()) {
                        stop(work, started, ticket);
                        return null;
                    }
                }
            }
        } catch (InterruptedException e) {
            stop(work, started, ticket);
            Thread.currentThread().interrupt();
            throw new ApiErrors.Busy("interrupted while coding");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("coding failed", e.getCause());
        }
        return view(coded, (System.nanoTime() - startedAt) / 1_000_000);
    }

    /** Interrupts the work; a task cancelled before it started never runs its own release, so release here. */
    private void stop(Future<CodedArticle> work, AtomicBoolean started, FairQueue.Ticket ticket) {
        work.cancel(true);
        if (!started.get()) {
            queue.leave(ticket);
        }
    }

    /** Stops the workers; articles being coded are interrupted. */
    public void close() {
        workers.shutdownNow();
    }

    private Pipeline loadedPipeline() {
        try {
            return pipeline.get(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiErrors.Busy("interrupted while the pipeline loads");
        } catch (TimeoutException e) {
            throw new ApiErrors.Busy("the pipeline is still loading; try again shortly");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof ExceptionInInitializerError error && error.getCause() != null
                    ? error.getCause() : e.getCause();
            throw new EnvironmentException("the pipeline could not be loaded: " + cause.getMessage(), cause);
        }
    }

    private Coded view(CodedArticle coded, long millis) {
        Article article = coded.article();
        String text = article.text();
        String date = article.date() == null ? null : article.date().toString();
        List<EventView> events = new ArrayList<>();
        for (Event event : coded.events()) {
            // Placed as ingest places it: the pipeline's location, which the store would keep.
            events.add(views.view(StoredEvent.of(coded, event), date, EventViews.place(event.location())));
        }
        List<MentionView> mentions = new ArrayList<>();
        Map<String, Set<String>> texts = new LinkedHashMap<>();
        Map<String, Mention> firsts = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Mention mention : coded.mentions()) {
            String said = mention.span().of(text);
            mentions.add(new MentionView(mention.sentence(), mention.span().begin(), mention.span().end(), said,
                    EventViews.actor(mention.actor())));
            // Known actors group by code; unknown ones by what the text calls them.
            String key = mention.actor().isKnown() ? mention.actor().code() : "?" + mention.actor().name();
            firsts.putIfAbsent(key, mention);
            counts.merge(key, 1, Integer::sum);
            texts.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(said);
        }
        List<CodedActor> actors = new ArrayList<>();
        firsts.forEach((key, mention) -> actors.add(new CodedActor(mention.actor().code(), mention.actor().name(),
                mention.actor().entry(), counts.get(key), List.copyOf(texts.get(key)))));
        actors.sort((a, b) -> Integer.compare(b.mentions(), a.mentions()));
        List<Views.Problem> problems = coded.problems().stream()
                .map(problem -> new Views.Problem(problem.kind().name(), problem.message())).toList();
        List<Map<String, Object>> placeRows = new ArrayList<>();
        for (org.sitrep.model.PlaceMention place : coded.places()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("text", place.text());
            row.put("sentence", place.sentence());
            row.put("begin", place.span().begin());
            row.put("end", place.span().end());
            row.put("name", place.place() == null ? null : place.place().fullName());
            row.put("featureId", place.place() == null ? null : place.place().featureId());
            row.put("country", place.place() == null ? null : place.place().countryCode());
            row.put("latitude", place.place() == null ? null : place.place().latitude());
            row.put("longitude", place.place() == null ? null : place.place().longitude());
            row.put("actorUse", place.actorUse());
            placeRows.add(row);
        }
        List<Map<String, Object>> quoteRows = new ArrayList<>();
        for (org.sitrep.model.Quote quote : coded.quotes()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kind", quote.kind().name().toLowerCase(java.util.Locale.ROOT));
            row.put("text", quote.text());
            row.put("speaker", quote.hasSpeaker() ? quote.speakerText() : null);
            row.put("speakerCode", quote.speaker() == null ? null : quote.speaker().code());
            row.put("cue", quote.cue() == null ? null : quote.cue().of(text));
            quoteRows.add(row);
        }
        Listing<Map<String, Object>> places = new Listing<>(placeRows.size(), 0, placeRows.size(), placeRows,
                placeRows.isEmpty() ? "no place names found, or the GeoNames index is not on the class path" : null);
        Listing<Map<String, Object>> quotes = new Listing<>(quoteRows.size(), 0, quoteRows.size(), quoteRows,
                quoteRows.isEmpty() ? "no quotes found" : null);
        return new Coded(article.title(), date, coded.sentences().size(), coded.tokenCount(), events, actors,
                mentions, places, quotes, problems, millis);
    }
}
