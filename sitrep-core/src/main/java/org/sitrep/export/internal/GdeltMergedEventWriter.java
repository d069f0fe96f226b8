package org.sitrep.export.internal;

import java.io.Writer;
import java.time.Instant;
import org.sitrep.export.MergedEventWriter;
import org.sitrep.store.StoredMergedEvent;

/**
 * GDELT 2.0 Events rows for merged events: the row {@link GdeltEventWriter} writes for the founding report,
 * with the merged event's id, actors and code, and its NumMentions, NumSources and NumArticles. DATEADDED is
 * the batch in which the founding report was stored, the EventTimeDate its Mentions rows carry; AvgTone is
 * the founding report's article tone.
 */
public final class GdeltMergedEventWriter extends OutputLines implements MergedEventWriter {

    private static final int NUM_MENTIONS = GdeltEventWriter.COLUMNS.indexOf("NumMentions");

    private final Instant exported;

    /** {@code exported} stands in for the storing time of events whose founding article has none. */
    public GdeltMergedEventWriter(Writer out, Instant exported) {
        super(out);
        this.exported = exported;
    }

    @Override
    public void write(StoredMergedEvent merged) {
        String[] fields = GdeltEventWriter.row(merged.event(), exported);
        fields[NUM_MENTIONS] = Integer.toString(merged.numMentions());
        fields[NUM_MENTIONS + 1] = Integer.toString(merged.numSources());
        fields[NUM_MENTIONS + 2] = Integer.toString(merged.numArticles());
        emitRecord(String.join("\t", fields) + "\n");
    }
}
