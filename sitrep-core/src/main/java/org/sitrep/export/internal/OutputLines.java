package org.sitrep.export.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.Objects;
import org.sitrep.pipeline.EnvironmentException;

/** Writes text to the caller's stream, turning I/O failures into {@link EnvironmentException}s. */
abstract class OutputLines {

    private final Writer out;
    private boolean closed;
    private long records;

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

    /** Writes one record (a row, a JSON line) and counts it. */
    final void emitRecord(String text) {
        emit(text);
        records++;
    }

    /** How many records were written: rows or lines of data, headers not counted. */
    public final long written() {
        return records;
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
