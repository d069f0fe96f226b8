package org.sitrep.flink.internal;

import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;
import org.sitrep.dedup.Signature;
import org.sitrep.model.Article;
import org.sitrep.pipeline.Input;

/** Signs each readable article and sends one {@link BandProbe} per LSH band; unreadable records send none. */
public final class SignBands implements FlatMapFunction<String, BandProbe> {

    private static final long serialVersionUID = 1L;

    @Override
    public void flatMap(String encoded, Collector<BandProbe> out) {
        if (!InputCodec.isReadable(encoded)) {
            return;
        }
        Article article = ((Input.Readable) InputCodec.decode(encoded)).article();
        Signature signature = NearCopies.sign(article);
        int[] minima = signature.minima();
        String order = NearCopies.order(article);
        for (long band : NearCopies.bandKeys(signature)) {
            out.collect(new BandProbe(band, article.id(), order, minima, signature.shingleCount()));
        }
    }
}
