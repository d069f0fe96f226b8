package org.sitrep.export.internal;

import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.sitrep.export.MergedEventWriter;
import org.sitrep.store.StoredMergedEvent;

/**
 * GDELT 2.0 Events rows for merged events: the row {@link GdeltEventWriter} writes for the founding report,
 * with the merged event's id, actors and code, and its NumMentions, NumSources and NumArticles.
 */
public final class GdeltMergedEventWriter extends OutputLines implements MergedEventWriter {

    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("uuuuMMddHHmmss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final int NUM_MENTIONS = GdeltEventWriter.COLUMNS.indexOf("NumMentions");

    private final String dateAdded;

    public GdeltMergedEventWriter(Writer out, Instant dateAdded) {
        super(out);
        this.dateAdded = SECOND.format(dateAdded);
    }

    @Override
    public void write(StoredMergedEvent merged) {
        String[] fields = GdeltEventWriter.row(merged.event(), dateAdded);
        fields[NUM_MENTIONS] = Integer.toString(merged.numMentions());
        fields[NUM_MENTIONS + 1] = Integer.toString(merged.numSources());
        fields[NUM_MENTIONS + 2] = Integer.toString(merged.numArticles());
        emit(String.join("\t", fields) + "\n");
    }
}
