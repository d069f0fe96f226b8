package org.sitrep.flink.internal;

import java.time.Duration;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.sitrep.dedup.Signature;

/**
 * The articles seen in one LSH band (the stream is keyed by band key). For each probe it answers with the
 * best copy among the articles seen before it in this band that also come before it in
 * {@link NearCopies#order}, then remembers the probe. Entries expire after the time to live, so the state
 * holds the signatures of about that many days of articles, forty times over (one entry per band).
 */
public final class BandIndex extends KeyedProcessFunction<Long, BandProbe, BandAnswer> {

    private static final long serialVersionUID = 1L;

    private final Duration timeToLive;
    private transient MapState<String, BandProbe> seen;

    public BandIndex(Duration timeToLive) {
        if (timeToLive.isNegative() || timeToLive.isZero()) {
            throw new IllegalArgumentException("time to live must be positive: " + timeToLive);
        }
        this.timeToLive = timeToLive;
    }

    @Override
    public void open(OpenContext context) {
        MapStateDescriptor<String, BandProbe> descriptor = new MapStateDescriptor<>("band", Types.STRING,
                TypeInformation.of(BandProbe.class));
        descriptor.enableTimeToLive(StateTtlConfig.newBuilder(timeToLive).build());
        seen = getRuntimeContext().getMapState(descriptor);
    }

    @Override
    public void processElement(BandProbe probe, Context context, Collector<BandAnswer> out) throws Exception {
        Signature signature = Signature.of(probe.minima, probe.shingles);
        BandAnswer best = new BandAnswer(probe.articleId, "", "", 0, 0);
        for (Map.Entry<String, BandProbe> entry : seen.entries()) {
            BandProbe other = entry.getValue();
            if (other.articleId.equals(probe.articleId) || other.order.compareTo(probe.order) >= 0) {
                continue;
            }
            Signature otherSignature = Signature.of(other.minima, other.shingles);
            if (!NearCopies.isCopy(signature, otherSignature)) {
                continue;
            }
            BandAnswer candidate = new BandAnswer(probe.articleId, other.articleId, other.order,
                    signature.jaccard(otherSignature), signature.containment(otherSignature));
            if (candidate.betterThan(best)) {
                best = candidate;
            }
        }
        seen.put(probe.articleId, probe);
        out.collect(best);
    }
}
