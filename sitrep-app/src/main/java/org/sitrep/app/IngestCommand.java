package org.sitrep.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.app.internal.DictionariesOption;
import org.sitrep.app.internal.StatementsOption;
import org.sitrep.app.internal.Limited;
import org.sitrep.app.internal.ProgressLine;
import org.sitrep.app.internal.PublishedOption;
import org.sitrep.app.internal.StoreOption;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.merge.MergeRules;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.BatchReport;
import org.sitrep.pipeline.BatchRunner;
import org.sitrep.store.EventStore;
import org.sitrep.store.MergeSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep ingest}: codes files and folders of articles into the event store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Codes articles into the event store, from files and folders (read recursively), each "
                + "optionally gzipped: .txt articles (first line is the title); JSON lines and JSON (.jsonl, "
                + ".ndjson, .json; fields of sitrep, AllSides, news-please and trafilatura); HTML pages (.html, "
                + ".htm; main text without boilerplate); RSS and Atom feeds (.rss, .atom, .xml; one article per "
                + "entry); WARC crawls (.warc, .warc.gz; HTML responses). PATH - reads standard input: JSON "
                + "lines when it starts with '{', an HTML page when it starts with '<', otherwise one plain-text "
                + "article.",
                "Articles stored before are skipped as DUPLICATE, so re-running is safe; so are republished "
                + "copies of stored articles, which are linked to their original and counted as reports of "
                + "its events instead of being coded. Bad files are recorded as problems and the run goes on; "
                + "the summary counts them. Events that several reports give are then merged into one; only the merged "
                + "events the new reports can touch are merged again, and merged events keep their ids."})
public final class IngestCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private SitrepCommand sitrep;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Files and folders to read, or - alone for standard input.")
    private List<Path> paths;

    @Mixin
    private PublishedOption published;

    @Mixin
    private StoreOption db;

    @Option(names = "--threads", paramLabel = "N",
            description = "Coding threads (default: the number of processors).")
    private Integer threads;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
            description = "Read at most N records, 0 for all (default: ${DEFAULT-VALUE}).")
    private long limit;

    @Mixin
    private DictionariesOption dictionaries;

    @Mixin
    private StatementsOption statements;

    @Override
    public Integer call() {
        if (limit < 0) {
            throw new IllegalArgumentException("--limit must not be negative: " + limit);
        }
        boolean stdin = paths.contains(Path.of("-"));
        if (stdin && paths.size() > 1) {
            throw new IllegalArgumentException("- (standard input) must be the only PATH; name a file called - "
                    + "as ./-");
        }
        for (Path path : paths) {
            if (!stdin && !Files.exists(path)) {
                throw new IllegalArgumentException("no such file or folder: " + path);
            }
        }
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (threadCount < 1) {
            throw new IllegalArgumentException("--threads must be positive: " + threadCount);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ProgressLine progress = new ProgressLine(err, ProgressLine.stderrIsTerminal());
        BatchReport report;
        MergeSummary merged;
        // The store first: a locked or unwritable database is reported at once, not after the models load.
        try (EventStore store = EventStore.open(db.path());
             ArticleReader reader = stdin
                     ? ArticleReader.openStream(sitrep.stdin(), "stdin", options())
                     : ArticleReader.open(paths, options())) {
            BatchRunner runner = new BatchRunner(sitrep.pipeline(dictionaries.folder(), statements.keep()), threadCount);
            try {
                report = runner.run(limit == 0 ? reader : new Limited<>(reader, limit), store, progress);
            } finally {
                progress.finish();
            }
            // Only the merge keys of new reports are merged again, so the time follows the batch, not the store.
            merged = store.mergeNewEvents(MergeRules.defaults()).totals();
        }
        out.println(report.summary());
        out.println(merged.summary());
        out.flush();
        return 0;
    }

    private ReadOptions options() {
        return new ReadOptions(published.date(), Pipeline.DEFAULT_MAX_CHARS);
    }
}
