package org.sitrep.export;

import java.io.Writer;
import org.sitrep.export.internal.GdeltMentionWriter;
import org.sitrep.store.StoredMention;

/**
 * Writes reports of merged events as GDELT 2.0 Mentions rows: 16 tab-separated columns in GDELT's order, no
 * header. Write failures surface as {@link org.sitrep.pipeline.EnvironmentException}. Not thread-safe.
 */
public interface MentionWriter extends AutoCloseable {

    /** A writer for {@code out}, which the caller opened as UTF-8 and closes itself. */
    static MentionWriter gdelt(Writer out) {
        return new GdeltMentionWriter(out);
    }

    void write(StoredMention mention);

    /** How many rows were written so far; headers do not count. */
    long written();

    /** Flushes what was written; the output stream itself stays open. */
    @Override
    void close();
}
