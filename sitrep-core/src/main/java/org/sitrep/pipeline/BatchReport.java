package org.sitrep.pipeline;

import java.util.Map;
import java.util.TreeMap;
import org.sitrep.model.Problem;

/**
 * What a batch did. {@code read == coded + skipped} always holds, and the skipped count is the sum of
 * {@link #skippedByReason()}.
 *
 * @param read            inputs read, readable or not
 * @param coded           articles coded (with or without events)
 * @param skipped         inputs not coded
 * @param skippedByReason skipped inputs by the problem that stopped them
 * @param events          events coded
 * @param problems        problems recorded, fatal or not
 * @param tokens          tokens segmented
 * @param nanos           wall-clock time
 */
public record BatchReport(long read, long coded, long skipped, Map<Problem.Kind, Long> skippedByReason,
                          long events, long problems, long tokens, long nanos) {

    public BatchReport {
        skippedByReason = Map.copyOf(skippedByReason);
        long sum = skippedByReason.values().stream().mapToLong(Long::longValue).sum();
        if (read != coded + skipped || sum != skipped) {
            throw new IllegalArgumentException("counts do not add up: read " + read + ", coded " + coded
                    + ", skipped " + skipped + " " + skippedByReason);
        }
    }

    public double articlesPerSecond() {
        return nanos == 0 ? 0 : read * 1e9 / nanos;
    }

    public double tokensPerSecond() {
        return nanos == 0 ? 0 : tokens * 1e9 / nanos;
    }

    /** One line such as {@code read 10, coded 8, skipped 2 (EMPTY 1, DUPLICATE 1), events 31, problems 5}. */
    public String summary() {
        StringBuilder line = new StringBuilder();
        line.append("read ").append(read).append(", coded ").append(coded).append(", skipped ").append(skipped);
        if (!skippedByReason.isEmpty()) {
            line.append(" (");
            String separator = "";
            for (Map.Entry<Problem.Kind, Long> entry : new TreeMap<>(skippedByReason).entrySet()) {
                line.append(separator).append(entry.getKey()).append(' ').append(entry.getValue());
                separator = ", ";
            }
            line.append(')');
        }
        line.append(", events ").append(events).append(", problems ").append(problems);
        return line.toString();
    }
}
