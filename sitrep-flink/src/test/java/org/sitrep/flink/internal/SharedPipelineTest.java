package org.sitrep.flink.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sitrep.pipeline.Pipeline;

class SharedPipelineTest {

    @Test
    void everyTaskSlotGetsThePipelineBuiltOnce() throws InterruptedException {
        AtomicInteger built = new AtomicInteger();
        Pipeline stub = new Pipeline(text -> null, sentence -> true, (segmented, tag, parse) -> null,
                (parsed, date) -> null, (resolved, id, problems) -> List.of());
        List<Pipeline> seen = Collections.synchronizedList(new ArrayList<>());
        List<Thread> slots = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread slot = new Thread(() -> seen.add(SharedPipeline.get(() -> {
                built.incrementAndGet();
                return stub;
            })));
            slots.add(slot);
            slot.start();
        }
        for (Thread slot : slots) {
            slot.join();
        }
        assertEquals(1, built.get());
        seen.forEach(pipeline -> assertSame(stub, pipeline));
    }
}
