package org.sitrep.export.internal;

import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sitrep.export.MentionWriter;
import org.sitrep.merge.EventMention;
import org.sitrep.store.StoredMention;

/**
 * GDELT 2.0 Mentions rows. GLOBALEVENTID is the merged event's id mapped to a number the way
 * {@link GdeltEventWriter} maps ids. sitrep knows days, not times, so both timestamps end in {@code 000000}.
 * Every mention is of type 1 (web). InRawText is 1 where the event's words were found in this article's text
 * (always for coded reports, for republished copies when the copy kept the sentence), and Confidence is 100
 * there, 50 for a copy whose sentence was not found again. Tone and translation are left empty.
 */
public final class GdeltMentionWriter extends OutputLines implements MentionWriter {

    /** GDELT 2.0's Mentions column names, in order. */
    public static final List<String> COLUMNS = List.of("GLOBALEVENTID", "EventTimeDate", "MentionTimeDate",
            "MentionType", "MentionSourceName", "MentionIdentifier", "SentenceID", "Actor1CharOffset",
            "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen", "MentionDocTone",
            "MentionDocTranslationInfo", "Extras");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT);

    public GdeltMentionWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(StoredMention stored) {
        emit(String.join("\t", row(stored)) + "\n");
    }

    /** The 16 fields of one mention. */
    public static String[] row(StoredMention stored) {
        EventMention mention = stored.mention();
        String[] fields = new String[COLUMNS.size()];
        Arrays.fill(fields, "");
        fields[0] = Long.toString(GdeltEventWriter.globalEventId(mention.mergedEventId()));
        fields[1] = timestamp(stored.eventDate());
        fields[2] = timestamp(mention.date());
        fields[3] = "1";
        fields[4] = mention.source();
        fields[5] = mention.url();
        fields[6] = Integer.toString(mention.sentence() + 1);
        fields[7] = Integer.toString(mention.actor1Offset());
        fields[8] = Integer.toString(mention.actor2Offset());
        fields[9] = Integer.toString(mention.actionOffset());
        boolean found = mention.actionOffset() >= 0;
        fields[10] = found ? "1" : "0";
        fields[11] = found ? "100" : "50";
        fields[12] = Integer.toString(stored.documentLength());
        for (int i = 0; i < fields.length; i++) {
            fields[i] = fields[i].replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
        }
        return fields;
    }

    private static String timestamp(LocalDate date) {
        return date == null ? "" : DAY.format(date) + "000000";
    }
}
