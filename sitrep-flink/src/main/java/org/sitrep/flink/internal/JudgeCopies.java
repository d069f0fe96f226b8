package org.sitrep.flink.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;
import org.sitrep.pipeline.Input;

/**
 * Holds each article (keyed by article id) until every one of its bands has answered, then lets it through to
 * be coded, or, when a band named an earlier article it copies, reports it as a republished copy: a
 * {@link Problem.Kind#DUPLICATE} problem, as {@code sitrep ingest} gives, and a line on the {@link #COPIES}
 * side output. Unreadable records and texts without words (no bands) pass at once. Counts {@code nearCopies}.
 */
public final class JudgeCopies extends KeyedCoProcessFunction<String, String, BandAnswer, String> {

    private static final long serialVersionUID = 1L;

    /** Republished copies: {@code article_id}, {@code original_id}, {@code jaccard}, {@code containment}, {@code date}. */
    public static final OutputTag<DayLine> COPIES = new OutputTag<>("copies") {
        private static final long serialVersionUID = 1L;
    };

    /** Republished copies for the merge, keyed by the article they copy (see {@link RouteCopies}). */
    public static final OutputTag<MergeInput> REPUBLISHED = new OutputTag<>("republished") {
        private static final long serialVersionUID = 1L;
    };

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private transient ValueState<String> article;
    private transient ValueState<Integer> expected;
    private transient ValueState<Integer> answers;
    private transient ValueState<BandAnswer> best;
    private transient Counter nearCopies;

    @Override
    public void open(OpenContext context) {
        article = getRuntimeContext().getState(new ValueStateDescriptor<>("article", Types.STRING));
        expected = getRuntimeContext().getState(new ValueStateDescriptor<>("expected", Types.INT));
        answers = getRuntimeContext().getState(new ValueStateDescriptor<>("answers", Types.INT));
        best = getRuntimeContext().getState(new ValueStateDescriptor<>("best", TypeInformation.of(BandAnswer.class)));
        nearCopies = getRuntimeContext().getMetricGroup().counter("nearCopies");
    }

    @Override
    public void processElement1(String encoded, Context context, Collector<String> out) throws Exception {
        if (!InputCodec.isReadable(encoded)) {
            out.collect(encoded);
            return;
        }
        Article readable = ((Input.Readable) InputCodec.decode(encoded)).article();
        int bands = NearCopies.bandKeys(NearCopies.sign(readable)).length;
        if (bands == 0) {
            out.collect(encoded);
            return;
        }
        article.update(encoded);
        expected.update(bands);
        decideIfComplete(context, out);
    }

    @Override
    public void processElement2(BandAnswer answer, Context context, Collector<String> out) throws Exception {
        Integer seen = answers.value();
        answers.update(seen == null ? 1 : seen + 1);
        if (answer.betterThan(best.value())) {
            best.update(answer);
        }
        decideIfComplete(context, out);
    }

    private void decideIfComplete(Context context, Collector<String> out) throws Exception {
        String encoded = article.value();
        Integer seen = answers.value();
        if (encoded == null || seen == null || seen < expected.value()) {
            return;
        }
        BandAnswer match = best.value();
        article.clear();
        expected.clear();
        answers.clear();
        best.clear();
        if (match == null || !match.matched()) {
            out.collect(encoded);
            return;
        }
        Input.Readable readable = (Input.Readable) InputCodec.decode(encoded);
        Article copy = readable.article();
        for (Problem problem : readable.problems()) {
            context.output(CodeArticles.PROBLEMS, CodeArticles.problemLine(problem, copy));
        }
        Problem duplicate = new Problem(Problem.Kind.DUPLICATE, copy.origin(), "republished copy of article "
                + match.matchedId + ": counted as a report of its events, not coded");
        context.output(CodeArticles.PROBLEMS, CodeArticles.problemLine(duplicate, copy));
        ObjectNode line = MAPPER.createObjectNode();
        line.put("article_id", copy.id());
        line.put("original_id", match.matchedId);
        line.put("jaccard", match.jaccard);
        line.put("containment", match.containment);
        line.put("date", copy.date() == null ? null : copy.date().toString());
        line.put("origin", copy.origin());
        context.output(COPIES, new DayLine(copy.date() == null ? DayLine.UNDATED : copy.date().toString(),
                line.toString()));
        context.output(REPUBLISHED, MergeCodec.copy(copy, match.matchedId));
        nearCopies.inc();
    }
}
