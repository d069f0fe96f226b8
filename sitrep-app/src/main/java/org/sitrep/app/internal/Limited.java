package org.sitrep.app.internal;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** The next {@code limit} items of an iterator, leaving the rest for whoever reads it next. */
public final class Limited<T> implements Iterator<T> {

    private final Iterator<? extends T> source;
    private long remaining;

    public Limited(Iterator<? extends T> source, long limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("negative limit " + limit);
        }
        this.source = source;
        this.remaining = limit;
    }

    @Override
    public boolean hasNext() {
        return remaining > 0 && source.hasNext();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        remaining--;
        return source.next();
    }
}
