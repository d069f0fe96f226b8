package org.sitrep.flink.internal;

import java.time.Duration;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;
import org.sitrep.pipeline.Input;

/**
 * Drops exact copies, as the batch runner does: on a stream keyed by {@link InputCodec#keyOf content id}, an
 * article whose id was seen within the time to live is not coded again but reported as a
 * {@link Problem.Kind#DUPLICATE} on the {@link CodeArticles#PROBLEMS} side output, and counted in the
 * {@code copies} metric. Unreadable records pass.
 *
 * <p>Which copy counts as the first depends on arrival order, which parallel readers do not fix; the events
 * do not, since copies have the same text and so the same event ids.
 */
public final class DropCopies extends KeyedProcessFunction<String, String, String> {

    private static final long serialVersionUID = 1L;

    private final Duration timeToLive;
    private transient ValueState<Boolean> seen;
    private transient Counter copies;

    public DropCopies(Duration timeToLive) {
        if (timeToLive.isNegative() || timeToLive.isZero()) {
            throw new IllegalArgumentException("time to live must be positive: " + timeToLive);
        }
        this.timeToLive = timeToLive;
    }

    @Override
    public void open(OpenContext context) {
        ValueStateDescriptor<Boolean> descriptor = new ValueStateDescriptor<>("seen", Types.BOOLEAN);
        descriptor.enableTimeToLive(StateTtlConfig.newBuilder(timeToLive).build());
        seen = getRuntimeContext().getState(descriptor);
        copies = getRuntimeContext().getMetricGroup().counter("copies");
    }

    @Override
    public void processElement(String encoded, Context context, Collector<String> out) throws Exception {
        if (!InputCodec.isReadable(encoded)) {
            out.collect(encoded);
            return;
        }
        if (seen.value() == null) {
            seen.update(Boolean.TRUE);
            out.collect(encoded);
            return;
        }
        Article copy = ((Input.Readable) InputCodec.decode(encoded)).article();
        Problem duplicate = new Problem(Problem.Kind.DUPLICATE, copy.origin(),
                "same content as article " + copy.id() + ", stored before");
        context.output(CodeArticles.PROBLEMS, CodeArticles.problemLine(duplicate, copy));
        copies.inc();
    }
}
