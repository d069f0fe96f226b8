package org.sitrep.app.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples used heap on a daemon thread and keeps the largest value seen. Sampling misses short peaks between
 * samples, but unlike the memory pools' own peak counters it measures heap in use at one moment rather than
 * adding up each pool's separate maximum.
 */
public final class HeapSampler implements AutoCloseable {

    public static final long PERIOD_MILLIS = 50;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peak = new AtomicLong();
    private final Thread sampler;
    private volatile boolean running = true;

    private HeapSampler() {
        sample();
        sampler = new Thread(this::loop, "sitrep-heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    public static HeapSampler start() {
        return new HeapSampler();
    }

    private void loop() {
        while (running) {
            sample();
            try {
                Thread.sleep(PERIOD_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void sample() {
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
    }

    /** The largest heap in use seen so far, in bytes. */
    public long peakBytes() {
        sample();
        return peak.get();
    }

    /** The most heap the JVM may use ({@code -Xmx}), in bytes, or -1 when unbounded. */
    public long maxBytes() {
        return memory.getHeapMemoryUsage().getMax();
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
