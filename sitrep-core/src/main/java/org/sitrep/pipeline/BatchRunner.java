package org.sitrep.pipeline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Problem;

/**
 * Codes a stream of inputs on several threads and hands the results to a sink in input order.
 *
 * <p>This is the one place where a failure while coding one article is caught: an
 * {@link EnvironmentException} (or any other runtime failure) becomes a {@link Problem.Kind#FAILURE} problem
 * on that article and the batch goes on. A failure of the sink itself ends the batch, since nothing more
 * could be stored.
 *
 * <p>Exact duplicates (same content id) are skipped; near-duplicates the sink recognises
 * ({@link ArticleSink#originalOf}) are not coded but stored as copies of their original. Both count as
 * skipped {@link Problem.Kind#DUPLICATE}.
 */
public final class BatchRunner {

    /** Told about progress after every article handed to the sink; called on the caller's thread. */
    @FunctionalInterface
    public interface Progress {
        void update(long read, long events, long problems);
    }

    private final Pipeline pipeline;
    private final int threads;

    public BatchRunner(Pipeline pipeline, int threads) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive: " + threads);
        }
        this.threads = threads;
    }

    public BatchReport run(Iterator<? extends Input> inputs, ArticleSink sink, Progress progress) {
        long start = System.nanoTime();
        Counts counts = new Counts();
        Set<String> seenInBatch = new HashSet<>();
        ExecutorService workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "sitrep-worker");
            thread.setDaemon(true);
            return thread;
        });
        // Bounded so that a huge corpus is streamed, not loaded: a few articles per thread are in flight.
        int window = threads * 8;
        ArrayDeque<Future<CodedArticle>> inFlight = new ArrayDeque<>();
        try {
            while (inputs.hasNext()) {
                Input input = inputs.next();
                counts.read++;
                if (input instanceof Input.Unreadable unreadable) {
                    drainAll(inFlight, sink, counts, progress);
                    counts.skip(unreadable.problem().kind());
                    counts.problems++;
                    sink.reject(unreadable.problem());
                    progress.update(counts.read, counts.events, counts.problems);
                    continue;
                }
                Input.Readable readable = (Input.Readable) input;
                Article article = readable.article();
                if (!seenInBatch.add(article.id()) || sink.contains(article.id())) {
                    drainAll(inFlight, sink, counts, progress);
                    Problem duplicate = new Problem(Problem.Kind.DUPLICATE, article.origin(),
                            "same content as article " + article.id() + ", stored before");
                    counts.skip(duplicate.kind());
                    counts.problems++;
                    sink.duplicate(article, duplicate);
                    progress.update(counts.read, counts.events, counts.problems);
                    continue;
                }
                Optional<String> original = sink.originalOf(article);
                if (original.isPresent()) {
                    // The original may still be in flight: it is stored before its copy is linked to it, and
                    // if its coding failed the copy is coded instead.
                    drainAll(inFlight, sink, counts, progress);
                    if (sink.contains(original.get())) {
                        List<Problem> problems = new ArrayList<>(readable.problems());
                        problems.add(new Problem(Problem.Kind.DUPLICATE, article.origin(), "republished copy of "
                                + "article " + original.get() + ": counted as a report of its events, not coded"));
                        counts.skip(Problem.Kind.DUPLICATE);
                        counts.problems += problems.size();
                        sink.acceptCopy(article, original.get(), problems);
                        progress.update(counts.read, counts.events, counts.problems);
                        continue;
                    }
                }
                inFlight.add(workers.submit(() -> codeSafely(article, readable.problems())));
                while (inFlight.size() >= window || (!inFlight.isEmpty() && inFlight.peek().isDone())) {
                    deliver(inFlight.poll(), sink, counts, progress);
                }
            }
            drainAll(inFlight, sink, counts, progress);
        } finally {
            workers.shutdownNow();
        }
        return new BatchReport(counts.read, counts.coded, counts.skipped, counts.skippedByReason, counts.events,
                counts.problems, counts.tokens, System.nanoTime() - start);
    }

    private CodedArticle codeSafely(Article article, List<Problem> earlier) {
        try {
            return pipeline.process(article, earlier);
        } catch (RuntimeException e) {
            // Bugs and broken environments alike stop only this article; the message keeps the cause.
            List<Problem> problems = new ArrayList<>(earlier);
            problems.add(new Problem(Problem.Kind.FAILURE, article.origin(), failureMessage(e)));
            return CodedArticle.skipped(article, problems);
        }
    }

    /** Longest failure message kept: a stack of causes can run to pages. */
    static final int MAX_FAILURE_MESSAGE = 300;

    /**
     * One line on what failed: the exception's message, then each cause's only where it says something the
     * message does not (wrappers usually repeat their cause's message), and a class name only where there is
     * no message, as for a NullPointerException.
     */
    static String failureMessage(Throwable failure) {
        StringBuilder message = new StringBuilder();
        for (Throwable t = failure; t != null && message.length() < MAX_FAILURE_MESSAGE; t = t.getCause()) {
            String own = t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName()
                    : t.getMessage().strip().replaceAll("\\s+", " ");
            if (message.indexOf(own) >= 0) {
                continue;
            }
            message.append(message.length() == 0 ? own : " (" + own + ")");
            if (t.getCause() == t) {
                break;
            }
        }
        if (message.length() > MAX_FAILURE_MESSAGE) {
            message.setLength(MAX_FAILURE_MESSAGE - 1);
            message.append('…');
        }
        return message.toString();
    }

    private void drainAll(ArrayDeque<Future<CodedArticle>> inFlight, ArticleSink sink, Counts counts,
                          Progress progress) {
        while (!inFlight.isEmpty()) {
            deliver(inFlight.poll(), sink, counts, progress);
        }
    }

    private void deliver(Future<CodedArticle> future, ArticleSink sink, Counts counts, Progress progress) {
        CodedArticle coded;
        try {
            coded = future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EnvironmentException("interrupted while coding", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("codeSafely does not throw", e.getCause());
        }
        if (coded.wasSkipped()) {
            Problem.Kind reason = coded.problems().stream().filter(p -> p.kind().fatal()).findFirst()
                    .orElseThrow().kind();
            counts.skip(reason);
        } else {
            counts.coded++;
            counts.events += coded.events().size();
            counts.tokens += coded.tokenCount();
        }
        counts.problems += coded.problems().size();
        sink.accept(coded);
        progress.update(counts.read, counts.events, counts.problems);
    }

    private static final class Counts {
        long read;
        long coded;
        long skipped;
        long events;
        long problems;
        long tokens;
        final Map<Problem.Kind, Long> skippedByReason = new EnumMap<>(Problem.Kind.class);

        void skip(Problem.Kind kind) {
            skipped++;
            skippedByReason.merge(kind, 1L, Long::sum);
        }
    }
}
