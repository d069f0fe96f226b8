package org.sitrep.app.server.internal;

/**
 * One page of a list: at most {@code limit} items after skipping {@code offset}.
 */
public record Page(int limit, int offset) {

    /** Deep paging costs a scan of everything skipped; past this a filter serves better. */
    public static final int MAX_OFFSET = 1_000_000;

    public Page {
        if (limit < 1 || offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("bad page: limit " + limit + ", offset " + offset);
        }
    }
}
