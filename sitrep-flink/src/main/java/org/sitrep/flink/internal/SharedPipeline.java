package org.sitrep.flink.internal;

import java.util.function.Supplier;
import org.sitrep.nlp.StandardPipeline;
import org.sitrep.pipeline.Pipeline;

/**
 * The one standard pipeline of this JVM (a TaskManager), built on first use: loading the CoreNLP models takes
 * seconds and a lot of memory, and {@link Pipeline} is thread-safe, so every task slot shares it.
 */
public final class SharedPipeline {

    private static volatile Pipeline pipeline;

    private SharedPipeline() {
    }

    public static Pipeline get() {
        return get(StandardPipeline::create);
    }

    static Pipeline get(Supplier<Pipeline> factory) {
        Pipeline local = pipeline;
        if (local == null) {
            synchronized (SharedPipeline.class) {
                local = pipeline;
                if (local == null) {
                    local = factory.get();
                    pipeline = local;
                }
            }
        }
        return local;
    }
}
