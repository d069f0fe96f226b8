package org.sitrep.app;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import org.sitrep.app.internal.VersionProvider;
import org.sitrep.coding.DependencyCoder;
import org.sitrep.nlp.StandardPipeline;
import org.sitrep.petrarch.PetrarchDictionaries;
import org.sitrep.pipeline.EnvironmentException;
import org.sitrep.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The top command. It owns the pipeline, created on first use because loading the CoreNLP models takes
 * seconds and commands that only read the store do not need them.
 */
@Command(name = "sitrep", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Codes news text into political events: who did what to whom (CAMEO, PLOVER, "
                + "Goldstein), stored in DuckDB and exported in GDELT-compatible form.",
        subcommands = {DemoCommand.class, CodeCommand.class, ActorsCommand.class, IngestCommand.class,
                EventsCommand.class, SqlCommand.class, ExportCommand.class, StoriesCommand.class,
                PlacesCommand.class, QuotesCommand.class, ServeCommand.class, EvalCommand.class,
                BenchCommand.class, ExplainCommand.class, WatchCommand.class, LoadCommand.class},
        footer = {"", "Exit status: 0 success, 1 failure (I/O, database, models), 2 bad usage."})
public final class SitrepCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    // Read by the error handler from the parse result; declared here so that help lists it everywhere.
    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Print stack traces of failures.")
    private boolean verbose;

    private final Supplier<Pipeline> pipelineFactory;
    private final InputStream stdin;
    private Pipeline pipeline;

    /** The command as the launcher runs it: the standard pipeline, standard input. */
    public SitrepCommand() {
        this(StandardPipeline::create, System.in);
    }

    /**
     * @param pipelineFactory called at most once, when a command first needs the pipeline
     * @param stdin           what {@code sitrep code -} reads
     */
    public SitrepCommand(Supplier<Pipeline> pipelineFactory, InputStream stdin) {
        this.pipelineFactory = Objects.requireNonNull(pipelineFactory, "pipelineFactory");
        this.stdin = Objects.requireNonNull(stdin, "stdin");
    }

    /** Lets go of the pipeline made so far, so that a caller holding none can have its models collected. */
    void forgetPipeline() {
        pipeline = null;
    }

    Pipeline pipeline() {
        if (pipeline == null) {
            try {
                pipeline = Objects.requireNonNull(pipelineFactory.get(), "pipeline factory returned null");
            } catch (ExceptionInInitializerError e) {
                // Built-in data load in static initialisers; their failure must reach the error handler as
                // the exception it is, not as an Error that escapes it.
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw new EnvironmentException("cannot set up the pipeline", e);
            }
        }
        return pipeline;
    }

    /**
     * The pipeline with the PETRARCH dictionaries of {@code dictionaries} in place of the built-in ones, or
     * the standard pipeline when it is null. The CoreNLP models are shared.
     */
    Pipeline pipeline(Path dictionaries) {
        if (dictionaries == null) {
            return pipeline();
        }
        return PetrarchDictionaries.load(dictionaries).pipeline(pipeline());
    }

    /**
     * As {@link #pipeline(Path)}; with {@code keepStatements}, sitrep's own coder keeps every statement (010)
     * rather than only those of sentences that code nothing else. PETRARCH's coder has no such option.
     */
    Pipeline pipeline(Path dictionaries, boolean keepStatements) {
        Pipeline base = pipeline(dictionaries);
        if (keepStatements && base.coder() instanceof DependencyCoder coder) {
            return base.withCoder(coder.keepingStatements(true));
        }
        return base;
    }

    InputStream stdin() {
        return stdin;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
