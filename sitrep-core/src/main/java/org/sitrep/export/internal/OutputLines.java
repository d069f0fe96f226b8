package org.sitrep.export.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.Objects;
import org.sitrep.pipeline.EnvironmentException;

/** Writes text to the caller's stream, turning I/O failures into {@link EnvironmentException}s. */
abstract class OutputLines {

    private final Writer out;
    private boolean closed;

    OutputLines(Writer out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    final void emit(String text) {
        if (closed) {
            throw new IllegalStateException("event writer is closed");
        }
        try {
            out.write(text);
        } catch (IOException e) {
            throw new EnvironmentException("cannot write events: " + e.getMessage(), e);
        }
    }

    /** Called once before the last flush, for formats that must write something even without events. */
    void finish() {
    }

    /** Flushes; the stream belongs to the caller, who closes it. */
    public final void close() {
        if (closed) {
            return;
        }
        finish();
        closed = true;
        try {
            out.flush();
        } catch (IOException e) {
            throw new EnvironmentException("cannot write events: " + e.getMessage(), e);
        }
    }
}
