package org.sitrep.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.metrics.Counter;
import org.apache.flink.runtime.testutils.InMemoryReporter;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.flink.internal.DayLine;
import org.sitrep.flink.internal.SharedPipeline;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.merge.MergeRules;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.Problem;
import org.sitrep.pipeline.ArticleSink;
import org.sitrep.pipeline.BatchReport;
import org.sitrep.pipeline.BatchRunner;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoredEvent;

/**
 * Runs the job on a MiniCluster of two slots and compares its output with the single-machine batch runner
 * of {@code sitrep ingest} on the same files.
 */
@Timeout(value = 300)
class SitrepFlinkJobIT {

    /** Keeps the metrics of finished jobs, so a test can read them after the job ends. */
    private static final InMemoryReporter METRICS = InMemoryReporter.createWithRetainedMetrics();

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder()
                    .setConfiguration(METRICS.addToConfiguration(checkpointsOnDisk()))
                    .setNumberTaskManagers(1)
                    .setNumberSlotsPerTaskManager(2)
                    .build());

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Checkpoints in files, as on a cluster: the JobManager's memory takes 5 MB of state at most. */
    private static Configuration checkpointsOnDisk() {
        Configuration configuration = new Configuration();
        try {
            configuration.set(org.apache.flink.configuration.CheckpointingOptions.CHECKPOINTS_DIRECTORY,
                    Files.createTempDirectory("sitrep-it-checkpoints").toUri().toString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return configuration;
    }

    @TempDir
    static Path work;

    static Path input;
    static int articles;
    static List<String> expectedEvents = new ArrayList<>();
    static List<String> expectedProblems = new ArrayList<>();
    static Set<String> expectedDays = new TreeSet<>();
    static BatchReport batch;

    /** Merged events of `sitrep ingest`'s store, as {@link #mergedKey} strings. */
    static List<String> expectedMerged = new ArrayList<>();
    /** Mentions of the store's merged events, as {@link #mentionKey} strings. */
    static List<String> expectedMentions = new ArrayList<>();
    static List<String> expectedCopies = new ArrayList<>();
    /** Copies `sitrep ingest` found: copy article id to the article it copies, and to its origin. */
    static java.util.Map<String, String> copyOriginals = new java.util.TreeMap<>();
    static java.util.Map<String, String> copyOrigins = new java.util.TreeMap<>();

    @BeforeAll
    static void codeOnOneMachine() throws Exception {
        input = Files.createDirectories(work.resolve("in"));
        articles = TestCorpus.write(input);
        // The single-machine path of `sitrep ingest`: the batch runner over the same reader into a store, which
        // looks for near copies, then the store's merge rebuild.
        Path database = work.resolve("ingest.duckdb");
        try (EventStore store = EventStore.open(database);
             ArticleReader reader = ArticleReader.open(List.of(input), ReadOptions.defaults())) {
            batch = new BatchRunner(SharedPipeline.get(), 1).run(reader, new ArticleSink() {
                @Override
                public boolean contains(String articleId) {
                    return store.contains(articleId);
                }

                @Override
                public void accept(CodedArticle article) {
                    store.accept(article);
                    for (Event event : article.events()) {
                        expectedEvents.add(eventKey(event.id(), event.articleId(), event.source().code(),
                                event.cameoCode(), event.target() == null ? null : event.target().code()));
                        expectedDays.add(article.article().date() == null ? "undated"
                                : article.article().date().toString());
                    }
                    article.problems().forEach(problem -> expectedProblems.add(problemKey(problem)));
                }

                @Override
                public void reject(Problem problem) {
                    store.reject(problem);
                    expectedProblems.add(problemKey(problem));
                }

                @Override
                public void duplicate(Article article, Problem problem) {
                    store.duplicate(article, problem);
                    expectedProblems.add(problemKey(problem));
                }

                @Override
                public Optional<String> originalOf(Article article) {
                    return store.originalOf(article);
                }

                @Override
                public void acceptCopy(Article copy, String originalId, List<Problem> problems) {
                    store.acceptCopy(copy, originalId, problems);
                    problems.forEach(problem -> expectedProblems.add(problemKey(problem)));
                    expectedCopies.add(copy.origin().replaceAll(".*/", "") + " " + copy.id() + " " + originalId);
                    copyOriginals.put(copy.id(), originalId);
                    copyOrigins.put(copy.id(), copy.origin());
                }
            }, (read, events, problems) -> { });
            store.mergeEvents(MergeRules.defaults());
        }
        java.util.Properties readOnly = new java.util.Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + database, readOnly);
             Statement sql = db.createStatement()) {
            try (ResultSet rows = sql.executeQuery("SELECT * FROM merged_events")) {
                while (rows.next()) {
                    expectedMerged.add(mergedKey(rows.getString("id"), rows.getString("founding_event_id"),
                            rows.getString("first_seen"), rows.getString("last_seen"), rows.getString("source_code"),
                            rows.getString("target_code"), rows.getString("cameo_code"), rows.getString("place"),
                            rows.getInt("num_mentions"), rows.getInt("num_sources"), rows.getInt("num_articles")));
                }
            }
            try (ResultSet rows = sql.executeQuery("SELECT * FROM event_mentions")) {
                while (rows.next()) {
                    expectedMentions.add(mentionKey(rows.getString("merged_event_id"), rows.getString("event_id"),
                            rows.getString("article_id"), rows.getString("republished_from")));
                }
            }
        }
        expectedEvents.sort(null);
        expectedProblems.sort(null);
        expectedMerged.sort(null);
        expectedMentions.sort(null);
        expectedCopies.sort(null);
    }

    private static String mergedKey(String id, String founding, String first, String last, String source,
                                    String target, String code, String place, int mentions, int sources,
                                    int articles) {
        return String.join(" ", id, founding, String.valueOf(first), String.valueOf(last), source,
                String.valueOf(target), code, "[" + place + "]", "m" + mentions, "s" + sources, "a" + articles);
    }

    private static String mentionKey(String merged, String event, String article, String republishedFrom) {
        return String.join(" ", merged, event, article, republishedFrom);
    }

    private static String text(JsonNode node, String field) {
        return node.get(field).isNull() ? null : node.get(field).asText();
    }

    /** The job's merged events, the latest line of each (the one with most mentions). */
    private static List<String> mergedEvents(Path out) throws IOException {
        java.util.Map<String, JsonNode> latest = new java.util.TreeMap<>();
        for (JsonNode node : readLines(out.resolve(SitrepFlinkJob.MERGED_EVENTS))) {
            JsonNode before = latest.get(node.get("id").asText());
            if (before == null || node.get("num_mentions").asInt() > before.get("num_mentions").asInt()) {
                latest.put(node.get("id").asText(), node);
            }
        }
        List<String> keys = new ArrayList<>();
        for (JsonNode node : latest.values()) {
            keys.add(mergedKey(text(node, "id"), text(node, "founding_event_id"), text(node, "first_seen"),
                    text(node, "last_seen"), text(node, "source_code"), text(node, "target_code"),
                    text(node, "cameo_code"), text(node, "place"), node.get("num_mentions").asInt(),
                    node.get("num_sources").asInt(), node.get("num_articles").asInt()));
        }
        keys.sort(null);
        return keys;
    }

    private static List<String> mentions(Path out) throws IOException {
        List<String> keys = new ArrayList<>();
        for (JsonNode node : readLines(out.resolve(SitrepFlinkJob.MENTIONS))) {
            keys.add(mentionKey(text(node, "merged_event_id"), text(node, "event_id"), text(node, "article_id"),
                    text(node, "republished_from")));
        }
        keys.sort(null);
        return keys;
    }

    /** The output of one run of the job on the corpus, which several tests read; run on first use. */
    private static Path mainRun() throws Exception {
        Path out = work.resolve("out-main");
        if (!Files.isDirectory(out)) {
            runJob(out);
        }
        return out;
    }

    /**
     * The copies `sitrep ingest` found that the job coded instead, copy id to original id. The first report seen
     * stays the original: the job finds a copy only when it reads it after its original, which parallel readers
     * do not promise (docs/scale.md). Every copy the job reports must be one ingest reports.
     */
    private static java.util.Map<String, String> missedCopies(Path out) throws IOException {
        List<String> copies = new ArrayList<>();
        for (JsonNode node : readLines(out.resolve(SitrepFlinkJob.COPIES))) {
            copies.add(node.get("origin").asText().replaceAll(".*/", "") + " " + node.get("article_id").asText() + " "
                    + node.get("original_id").asText());
        }
        assertTrue(expectedCopies.containsAll(copies), "job copies " + copies + ", ingest's " + expectedCopies);
        java.util.Map<String, String> missed = new java.util.TreeMap<>(copyOriginals);
        copies.forEach(copy -> missed.remove(copy.split(" ")[1]));
        return missed;
    }

    private static List<String> events(Path out) throws IOException {
        List<String> events = new ArrayList<>();
        for (JsonNode node : readLines(out.resolve(SitrepFlinkJob.EVENTS))) {
            JsonNode target = node.get("target");
            events.add(eventKey(node.get("id").asText(), node.get("article_id").asText(),
                    node.get("source").get("code").asText(), node.get("cameo_code").asText(),
                    target.isNull() ? null : target.get("code").asText()));
        }
        events.sort(null);
        return events;
    }

    /**
     * The job's events are ingest's, plus, for each copy it read before its original, the copy's own events; its
     * problems are ingest's but for those of such copies (coded instead of reported as copies).
     */
    private static void assertSameEventsAndProblems(Path out, java.util.Map<String, String> missed) throws IOException {
        List<String> events = events(out);
        List<String> extra = new ArrayList<>(events);
        expectedEvents.forEach(extra::remove);
        List<String> missing = new ArrayList<>(expectedEvents);
        events.forEach(missing::remove);
        assertEquals(List.of(), missing, "events the job lost");
        assertTrue(extra.stream().allMatch(event -> missed.containsKey(event.substring(0, event.indexOf(' ')))),
                "events beyond ingest's, not of a missed copy: " + extra);
        if (missed.isEmpty()) {
            assertEquals(expectedEvents, events);
        }

        List<String> problems = new ArrayList<>();
        for (JsonNode node : readLines(out.resolve(SitrepFlinkJob.PROBLEMS))) {
            String origin = node.get("origin").asText();
            // A coded copy's problems name its file and line, or its id and sentence.
            if (missed.keySet().stream().noneMatch(copy -> copyOrigins.get(copy).equals(origin)
                    || origin.startsWith(copy + "#"))) {
                problems.add(problemKey(node.get("kind").asText(), origin, node.get("message").asText()));
            }
        }
        problems.sort(null);
        List<String> expected = new ArrayList<>(expectedProblems);
        expected.removeIf(problem -> missed.values().stream()
                .anyMatch(original -> problem.startsWith("DUPLICATE republished copy of article " + original)));
        assertEquals(expected, problems);
    }

    /**
     * The job's merged events are those of ingest's store. Where the job coded a copy instead, that copy's
     * reports join the same events as its own mentions instead of republished ones: the events' ids are the
     * same and the other mentions too.
     */
    private static void assertSameMergedEvents(Path out, java.util.Map<String, String> missed) throws IOException {
        if (missed.isEmpty()) {
            assertEquals(expectedMerged, mergedEvents(out));
            assertEquals(expectedMentions, mentions(out));
            return;
        }
        java.util.function.Function<List<String>, List<String>> ids = keys -> keys.stream()
                .map(key -> key.substring(0, key.indexOf(' '))).sorted().toList();
        assertEquals(ids.apply(expectedMerged), ids.apply(mergedEvents(out)));
        java.util.function.Predicate<String> ofMissed = key -> missed.keySet().stream()
                .anyMatch(copy -> key.split(" ")[2].equals(copy));
        List<String> expected = new ArrayList<>(expectedMentions);
        expected.removeIf(ofMissed);
        List<String> actual = new ArrayList<>(mentions(out));
        actual.removeIf(ofMissed);
        assertEquals(expected, actual);
    }

    @Test
    void mergesTheSameEventsAsTheStoreOfSitrepIngest() throws Exception {
        Path out = mainRun();

        assertTrue(expectedMerged.size() >= 20, "expected merged events: " + expectedMerged.size());
        assertTrue(expectedMerged.stream().anyMatch(key -> !key.endsWith(" a1")), "some events merged across articles");
        assertTrue(expectedMentions.stream().anyMatch(key -> !key.endsWith(" ")), "some republished mentions");
        assertSameMergedEvents(out, missedCopies(out));
    }

    @Test
    void codesTheSameEventsAndReportsTheSameProblemsAsTheBatchRunner() throws Exception {
        Path out = mainRun();

        // Guards against a corpus that codes nothing, which would make the comparison empty.
        assertTrue(expectedEvents.size() >= articles, "expected events: " + expectedEvents.size());
        assertSameEventsAndProblems(out, missedCopies(out));
        Set<String> kinds = new TreeSet<>();
        expectedProblems.forEach(problem -> kinds.add(problem.substring(0, problem.indexOf(' '))));
        assertTrue(kinds.containsAll(Set.of("MALFORMED_RECORD", "EMPTY", "BINARY", "DUPLICATE")), "kinds: " + kinds);
    }

    @Test
    void findsOnlyRepublishedCopiesThatSitrepIngestFinds() throws Exception {
        assertEquals(TestCorpus.REPUBLISHED, expectedCopies.size(), "ingest finds the corpus's copies, no more");
        // Which of them the job finds depends on the order the readers hand articles over.
        assertTrue(missedCopies(mainRun()).size() <= TestCorpus.REPUBLISHED);
    }

    @Test
    void metricsCountArticlesEventsCopiesAndProblemsByKind() throws Exception {
        Path out = mainRun();
        String job = "sitrep-it-out-main";
        long copies = expectedProblems.stream().filter(p -> p.startsWith("DUPLICATE same content")).count();
        long nearCopies = TestCorpus.REPUBLISHED - missedCopies(out).size();
        long events = readLines(out.resolve(SitrepFlinkJob.EVENTS)).size();
        List<JsonNode> problems = readLines(out.resolve(SitrepFlinkJob.PROBLEMS));
        long duplicates = problems.stream().filter(node -> node.get("kind").asText().equals("DUPLICATE")).count();
        long empty = expectedProblems.stream().filter(p -> p.startsWith("EMPTY ")).count();

        assertEquals(1, copies, "the corpus has one exact copy");
        assertEquals(copies + nearCopies, duplicates);
        assertEquals(batch.read() - copies - nearCopies, sumOfCounters(job, ".code.", ".articles"));
        assertEquals(events, sumOfCounters(job, ".code.", ".events"));
        assertEquals(problems.size() - duplicates, sumOfCounters(job, ".code.", ".problems"));
        assertEquals(copies, sumOfCounters(job, ".drop-copies.", ".copies"));
        assertEquals(nearCopies, sumOfCounters(job, ".near-copies.", ".nearCopies"));
        assertEquals(empty, sumOfCounters(job, ".code.", ".problemsByKind.EMPTY"));
        // No article came later than the allowed lateness, so the merge order was the single machine's.
        assertEquals(0, sumOfCounters(job, ".merge.", ".lateArticles"));
        assertTrue(sumOfCounters(job, ".merge.", ".mergedEventLines") >= expectedMerged.size());
    }

    /** The sum over subtasks of the counters of one operator whose identifiers end with {@code suffix}. */
    private static long sumOfCounters(String jobName, String operator, String suffix) {
        // By group, not by identifier: a task and its chained operator may share identifiers.
        Set<Counter> counters = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        METRICS.getMetricsByGroup().forEach((group, metrics) -> metrics.forEach((name, metric) -> {
            String id = group.getMetricIdentifier(name);
            if (id.contains("." + jobName + ".") && id.contains(operator) && id.endsWith(suffix)
                    && metric instanceof Counter counter) {
                counters.add(counter);
            }
        }));
        assertTrue(!counters.isEmpty(), "no counter " + operator + "*" + suffix);
        return counters.stream().mapToLong(Counter::getCount).sum();
    }

    @Test
    void loadingTheOutputIntoAStoreGivesTheEventsAndMergedEventsOfSitrepIngest() throws Exception {
        Path out = mainRun();
        java.util.Map<String, String> missed = missedCopies(out);
        Path loaded = work.resolve("loaded.duckdb");
        java.util.Map<String, Long> added;
        List<StoredEvent> events;
        try (EventStore store = EventStore.open(loaded)) {
            added = store.loadJobOutput(out);
            // Loading again adds no article, event, mention or merged event twice.
            java.util.Map<String, Long> again = store.loadJobOutput(out);
            assertEquals(0L, again.get("articles"));
            assertEquals(0L, again.getOrDefault("events", 0L));
            assertEquals(0L, again.getOrDefault("problems", 0L));
            assertEquals(0L, again.getOrDefault("event_mentions", 0L));
            events = store.events(org.sitrep.store.EventQuery.all());
        }
        List<StoredEvent> expected;
        try (EventStore store = EventStore.openReadOnly(work.resolve("ingest.duckdb"))) {
            expected = store.events(org.sitrep.store.EventQuery.all());
        }
        assertTrue(expected.size() >= articles, "ingest's events: " + expected.size());
        // Every column a stored event is read from, but the time it was stored and the article's text (the job
        // keeps no texts); events of copies the job coded instead of reporting are its own (docs/scale.md).
        java.util.function.Function<StoredEvent, StoredEvent> columns = event -> new StoredEvent(event.event(),
                event.date(), event.articleTitle(), event.articleSource(), event.url(), event.sentenceText(),
                event.sentenceBegin(), null, null);
        assertEquals(expected.stream().map(columns).toList(), events.stream()
                .filter(event -> !missed.containsKey(event.event().articleId())).map(columns).toList());
        assertEquals(events.size(), (long) added.get("events"));
        assertEachCodedArticleWrittenOnce(out, missed);

        try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + loaded);
             Statement sql = db.createStatement()) {
            List<String> merged = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("SELECT * FROM merged_events")) {
                while (rows.next()) {
                    merged.add(mergedKey(rows.getString("id"), rows.getString("founding_event_id"),
                            rows.getString("first_seen"), rows.getString("last_seen"), rows.getString("source_code"),
                            rows.getString("target_code"), rows.getString("cameo_code"), rows.getString("place"),
                            rows.getInt("num_mentions"), rows.getInt("num_sources"), rows.getInt("num_articles")));
                }
            }
            merged.sort(null);
            assertEquals(mergedEvents(out), merged, "the latest line of each merged event");
            if (missed.isEmpty()) {
                assertEquals(expectedMerged, merged);
            }
            try (ResultSet rows = sql.executeQuery("SELECT count(*) FROM articles")) {
                rows.next();
                assertEquals(readLines(out.resolve(SitrepFlinkJob.ARTICLES)).size(), rows.getLong(1));
            }
            try (ResultSet rows = sql.executeQuery("SELECT count(*) FROM problems")) {
                rows.next();
                assertEquals(readLines(out.resolve(SitrepFlinkJob.PROBLEMS)).size(), rows.getLong(1));
            }
        }
    }

    @Test
    void duckDbReadsTheEventsWithTheirDayFolders() throws Exception {
        Path out = mainRun();
        // The job's own output, which may hold copies ingest did not code (see missedCopies).
        List<JsonNode> eventLines = readLines(out.resolve(SitrepFlinkJob.EVENTS));
        Set<String> eventDays = new TreeSet<>();
        eventLines.forEach(node -> eventDays.add(node.get("date").isNull() ? "undated" : node.get("date").asText()));
        long mentionLines = readLines(out.resolve(SitrepFlinkJob.MENTIONS)).size();
        assertTrue(eventLines.size() >= expectedEvents.size());
        String glob = out.resolve(SitrepFlinkJob.EVENTS) + "/*/*.jsonl";
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
             Statement sql = db.createStatement()) {
            try (ResultSet rows = sql.executeQuery("SELECT count(*), count(DISTINCT id) FROM read_json_auto('"
                    + glob + "', hive_partitioning = true)")) {
                rows.next();
                assertEquals(eventLines.size(), rows.getLong(1));
                assertEquals(eventLines.size(), rows.getLong(2));
            }
            Set<String> days = new TreeSet<>();
            try (ResultSet rows = sql.executeQuery("SELECT DISTINCT CAST(day AS VARCHAR) FROM read_json_auto('"
                    + glob + "', hive_partitioning = true)")) {
                while (rows.next()) {
                    days.add(rows.getString(1));
                }
            }
            assertEquals(eventDays, days);
            assertTrue(days.containsAll(expectedDays));
            // The article date and the folder agree for every event.
            try (ResultSet rows = sql.executeQuery("SELECT count(*) FROM read_json_auto('" + glob
                    + "', hive_partitioning = true) WHERE coalesce(CAST(date AS VARCHAR), 'undated') "
                    + "<> CAST(day AS VARCHAR)")) {
                rows.next();
                assertEquals(0, rows.getLong(1));
            }
            // Merged events: the latest line of each id, as docs/scale.md queries them, joined to their mentions.
            String merged = out.resolve(SitrepFlinkJob.MERGED_EVENTS) + "/*/*.jsonl";
            String mentions = out.resolve(SitrepFlinkJob.MENTIONS) + "/*/*.jsonl";
            try (ResultSet rows = sql.executeQuery("SELECT count(*), sum(num_mentions), "
                    + "(SELECT count(*) FROM read_json_auto('" + mentions + "')) FROM (SELECT DISTINCT ON (id) * "
                    + "FROM read_json_auto('" + merged + "') ORDER BY id, num_mentions DESC)")) {
                rows.next();
                assertEquals(expectedMerged.size(), rows.getLong(1));
                assertEquals(mentionLines, rows.getLong(2));
                assertEquals(mentionLines, rows.getLong(3));
            }
        }
    }

    @Test
    void aFailureInTheMiddleLosesAndRepeatsNoEvent() throws Exception {
        Path out = work.resolve("out-failure");
        FailOnce.FAILED.set(false);
        runJob(out, events -> events.map(new FailOnce()).name("fail-once"));

        assertTrue(FailOnce.FAILED.get(), "the failure was injected");
        java.util.Map<String, String> missed = missedCopies(out);
        assertSameEventsAndProblems(out, missed);
        // The merge's state came back too: its mergers are rebuilt from the inputs it had merged.
        assertSameMergedEvents(out, missed);
        assertEachCodedArticleWrittenOnce(out, missed);
    }

    /**
     * The articles sink holds each article ingest stored once, but the copies the job found (which it reports
     * instead of coding, as ingest does, but ingest also stores them as skipped articles).
     */
    private static void assertEachCodedArticleWrittenOnce(Path out, java.util.Map<String, String> missed)
            throws Exception {
        List<String> expected = new ArrayList<>();
        java.util.Properties readOnly = new java.util.Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + work.resolve("ingest.duckdb"), readOnly);
             Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("SELECT id FROM articles")) {
            while (rows.next()) {
                String id = rows.getString(1);
                if (!copyOriginals.containsKey(id) || missed.containsKey(id)) {
                    expected.add(id);
                }
            }
        }
        expected.sort(null);
        List<String> written = new ArrayList<>();
        readLines(out.resolve(SitrepFlinkJob.ARTICLES)).forEach(node -> written.add(node.get("id").asText()));
        written.sort(null);
        assertEquals(expected, written);
    }

    @Test
    void watchingAFolderCodesFilesAddedWhileTheJobRuns() throws Exception {
        Path watched = Files.createDirectories(work.resolve("watched"));
        Path out = work.resolve("out-watch");
        String first = addArticle(watched, "first.jsonl", "Trade", "France signed a trade agreement with Japan.");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        SitrepFlinkJob.build(env, new JobOptions(List.of(watched.toString()), out.toString(),
                Duration.ofMillis(500), null, Duration.ofMillis(500)));
        JobClient job = env.executeAsync("sitrep-watch");
        try {
            assertEquals(Set.of(first), waitForArticles(out, 1));
            String second = addArticle(watched, "second.jsonl", "Fishing",
                    "Kenya accused Egypt of violating the fishing agreement.");
            assertEquals(Set.of(first, second), waitForArticles(out, 2));
        } finally {
            job.cancel().get();
        }
    }

    /** Writes one article under a hidden name, then renames it, so the watcher never sees half a file. */
    private static String addArticle(Path folder, String name, String title, String text) throws IOException {
        Path hidden = folder.resolve("." + name);
        Files.writeString(hidden, "{\"title\": \"" + title + "\", \"text\": \"" + text
                + "\", \"date\": \"2026-03-05\"}\n");
        Files.move(hidden, folder.resolve(name), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return org.sitrep.model.Article.contentId(title, text);
    }

    /** The articles with published events once there are {@code count} of them, within a minute. */
    private static Set<String> waitForArticles(Path out, int count) throws Exception {
        Set<String> articles = new TreeSet<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            articles.clear();
            if (Files.isDirectory(out.resolve(SitrepFlinkJob.EVENTS))) {
                readLines(out.resolve(SitrepFlinkJob.EVENTS)).forEach(node -> articles.add(node.get("article_id").asText()));
            }
            if (articles.size() >= count) {
                return articles;
            }
            Thread.sleep(200);
        }
        return articles;
    }

    /** Fails the job once, at the fourth event one subtask sees; the restarted job must not fail again. */
    /**
     * Fails the job once, at the fourth event a subtask sees after a checkpoint completed, so that the restarted
     * job resumes from that checkpoint (sources, near-copy bands, merge state and sinks) rather than from
     * nothing; the restarted job must not fail again.
     */
    static final class FailOnce implements MapFunction<DayLine, DayLine>,
            org.apache.flink.api.common.state.CheckpointListener {
        private static final long serialVersionUID = 1L;
        static final AtomicBoolean FAILED = new AtomicBoolean();
        private boolean checkpointed;
        private int seen;

        @Override
        public DayLine map(DayLine line) {
            if (checkpointed && ++seen == 4 && FAILED.compareAndSet(false, true)) {
                throw new IllegalStateException("injected failure");
            }
            return line;
        }

        @Override
        public void notifyCheckpointComplete(long checkpointId) {
            checkpointed = true;
        }
    }

    private static void runJob(Path out) throws Exception {
        runJob(out, UnaryOperator.identity());
    }

    private static JobExecutionResult runJob(Path out, UnaryOperator<DataStream<DayLine>> beforeEventsSink)
            throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        // A lateness longer than the corpus's span of dates: however the files are read, no article is late.
        SitrepFlinkJob.build(env, new JobOptions(List.of(input.toString()), out.toString(), null, null,
                Duration.ofMillis(500), JobOptions.DEFAULT_COPIES_REMEMBERED, 30, 3, 60), beforeEventsSink);
        // A name per run: the metrics reporter knows metrics by identifiers, which hold the job name.
        return env.execute("sitrep-it-" + out.getFileName());
    }

    private static List<JsonNode> readLines(Path folder) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            // A sink that got no record writes no folder (a run that found no copy).
            return nodes;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".jsonl")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    nodes.add(MAPPER.readTree(line));
                }
            }
        }
        return nodes;
    }

    private static String eventKey(String id, String articleId, String source, String code, String target) {
        return articleId + " " + source + " " + code + " " + target + " " + id;
    }

    private static String problemKey(Problem problem) {
        return problemKey(problem.kind().name(), problem.origin(), problem.message());
    }

    /** Which of two copies is reported depends on arrival order: a duplicate is known by the article it
     * copies, which its message names, not by its origin. */
    private static String problemKey(String kind, String origin, String message) {
        return kind + " " + (kind.equals("DUPLICATE") ? message : origin);
    }
}
