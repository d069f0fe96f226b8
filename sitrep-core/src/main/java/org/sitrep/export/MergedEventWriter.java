package org.sitrep.export;

import java.io.Writer;
import java.time.Instant;
import org.sitrep.export.internal.GdeltMergedEventWriter;
import org.sitrep.store.StoredMergedEvent;

/**
 * Writes merged events as GDELT 2.0 Events rows, whose GLOBALEVENTIDs are those the
 * {@link MentionWriter GDELT Mentions rows} refer to. Write failures surface as
 * {@link org.sitrep.pipeline.EnvironmentException}. Not thread-safe.
 */
public interface MergedEventWriter extends AutoCloseable {

    /**
     * A writer for {@code out}, which the caller opened as UTF-8 and closes itself; {@code dateAdded} stands
     * in for the storing time of events whose founding article has none.
     */
    static MergedEventWriter gdelt(Writer out, Instant dateAdded) {
        return new GdeltMergedEventWriter(out, dateAdded);
    }

    void write(StoredMergedEvent event);

    /** How many rows were written so far; headers do not count. */
    long written();

    /** Flushes what was written; the output stream itself stays open. */
    @Override
    void close();
}
