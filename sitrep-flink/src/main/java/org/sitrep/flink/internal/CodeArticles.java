package org.sitrep.flink.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MeterView;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.sitrep.export.EventJson;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.Problem;
import org.sitrep.pipeline.Input;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.store.StoredEvent;

/**
 * Codes each {@link InputCodec encoded} input with the TaskManager's {@link SharedPipeline}: events (in
 * {@link EventJson}'s shape) go to the main output, every problem (unreadable records, skipped articles,
 * coding notes) to the {@link #PROBLEMS} side output. Nothing an article does fails the job: a failure while
 * coding becomes a {@link Problem.Kind#FAILURE} problem, as in {@code sitrep ingest}.
 *
 * <p>Metrics per subtask: {@code articles}, {@code events}, {@code problems} counters, {@code articlesPerSecond}
 * and {@code eventsPerSecond} meters, and one {@code problems_KIND} counter per problem kind met.
 */
public final class CodeArticles extends ProcessFunction<String, DayLine> {

    private static final long serialVersionUID = 1L;

    /** Problems, as JSON lines. */
    public static final OutputTag<DayLine> PROBLEMS = new OutputTag<>("problems") {
        private static final long serialVersionUID = 1L;
    };

    /** The events of each article, by merge partition, for {@link MergeEvents}. */
    public static final OutputTag<MergeInput> MERGE = new OutputTag<>("merge") {
        private static final long serialVersionUID = 1L;
    };

    /** One line per coded article (skipped ones too), with the columns of a store's {@code articles} table. */
    public static final OutputTag<DayLine> ARTICLES = new OutputTag<>("articles") {
        private static final long serialVersionUID = 1L;
    };

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private transient Pipeline pipeline;
    private transient Counter articles;
    private transient Counter events;
    private transient Counter problems;
    private transient MetricGroup problemKinds;
    private transient Map<Problem.Kind, Counter> byKind;
    /** When this job coded its first and last article (wall clock, ms), for articles per second without the
     * models' loading; accumulators, so a finished job still reports them. */
    private transient org.apache.flink.api.common.accumulators.LongMinimum firstCoded;
    private transient org.apache.flink.api.common.accumulators.LongMaximum lastCoded;
    private transient org.apache.flink.api.common.accumulators.LongCounter coded;

    /** Accumulator names: articles coded, and the wall-clock times of the first and last. */
    public static final String CODED = "coded-articles";
    public static final String FIRST_CODED_MS = "first-coded-ms";
    public static final String LAST_CODED_MS = "last-coded-ms";

    @Override
    public void open(OpenContext context) {
        pipeline = SharedPipeline.get();
        MetricGroup metrics = getRuntimeContext().getMetricGroup();
        articles = metrics.counter("articles");
        events = metrics.counter("events");
        problems = metrics.counter("problems");
        metrics.meter("articlesPerSecond", new MeterView(articles));
        metrics.meter("eventsPerSecond", new MeterView(events));
        problemKinds = metrics.addGroup("problemsByKind");
        byKind = new EnumMap<>(Problem.Kind.class);
        firstCoded = new org.apache.flink.api.common.accumulators.LongMinimum();
        lastCoded = new org.apache.flink.api.common.accumulators.LongMaximum();
        coded = new org.apache.flink.api.common.accumulators.LongCounter();
        getRuntimeContext().addAccumulator(FIRST_CODED_MS, firstCoded);
        getRuntimeContext().addAccumulator(LAST_CODED_MS, lastCoded);
        getRuntimeContext().addAccumulator(CODED, coded);
    }

    @Override
    public void processElement(String encoded, Context context, Collector<DayLine> out) {
        Input input = InputCodec.decode(encoded);
        articles.inc();
        if (input instanceof Input.Unreadable unreadable) {
            emitProblem(unreadable.problem(), null, context);
            return;
        }
        Input.Readable readable = (Input.Readable) input;
        long start = System.currentTimeMillis();
        CodedArticle coded = code(pipeline, readable);
        firstCoded.add(start);
        lastCoded.add(System.currentTimeMillis());
        this.coded.add(1L);
        String day = dayOf(coded.article());
        for (Event event : coded.events()) {
            out.collect(new DayLine(day, eventLine(coded, event)));
            events.inc();
        }
        context.output(ARTICLES, new DayLine(day, articleLine(coded)));
        for (Problem problem : coded.problems()) {
            emitProblem(problem, coded.article(), context);
        }
        for (MergeInput part : MergeCodec.inputs(coded)) {
            context.output(MERGE, part);
        }
    }

    /** Codes one article; a failure stops only this article, which comes back skipped with the cause. */
    static CodedArticle code(Pipeline pipeline, Input.Readable readable) {
        Article article = readable.article();
        try {
            return pipeline.process(article, readable.problems());
        } catch (RuntimeException e) {
            String cause = e.getCause() == null ? "" : " (" + e.getCause() + ")";
            List<Problem> problems = new ArrayList<>(readable.problems());
            problems.add(new Problem(Problem.Kind.FAILURE, article.origin(), e + cause));
            return CodedArticle.skipped(article, problems);
        }
    }

    /**
     * An event as {@link EventJson} writes it, plus a {@code store} object with what a store's {@code events}
     * table holds beyond it ({@code sentence_begin}, {@code geo_type}, {@code geo_country_name},
     * {@code geo_population}), so that {@code sitrep load} fills every column as {@code sitrep ingest} does.
     */
    static String eventLine(CodedArticle coded, Event event) {
        ObjectNode node;
        try {
            node = (ObjectNode) MAPPER.readTree(EventJson.toJson(StoredEvent.of(coded, event)));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("EventJson wrote JSON Jackson cannot read", e);
        }
        ObjectNode store = node.putObject("store");
        store.put("sentence_begin", coded.sentences().get(event.sentence()).span().begin());
        if (event.location() == null) {
            store.putNull("geo_type");
            store.putNull("geo_country_name");
            store.putNull("geo_population");
        } else {
            org.sitrep.model.Place place = event.location().place();
            store.put("geo_type", place.gdeltType());
            store.put("geo_country_name", place.countryName());
            store.put("geo_population", place.population());
        }
        return node.toString();
    }

    /** An article as a row of a store's {@code articles} table (without {@code ingested_at}, set on loading). */
    static String articleLine(CodedArticle coded) {
        Article article = coded.article();
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", article.id());
        node.put("title", article.title());
        node.put("date", article.date() == null ? null : article.date().toString());
        node.put("source", article.source());
        node.put("url", article.url());
        node.put("origin", article.origin());
        node.put("sentence_count", coded.sentences().size());
        node.put("token_count", coded.tokenCount());
        node.put("event_count", coded.events().size());
        node.put("skipped", coded.wasSkipped());
        return node.toString();
    }

    private void emitProblem(Problem problem, Article article, Context context) {
        context.output(PROBLEMS, problemLine(problem, article));
        problems.inc();
        byKind.computeIfAbsent(problem.kind(), kind -> problemKinds.counter(kind.name())).inc();
    }

    /** A problem as a JSON line: {@code article_id} (or null), {@code kind}, {@code fatal}, {@code origin},
     * {@code message}, {@code date} (the article's, or null). */
    static DayLine problemLine(Problem problem, Article article) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("article_id", article == null ? null : article.id());
        node.put("kind", problem.kind().name());
        node.put("fatal", problem.kind().fatal());
        node.put("origin", problem.origin());
        node.put("message", problem.message());
        node.put("date", article == null || article.date() == null ? null : article.date().toString());
        return new DayLine(article == null ? DayLine.UNDATED : dayOf(article), node.toString());
    }

    private static String dayOf(Article article) {
        return article.date() == null ? DayLine.UNDATED : article.date().toString();
    }
}
