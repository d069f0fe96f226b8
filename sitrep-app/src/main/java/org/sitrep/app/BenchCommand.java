package org.sitrep.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.app.internal.HeapSampler;
import org.sitrep.app.internal.Limited;
import org.sitrep.app.internal.ProgressLine;
import org.sitrep.app.internal.TempDatabase;
import org.sitrep.app.internal.TimedSink;
import org.sitrep.merge.MergeRules;
import org.sitrep.pipeline.StageTimes;
import org.sitrep.store.MergeSummary;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.nlp.CoreNlpBaseline;
import org.sitrep.pipeline.EnvironmentException;
import org.sitrep.pipeline.Input;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.pipeline.BatchReport;
import org.sitrep.pipeline.BatchRunner;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep bench}: times the whole pipeline, store included, over the start of a corpus. The first
 * articles warm the JIT and the parser's caches and are timed apart, since a long ingest runs at the warm
 * speed.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Runs the whole pipeline into a DuckDB store over the first articles of a corpus and "
                + "reports articles/s, tokens/s, events, problems, peak heap and wall time.",
                "The first --warmup articles are coded first and reported apart; the timing covers the "
                + "--limit articles after them."})
public final class BenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private SitrepCommand sitrep;

    @Parameters(paramLabel = "CORPUS", description = "A file or folder of articles, as for ingest.")
    private Path corpus;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "500",
            description = "Articles to time, after the warm-up (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "20",
            description = "Articles coded before timing starts (default: ${DEFAULT-VALUE}).")
    private int warmup;

    @Option(names = "--threads", paramLabel = "N",
            description = "Coding threads (default: the number of processors).")
    private Integer threads;

    /** Pipelines sitrep can be timed against. */
    enum Baseline { corenlp }

    @Option(names = "--baseline", paramLabel = "NAME",
            description = "Also time a baseline on the same articles in the same run, after sitrep, and print "
                    + "the ratio. corenlp: CoreNLP's " + CoreNlpBaseline.ANNOTATORS + " with --threads threads, "
                    + "what a user runs before a dictionary coder.")
    private Baseline baseline;

    @Option(names = "--json", paramLabel = "FILE",
            description = "Also write the figures as JSON to FILE, for tracking.")
    private Path json;

    @Option(names = "--db", paramLabel = "FILE",
            description = "Store here instead of in a temporary file. Articles already in it are skipped "
                    + "as duplicates, which makes the timing meaningless: use a fresh file.")
    private Path database;

    @Override
    public Integer call() {
        if (!Files.exists(corpus)) {
            throw new IllegalArgumentException("no such file or folder: " + corpus);
        }
        if (limit < 1 || warmup < 0) {
            throw new IllegalArgumentException("--limit must be positive and --warmup not negative");
        }
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (threadCount < 1) {
            throw new IllegalArgumentException("--threads must be positive: " + threadCount);
        }
        long loadStart = System.nanoTime();
        Pipeline pipeline = sitrep.pipeline();
        // The baseline runs in the same heap after sitrep: nothing may keep sitrep's models alive by then.
        sitrep.forgetPipeline();
        long loadNanos = System.nanoTime() - loadStart;
        Timed own;
        if (database == null) {
            try (TempDatabase temporary = TempDatabase.create()) {
                own = run(pipeline, threadCount, temporary.path(), loadNanos, "a temporary DuckDB file");
            }
        } else {
            own = run(pipeline, threadCount, database, loadNanos, database.toString());
        }
        pipeline = null;
        PrintWriter out = spec.commandLine().getOut();
        ObjectNode figures = own.figures();
        if (baseline == Baseline.corenlp) {
            System.gc();
            CoreNlpBaseline.Result other = runCoreNlp(threadCount, spec.commandLine().getErr());
            line(out, "baseline", String.format(Locale.ROOT, "CoreNLP %s, %d %s: %.2f articles/s, %,.0f tokens/s "
                            + "(%d articles, %.1f s; models loaded in %.1f s)", CoreNlpBaseline.ANNOTATORS, threadCount,
                    threadCount == 1 ? "thread" : "threads", other.articlesPerSecond(), other.tokensPerSecond(),
                    other.articles(), other.nanos() / 1e9, other.loadNanos() / 1e9));
            double ratio = other.articlesPerSecond() == 0 ? 0 : own.articlesPerSecond() / other.articlesPerSecond();
            line(out, "ratio", String.format(Locale.ROOT, "%.1fx the baseline's articles/s", ratio));
            out.flush();
            ObjectNode base = figures.putObject("baseline");
            base.put("name", "corenlp");
            base.put("annotators", CoreNlpBaseline.ANNOTATORS);
            base.put("articles", other.articles());
            base.put("tokens", other.tokens());
            base.put("seconds", other.nanos() / 1e9);
            base.put("articles_per_second", other.articlesPerSecond());
            base.put("tokens_per_second", other.tokensPerSecond());
            base.put("models_loaded_seconds", other.loadNanos() / 1e9);
            figures.put("ratio", ratio);
        }
        if (json != null) {
            try {
                Files.writeString(json, figures.toPrettyString() + System.lineSeparator());
            } catch (IOException e) {
                throw new EnvironmentException("cannot write " + json, e);
            }
        }
        return 0;
    }

    /** Sitrep's own figures, printed, and kept for the baseline's ratio and the JSON file. */
    private record Timed(double articlesPerSecond, ObjectNode figures) {
    }

    private Timed run(Pipeline pipeline, int threadCount, Path path, long loadNanos, String storeName) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BatchRunner runner = new BatchRunner(pipeline, threadCount);
        BatchReport warm;
        BatchReport timed;
        StageTimes stageTimes = new StageTimes();
        MergeSummary mergeSummary;
        long peakHeap;
        long maxHeap;
        ProgressLine progress = new ProgressLine(err, ProgressLine.stderrIsTerminal());
        try (EventStore store = EventStore.open(path);
             ArticleReader reader = ArticleReader.open(List.of(corpus), ReadOptions.defaults())) {
            warm = runner.run(new Limited<>(reader, warmup), store, progress);
            BatchRunner timedRunner = new BatchRunner(pipeline.timed(stageTimes), threadCount);
            try (HeapSampler heap = HeapSampler.start()) {
                timed = timedRunner.run(new Limited<>(reader, limit), new TimedSink(store, stageTimes), progress);
                StageTimes.Lap lap = stageTimes.start();
                mergeSummary = store.mergeEvents(MergeRules.defaults());
                lap.lap(StageTimes.Stage.MERGE);
                peakHeap = heap.peakBytes();
                maxHeap = heap.maxBytes();
            }
        } finally {
            progress.finish();
        }
        out.println("sitrep bench: " + corpus + ", " + threadCount + (threadCount == 1 ? " thread" : " threads")
                + ", store: " + storeName);
        line(out, "models loaded", String.format(Locale.ROOT, "%.1f s", loadNanos / 1e9));
        line(out, "warm-up", String.format(Locale.ROOT, "first %d articles, %.1f s, not in the timing below",
                warm.read(), warm.nanos() / 1e9));
        line(out, "timed articles", timed.summary());
        line(out, "articles/s", String.format(Locale.ROOT, "%.1f", timed.articlesPerSecond()));
        line(out, "tokens/s", String.format(Locale.ROOT, "%,.0f", timed.tokensPerSecond()));
        line(out, "events", String.format(Locale.ROOT, "%,d", timed.events()));
        line(out, "problems", String.format(Locale.ROOT, "%,d", timed.problems()));
        line(out, "peak heap", String.format(Locale.ROOT, "%s of %s (sampled every %d ms during the timed run)",
                megabytes(peakHeap), maxHeap < 0 ? "no limit" : megabytes(maxHeap), HeapSampler.PERIOD_MILLIS));
        line(out, "wall time", String.format(Locale.ROOT, "%.1f s (timed run, store writes included; merge "
                + "after it: %s)", timed.nanos() / 1e9, mergeSummary.summary()));
        StageTimes.Snapshot stages = stageTimes.snapshot();
        line(out, "stages", "share of wall and CPU time summed over threads (merge and store included)");
        for (StageTimes.Stage stage : StageTimes.Stage.values()) {
            out.println(String.format(Locale.ROOT, "    %-9s wall %5.1f%%  cpu %5.1f%%", stage.name().toLowerCase(Locale.ROOT),
                    share(stages.wallNanos().get(stage), stages.totalWallNanos()),
                    share(stages.cpuNanos().get(stage), stages.totalCpuNanos())));
        }
        line(out, "tokens", String.format(Locale.ROOT, "%,d: %.1f%% tagged, %.1f%% parsed", stages.tokens(),
                share(stages.taggedTokens(), stages.tokens()), share(stages.parsedTokens(), stages.tokens())));
        if (timed.read() < limit) {
            line(out, "note", "the corpus ended after " + (warm.read() + timed.read()) + " articles");
        }
        out.flush();
        ObjectNode figures = new ObjectMapper().createObjectNode();
        figures.put("corpus", corpus.toString());
        figures.put("threads", threadCount);
        ObjectNode own = figures.putObject("sitrep");
        own.put("articles", timed.read());
        own.put("tokens", timed.tokens());
        own.put("seconds", timed.nanos() / 1e9);
        own.put("articles_per_second", timed.articlesPerSecond());
        own.put("tokens_per_second", timed.tokensPerSecond());
        own.put("events", timed.events());
        own.put("peak_heap_mb", peakHeap / (1024 * 1024));
        own.put("models_loaded_seconds", loadNanos / 1e9);
        ObjectNode stageNode = own.putObject("stages");
        for (StageTimes.Stage stage : StageTimes.Stage.values()) {
            ObjectNode one = stageNode.putObject(stage.name().toLowerCase(Locale.ROOT));
            one.put("wall_seconds", stages.wallNanos().get(stage) / 1e9);
            one.put("cpu_seconds", stages.cpuNanos().get(stage) / 1e9);
        }
        own.put("tokens_tagged", stages.taggedTokens());
        own.put("tokens_parsed", stages.parsedTokens());
        return new Timed(timed.articlesPerSecond(), figures);
    }

    /** The baseline on the same articles: warmed on the first --warmup, timed on the next --limit. */
    private CoreNlpBaseline.Result runCoreNlp(int threadCount, PrintWriter err) {
        List<String> warmTexts = new ArrayList<>();
        List<String> timedTexts = new ArrayList<>();
        try (ArticleReader reader = ArticleReader.open(List.of(corpus), ReadOptions.defaults())) {
            long seen = 0;
            while (reader.hasNext() && seen < (long) warmup + limit) {
                Input input = reader.next();
                if (input instanceof Input.Readable readable) {
                    (seen < warmup ? warmTexts : timedTexts).add(readable.article().text());
                }
                seen++;
            }
        }
        err.println("loading the CoreNLP baseline (" + CoreNlpBaseline.ANNOTATORS + ")...");
        err.flush();
        CoreNlpBaseline coreNlp = new CoreNlpBaseline(threadCount);
        coreNlp.run(warmTexts);
        return coreNlp.run(timedTexts);
    }

    private static void line(PrintWriter out, String label, String value) {
        out.println(String.format(Locale.ROOT, "  %-15s %s", label, value));
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%,d MB", bytes / (1024 * 1024));
    }
}
