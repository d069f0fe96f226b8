package org.sitrep.flink;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.filesystem.OutputFileConfig;
import org.apache.flink.streaming.api.functions.sink.filesystem.rollingpolicies.OnCheckpointRollingPolicy;
import org.sitrep.flink.internal.ArticleFileFormat;
import org.sitrep.flink.internal.BandAnswer;
import org.sitrep.flink.internal.BandIndex;
import org.sitrep.flink.internal.JudgeCopies;
import org.sitrep.flink.internal.KafkaArticles;
import org.sitrep.flink.internal.MergeEvents;
import org.sitrep.flink.internal.MergeInput;
import org.sitrep.flink.internal.RouteCopies;
import org.sitrep.flink.internal.SignBands;
import org.sitrep.merge.MergeRules;
import org.sitrep.flink.internal.CodeArticles;
import org.sitrep.flink.internal.DayBuckets;
import org.sitrep.flink.internal.DayLine;
import org.sitrep.flink.internal.DropCopies;
import org.sitrep.flink.internal.InputCodec;
import org.sitrep.flink.internal.JsonLineEncoder;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The sitrep Flink job: articles from files and folders, coded one per record by the standard pipeline,
 * events and problems written as JSON lines in day folders. See {@code docs/scale.md}.
 */
@Command(name = "sitrep-flink", mixinStandardHelpOptions = true,
        description = "Codes folders of articles on Apache Flink; writes OUT/events and OUT/problems as JSON lines.")
public final class SitrepFlinkJob implements Callable<Integer> {

    /** The name of the events folder under the output folder. */
    public static final String EVENTS = "events";
    /** The name of the problems folder under the output folder. */
    public static final String PROBLEMS = "problems";
    /** Merged events, one line per write of an event (the line with most mentions is the latest). */
    public static final String MERGED_EVENTS = "merged_events";
    /** Mentions of merged events, each written once. */
    public static final String MENTIONS = "event_mentions";
    /** Coded articles (skipped ones too), one line each with a store's {@code articles} columns. */
    public static final String ARTICLES = "articles";
    /** Republished copies (near duplicates) and the article each copies. */
    public static final String COPIES = "copies";

    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "Files and folders of .txt, .json, .jsonl articles (none with --kafka-topic alone).")
    private List<String> inputs = List.of();

    @Option(names = "--kafka-servers", paramLabel = "HOST:PORT[,...]",
            description = "Also read article records from Kafka, through these bootstrap servers (with --kafka-topic).")
    private String kafkaServers;

    @Option(names = "--kafka-topic", paramLabel = "TOPIC", description = "The Kafka topic of article records.")
    private String kafkaTopic;

    @Option(names = "--kafka-group", paramLabel = "ID", description = "The Kafka consumer group (default: sitrep).")
    private String kafkaGroup = KafkaInput.DEFAULT_GROUP;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    private String output;

    @Option(names = "--watch", paramLabel = "SECONDS", arity = "0..1", fallbackValue = "10",
            description = "Keep running and pick up new files every SECONDS (default when given: 10).")
    private Integer watchSeconds;

    @Option(names = "--local", description = "Run on a MiniCluster in this JVM instead of submitting to a cluster.")
    private boolean local;

    @Option(names = "--parallelism", paramLabel = "N", description = "Task slots to use with --local (default: 2).")
    private int parallelism = 2;

    @Option(names = "--checkpoint-interval", paramLabel = "SECONDS", description = "Default: 10.")
    private int checkpointSeconds = 10;

    @Option(names = "--copies-remembered", paramLabel = "DAYS",
            description = "How long an article's content id is kept to recognise a copy of it (default: 30).")
    private int copiesRememberedDays = 30;

    @Option(names = "--lateness", paramLabel = "DAYS",
            description = "Days the merge waits for articles older than the latest date seen (default: 3).")
    private int latenessDays = JobOptions.DEFAULT_LATENESS_DAYS;

    @Option(names = "--close-after", paramLabel = "DAYS",
            description = "Days after its latest report when a merged event is written (default: 3).")
    private int closeDays = JobOptions.DEFAULT_CLOSE_DAYS;

    @Option(names = "--keep-partitions", paramLabel = "DAYS",
            description = "Days a merge partition without new articles is kept (default: 30).")
    private int keepDays = JobOptions.DEFAULT_KEEP_DAYS;

    @Option(names = "--checkpoint-dir", paramLabel = "DIR",
            description = "Keep checkpoints in DIR, also when the job is cancelled or fails, to resume with flink run -s.")
    private java.nio.file.Path checkpointDir;

    @Option(names = "--unaligned-checkpoints",
            description = "Let checkpoint barriers overtake buffered articles: far shorter checkpoints, but not yet "
                    + "proven exactly-once with this job (docs/scale.md).")
    private boolean unaligned;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Date of articles that have none.")
    private LocalDate defaultDate;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SitrepFlinkJob()).execute(args));
    }

    /** The options the command line gave. */
    JobOptions jobOptions() {
        return new JobOptions(inputs, output, watchSeconds == null ? null : Duration.ofSeconds(watchSeconds),
                defaultDate, Duration.ofSeconds(checkpointSeconds), Duration.ofDays(copiesRememberedDays), latenessDays,
                closeDays, keepDays, kafka());
    }

    private KafkaInput kafka() {
        if (kafkaServers == null && kafkaTopic == null) {
            return null;
        }
        if (kafkaServers == null || kafkaTopic == null) {
            throw new IllegalArgumentException("--kafka-servers and --kafka-topic go together");
        }
        return new KafkaInput(kafkaServers, kafkaTopic, kafkaGroup);
    }

    @Override
    public Integer call() throws Exception {
        JobOptions options = jobOptions();
        Configuration configuration = new Configuration();
        if (checkpointDir == null && local) {
            // The default storage keeps checkpoints in the JobManager's memory, 5 MB at most: the near-copy bands
            // pass that after a few hundred articles (docs/scale.md). A local run checkpoints to a temporary folder.
            configuration.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY,
                    java.nio.file.Files.createTempDirectory("sitrep-checkpoints").toUri().toString());
        }
        if (checkpointDir != null) {
            configuration.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, checkpointDir.toAbsolutePath().toUri().toString());
            configuration.set(CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION,
                    ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
        }
        StreamExecutionEnvironment env = local
                ? StreamExecutionEnvironment.createLocalEnvironment(parallelism, configuration)
                : StreamExecutionEnvironment.getExecutionEnvironment(configuration);
        if (unaligned) {
            // Coding takes about a second an article, so an aligned barrier waits behind every buffered article.
            env.getCheckpointConfig().enableUnalignedCheckpoints();
        }
        build(env, options);
        JobExecutionResult result = env.execute("sitrep");
        System.out.println(summary(result, local ? parallelism : env.getParallelism()));
        return 0;
    }

    /** Articles coded and their rate between the first and the last, models' loading left out. */
    static String summary(JobExecutionResult result, int slots) {
        Long coded = result.getAccumulatorResult(CodeArticles.CODED);
        Long first = result.getAccumulatorResult(CodeArticles.FIRST_CODED_MS);
        Long last = result.getAccumulatorResult(CodeArticles.LAST_CODED_MS);
        if (coded == null || coded == 0 || first == null || last == null || last <= first) {
            return "coded " + (coded == null ? 0 : coded) + " articles in " + result.getNetRuntime() + " ms";
        }
        double seconds = (last - first) / 1000.0;
        return String.format(java.util.Locale.ROOT,
                "coded %d articles in %.1f s of coding (%.2f articles/s, %.2f per slot of %d), job %.1f s",
                coded, seconds, coded / seconds, coded / seconds / slots, slots, result.getNetRuntime() / 1000.0);
    }

    /** Adds the job to an environment, with exactly-once checkpointing; the caller executes it. */
    public static void build(StreamExecutionEnvironment env, JobOptions options) {
        build(env, options, UnaryOperator.identity());
    }

    /** As {@link #build(StreamExecutionEnvironment, JobOptions)}, with a step before the events sink: tests
     * inject failures there. */
    static void build(StreamExecutionEnvironment env, JobOptions options,
                      UnaryOperator<DataStream<DayLine>> beforeEventsSink) {
        env.enableCheckpointing(options.checkpointInterval().toMillis());
        SingleOutputStreamOperator<String> copies = sources(env, options)
                // Keyed by content id: copies meet in one subtask, and a file's articles, which are read by one
                // reader, are spread over all the slots that code.
                .keyBy(InputCodec::keyOf)
                .process(new DropCopies(options.copiesRemembered())).name("drop-copies").uid("drop-copies");
        // Near copies: each article's LSH bands go to the subtasks owning them, the answers come back to the
        // article's key, and only articles no band called a copy go on to be coded.
        SingleOutputStreamOperator<BandAnswer> answers = copies.flatMap(new SignBands()).name("sign").uid("sign")
                .keyBy(probe -> probe.band)
                .process(new BandIndex(options.copiesRemembered())).name("bands").uid("bands");
        SingleOutputStreamOperator<String> originals = copies.keyBy(InputCodec::keyOf)
                .connect(answers.keyBy(answer -> answer.articleId))
                .process(new JudgeCopies()).name("near-copies").uid("near-copies");
        SingleOutputStreamOperator<DayLine> events = originals.process(new CodeArticles()).name("code").uid("code");
        beforeEventsSink.apply(events)
                .sinkTo(jsonLines(new Path(options.output(), EVENTS))).name("events").uid("events");
        copies.getSideOutput(CodeArticles.PROBLEMS)
                .union(originals.getSideOutput(CodeArticles.PROBLEMS), events.getSideOutput(CodeArticles.PROBLEMS))
                .sinkTo(jsonLines(new Path(options.output(), PROBLEMS))).name("problems").uid("problems");
        events.getSideOutput(CodeArticles.ARTICLES)
                .sinkTo(jsonLines(new Path(options.output(), ARTICLES))).name("articles").uid("articles-out");
        originals.getSideOutput(JudgeCopies.COPIES)
                .sinkTo(jsonLines(new Path(options.output(), COPIES))).name("copies").uid("copies");

        // Merging in event time: an article's timestamp is the start of its day, and the watermark trails the
        // latest day by the allowed lateness. Idle coding subtasks do not hold it back.
        SingleOutputStreamOperator<DayLine> merged = events.getSideOutput(CodeArticles.MERGE)
                .union(originals.getSideOutput(JudgeCopies.REPUBLISHED))
                .keyBy(RouteCopies::keyOf)
                .process(new RouteCopies(options.copiesRemembered())).name("route-copies").uid("route-copies")
                .assignTimestampsAndWatermarks(WatermarkStrategy
                        .<MergeInput>forBoundedOutOfOrderness(Duration.ofDays(options.latenessDays()))
                        .withTimestampAssigner((input, previous) -> input.day == MergeInput.UNDATED ? Long.MIN_VALUE
                                : input.day * 86_400_000L)
                        .withIdleness(Duration.ofMinutes(1)))
                .name("event-time").uid("event-time")
                .keyBy(input -> input.partition)
                .process(new MergeEvents(MergeRules.defaults(), options.closeDays(), options.keepDays()))
                .name("merge").uid("merge");
        merged.sinkTo(jsonLines(new Path(options.output(), MERGED_EVENTS))).name("merged-events").uid("merged-events");
        merged.getSideOutput(MergeEvents.MENTIONS)
                .sinkTo(jsonLines(new Path(options.output(), MENTIONS))).name("mentions").uid("mentions");
    }

    /** Encoded inputs from the folders, the Kafka topic, or both. */
    private static DataStream<String> sources(StreamExecutionEnvironment env, JobOptions options) {
        ReadOptions read = new ReadOptions(options.defaultDate(), Pipeline.DEFAULT_MAX_CHARS);
        DataStream<String> files = null;
        if (!options.inputs().isEmpty()) {
            Path[] paths = options.inputs().stream().map(Path::new).toArray(Path[]::new);
            FileSource.FileSourceBuilder<String> source = FileSource.forBulkFileFormat(new ArticleFileFormat(read), paths);
            if (options.watch() != null) {
                source.monitorContinuously(options.watch());
            }
            files = env.fromSource(source.build(), WatermarkStrategy.noWatermarks(), "articles").uid("articles");
        }
        if (options.kafka() == null) {
            return files;
        }
        DataStream<String> records = env.fromSource(KafkaArticles.source(options.kafka(), read),
                WatermarkStrategy.noWatermarks(), "kafka-articles").uid("kafka-articles");
        return files == null ? records : files.union(records);
    }

    /** Exactly-once JSON lines: part files are published only when a checkpoint completes. */
    private static FileSink<DayLine> jsonLines(Path folder) {
        return FileSink.forRowFormat(folder, new JsonLineEncoder())
                .withBucketAssigner(new DayBuckets())
                .withRollingPolicy(OnCheckpointRollingPolicy.build())
                .withOutputFileConfig(OutputFileConfig.builder().withPartPrefix("part").withPartSuffix(".jsonl").build())
                .build();
    }
}
