package org.sitrep.flink.internal;

import java.time.Duration;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Sends each republished copy to every merge partition its original has events in, keyed by the original's
 * article id: the merge inputs of coded articles pass through and leave their partition in state; a copy is
 * sent to the partitions known and kept for those that come later. State lives for the time to live, as the
 * copies' index does. A copy whose original was itself a copy, or had no events, goes nowhere.
 */
public final class RouteCopies extends KeyedProcessFunction<String, MergeInput, MergeInput> {

    private static final long serialVersionUID = 1L;

    private final Duration timeToLive;
    private transient ListState<String> partitions;
    private transient ListState<MergeInput> copies;

    public RouteCopies(Duration timeToLive) {
        if (timeToLive.isNegative() || timeToLive.isZero()) {
            throw new IllegalArgumentException("time to live must be positive: " + timeToLive);
        }
        this.timeToLive = timeToLive;
    }

    @Override
    public void open(OpenContext context) {
        StateTtlConfig ttl = StateTtlConfig.newBuilder(timeToLive).build();
        ListStateDescriptor<String> partitionsDescriptor = new ListStateDescriptor<>("partitions", Types.STRING);
        partitionsDescriptor.enableTimeToLive(ttl);
        partitions = getRuntimeContext().getListState(partitionsDescriptor);
        ListStateDescriptor<MergeInput> copiesDescriptor = new ListStateDescriptor<>("copies",
                TypeInformation.of(MergeInput.class));
        copiesDescriptor.enableTimeToLive(ttl);
        copies = getRuntimeContext().getListState(copiesDescriptor);
    }

    /** The key: the article itself for a coded article, the article copied for a copy. */
    public static String keyOf(MergeInput input) {
        return input.isCopy() ? input.originalId : input.articleId;
    }

    @Override
    public void processElement(MergeInput input, Context context, Collector<MergeInput> out) throws Exception {
        if (input.isCopy()) {
            copies.add(input);
            for (String partition : partitions.get()) {
                out.collect(input.to(partition));
            }
            return;
        }
        out.collect(input);
        partitions.add(input.partition);
        for (MergeInput copy : copies.get()) {
            out.collect(copy.to(input.partition));
        }
    }
}
