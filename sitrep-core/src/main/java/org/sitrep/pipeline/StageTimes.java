package org.sitrep.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where the time goes: wall and CPU time per stage, summed over all threads, and how many tokens were
 * tagged and parsed out of all tokens. A {@link Pipeline#timed timed pipeline} records its stages here; the
 * batch's store writes and the merge are recorded by whoever runs them. Thread-safe; recording costs two
 * clock reads per stage.
 */
public final class StageTimes {

    /** The stages, in the order an article meets them. */
    public enum Stage { SEGMENT, TAG, PARSE, RESOLVE, CODE, SITUATE, STORE, MERGE }

    /** A copy of the figures at one moment. */
    public record Snapshot(Map<Stage, Long> wallNanos, Map<Stage, Long> cpuNanos, long tokens, long taggedTokens,
                           long parsedTokens) {

        public Snapshot {
            wallNanos = Map.copyOf(wallNanos);
            cpuNanos = Map.copyOf(cpuNanos);
        }

        public long totalWallNanos() {
            return wallNanos.values().stream().mapToLong(Long::longValue).sum();
        }

        public long totalCpuNanos() {
            return cpuNanos.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU_TIME = THREADS.isCurrentThreadCpuTimeSupported();

    private final Map<Stage, LongAdder> wall = new EnumMap<>(Stage.class);
    private final Map<Stage, LongAdder> cpu = new EnumMap<>(Stage.class);
    private final LongAdder tokens = new LongAdder();
    private final LongAdder tagged = new LongAdder();
    private final LongAdder parsed = new LongAdder();

    public StageTimes() {
        for (Stage stage : Stage.values()) {
            wall.put(stage, new LongAdder());
            cpu.put(stage, new LongAdder());
        }
    }

    public void add(Stage stage, long wallNanos, long cpuNanos) {
        wall.get(stage).add(wallNanos);
        cpu.get(stage).add(cpuNanos);
    }

    public void addTokens(long all, long taggedTokens, long parsedTokens) {
        tokens.add(all);
        tagged.add(taggedTokens);
        parsed.add(parsedTokens);
    }

    public Snapshot snapshot() {
        Map<Stage, Long> wallCopy = new EnumMap<>(Stage.class);
        Map<Stage, Long> cpuCopy = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            wallCopy.put(stage, wall.get(stage).sum());
            cpuCopy.put(stage, cpu.get(stage).sum());
        }
        return new Snapshot(wallCopy, cpuCopy, tokens.sum(), tagged.sum(), parsed.sum());
    }

    /** A running lap on the current thread: {@link #lap} charges the time since the last lap to a stage. */
    public Lap start() {
        return new Lap();
    }

    /** Charges stretches of one thread's time to stages. Not thread-safe: one thread, one lap. */
    public final class Lap {
        private long wallMark = System.nanoTime();
        private long cpuMark = cpuNow();

        private Lap() {
        }

        /** Charges the time since the previous call (or the start) to {@code stage}. */
        public void lap(Stage stage) {
            long wallNow = System.nanoTime();
            long cpuNow = cpuNow();
            add(stage, wallNow - wallMark, cpuNow - cpuMark);
            wallMark = wallNow;
            cpuMark = cpuNow;
        }
    }

    private static long cpuNow() {
        return CPU_TIME ? THREADS.getCurrentThreadCpuTime() : 0;
    }
}
