package org.sitrep.store;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A counter of the commits a writer made to a store that others in the same process read, so that what they
 * derived from it (a server's cached answers) can tell it is stale without asking the database. It only goes
 * up; it advances after each commit has become visible, so a reader that saw a number before querying never
 * gets data older than that number stands for.
 */
public final class DataVersion {

    private final AtomicLong commits = new AtomicLong();

    /** The number of commits so far. */
    public long current() {
        return commits.get();
    }

    /** Counts one commit; called after it, never before. */
    public void advance() {
        commits.incrementAndGet();
    }
}
