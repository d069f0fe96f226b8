package org.sitrep.app;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.sitrep.app.internal.DictionariesOption;
import org.sitrep.app.internal.PublishedOption;
import org.sitrep.app.internal.StatementsOption;
import org.sitrep.app.internal.StoreOption;
import org.sitrep.app.internal.WatchTiming;
import org.sitrep.app.watch.WatchBatch;
import org.sitrep.app.watch.Watcher;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep watch}: codes articles into the store as they appear in folders, files and feeds. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Follows folders (recursively), article files, feed files, feed lists (.feeds: one feed "
                + "per line, a path relative to the list or an http(s) address) and feed addresses, and codes new "
                + "articles into the event store as they appear, in the formats 'ingest' reads, until Ctrl-C.",
                "Each look that finds something new is one batch: coded through the ingest path, then merged "
                + "incrementally (merged events keep their ids). The store is opened for the batch and closed "
                + "after it, so between batches other programs can open it read-only, e.g. "
                + "duckdb.connect(path, read_only=True) in Python or 'duckdb -readonly FILE'; a batch that finds "
                + "the store held waits for the next look. Bad sources (a file changing while it is read, a "
                + "redirect loop, a missing feed) are skipped with a reason and recorded as problems."})
public final class WatchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private SitrepCommand sitrep;

    @Parameters(paramLabel = "PATH|URL", arity = "1..*",
            description = "Folders, files, .feeds lists and http(s) feed addresses to follow.")
    private List<String> sources;

    @Mixin
    private StoreOption db;

    @Mixin
    private PublishedOption published;

    @Option(names = "--threads", paramLabel = "N",
            description = "Coding threads (default: the number of processors).")
    private Integer threads;

    @Option(names = "--once", description = "Look once, store what is there, and stop.")
    private boolean once;

    @Mixin
    private WatchTiming timing;

    @Mixin
    private DictionariesOption dictionaries;

    @Mixin
    private StatementsOption statements;

    @Override
    public Integer call() {
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (threadCount < 1) {
            throw new IllegalArgumentException("--threads must be positive: " + threadCount);
        }
        // Checked before anything is made.
        timing.interval();
        PrintWriter out = spec.commandLine().getOut();
        // Made (or checked) before the first look, so a locked or unwritable store is reported at once.
        EventStore.open(db.path()).close();
        Watcher watcher = new Watcher(sources, new ReadOptions(published.date(), Pipeline.DEFAULT_MAX_CHARS),
                () -> sitrep.pipeline(dictionaries.folder(), statements.keep()), threadCount, timing.settle(),
                timing.feedInterval(), () -> EventStore.open(db.path()), Clock.systemUTC());
        if (once) {
            WatchBatch batch = watcher.poll();
            out.println(batch.summary());
            out.flush();
            return batch.trouble().isEmpty() ? 0 : 1;
        }
        out.println("sitrep watches " + String.join(", ", sources) + " into " + db.path() + " (Ctrl-C stops it)");
        out.flush();
        run(watcher, timing, out);
        return 0;
    }

    /** Runs the watcher on this thread until the process is asked to stop, then lets the batch finish. */
    static void run(Watcher watcher, WatchTiming timing, PrintWriter out) {
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch done = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.set(true);
            try {
                // A batch in progress finishes its article-atomic commit; a crash would lose no more.
                done.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "sitrep-watch-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            watcher.run(timing.interval(), stop::get, batch -> {
                out.println(batch.summary());
                out.flush();
            });
        } finally {
            done.countDown();
        }
    }
}
