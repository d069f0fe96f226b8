package org.sitrep.store.internal;

import java.sql.SQLException;
import java.util.Locale;

/**
 * Fault injection for the crash and disk-full harness ({@code bench/fault-harness.sh}) and the store's tests;
 * inert unless the environment variable {@code SITREP_FAULT} is set, which no user has reason to do.
 *
 * <p>{@code SITREP_FAULT=ACTION:POINT:N} acts the N-th time (counted from 1 in this process) the store
 * reaches POINT: {@code row} (a row handed to an appender), {@code article} (an article, copy or rejected
 * record handed to the store), {@code commit} (before a batch's COMMIT), {@code merge} (between clearing and
 * refilling the merged tables) or {@code checkpoint} (before the final CHECKPOINT). ACTION {@code halt} ends
 * the process at once, as {@code kill -9} would (exit status 137, no shutdown hooks, no DuckDB close);
 * {@code fail} throws the SQLException a full disk would.
 */
public final class Faults {

    private static boolean halt;
    private static String point;
    private static long at;
    private static long reached;

    static {
        arm(System.getenv("SITREP_FAULT"));
    }

    private Faults() {
    }

    /** Arms a fault as {@code SITREP_FAULT} would (null or blank disarms) and restarts the count. */
    public static synchronized void arm(String spec) {
        reached = 0;
        if (spec == null || spec.isBlank()) {
            point = null;
            return;
        }
        String[] parts = spec.trim().toLowerCase(Locale.ROOT).split(":");
        if (parts.length != 3 || !(parts[0].equals("halt") || parts[0].equals("fail"))) {
            throw new IllegalArgumentException("SITREP_FAULT must be ACTION:POINT:N with ACTION halt or fail, not "
                    + spec);
        }
        halt = parts[0].equals("halt");
        at = Long.parseLong(parts[2]);
        point = parts[1];
    }

    /**
     * Articles per committed batch: {@code fallback}, unless {@code SITREP_STORE_BATCH} asks for smaller
     * batches, so that the harness can crash a small corpus between commits.
     */
    public static int batchSize(int fallback) {
        String value = System.getenv("SITREP_STORE_BATCH");
        if (value == null || value.isBlank()) {
            return fallback;
        }
        int size = Integer.parseInt(value.strip());
        if (size < 1) {
            throw new IllegalArgumentException("SITREP_STORE_BATCH must be positive, not " + value);
        }
        return size;
    }

    /** Called by the store each time it reaches {@code where}. */
    public static void at(String where) throws SQLException {
        boolean act;
        synchronized (Faults.class) {
            if (point == null || !point.equals(where)) {
                return;
            }
            act = ++reached == at;
        }
        if (!act) {
            return;
        }
        if (halt) {
            Runtime.getRuntime().halt(137);
        }
        throw new SQLException("IO Error: simulated write failure at " + where + " " + at + " (SITREP_FAULT)");
    }
}
