package org.sitrep.export.internal;

import java.io.Writer;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.export.MentionWriter;
import org.sitrep.export.Tone;
import org.sitrep.merge.EventMention;
import org.sitrep.store.StoredMention;

/**
 * GDELT 2.0 Mentions rows. GLOBALEVENTID is the merged event's id mapped to a number the way
 * {@link GdeltEventWriter} maps ids. EventTimeDate is the merged event's DATEADDED (the 15-minute batch in
 * which its founding report was stored) and MentionTimeDate the batch in which this report's article was
 * stored; stores that lack those times fall back to the dates at midnight. Every mention is of type 1 (web)
 * and MentionSourceName is the domain of its address, as GDELT writes it ({@code example.com}; the
 * publisher's name when there is no address). InRawText is 1 where the event's words were found in this
 * article's text (always for coded reports, for republished copies when the copy kept the sentence), and
 * Confidence is 100 there, 50 for a copy whose sentence was not found again. MentionDocTone is the article's
 * {@link Tone}. Translation and extras are left empty.
 */
public final class GdeltMentionWriter extends OutputLines implements MentionWriter {

    /** GDELT 2.0's Mentions column names, in order. */
    public static final List<String> COLUMNS = List.of("GLOBALEVENTID", "EventTimeDate", "MentionTimeDate",
            "MentionType", "MentionSourceName", "MentionIdentifier", "SentenceID", "Actor1CharOffset",
            "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen", "MentionDocTone",
            "MentionDocTranslationInfo", "Extras");

    private static final Pattern HOST = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://([^/:?#\\s]+)");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT);

    public GdeltMentionWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(StoredMention stored) {
        emitRecord(String.join("\t", row(stored)) + "\n");
    }

    /** The 16 fields of one mention. */
    public static String[] row(StoredMention stored) {
        EventMention mention = stored.mention();
        String[] fields = new String[COLUMNS.size()];
        Arrays.fill(fields, "");
        fields[0] = Long.toString(GdeltEventWriter.globalEventId(mention.mergedEventId()));
        fields[1] = stored.eventAddedAt() != null ? EventDay.batch(stored.eventAddedAt())
                : timestamp(stored.eventDate());
        fields[2] = stored.addedAt() != null ? EventDay.batch(stored.addedAt()) : timestamp(mention.date());
        fields[3] = "1";
        fields[4] = domain(mention.url()).orElse(mention.source());
        fields[5] = mention.url();
        fields[6] = Integer.toString(mention.sentence() + 1);
        fields[7] = Integer.toString(mention.actor1Offset());
        fields[8] = Integer.toString(mention.actor2Offset());
        fields[9] = Integer.toString(mention.actionOffset());
        boolean found = mention.actionOffset() >= 0;
        fields[10] = found ? "1" : "0";
        fields[11] = found ? "100" : "50";
        fields[12] = Integer.toString(stored.documentLength());
        if (stored.documentText() != null) {
            fields[13] = GdeltEventWriter.decimal(Tone.standard().score(stored.documentText()));
        }
        for (int i = 0; i < fields.length; i++) {
            fields[i] = fields[i].replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
        }
        return fields;
    }

    /** The host of a web address without a leading {@code www.}, lower case; empty when there is none. */
    public static Optional<String> domain(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String host;
        try {
            host = URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            Matcher matcher = HOST.matcher(url);
            host = matcher.find() ? matcher.group(1) : null;
        }
        if (host == null || host.isBlank()) {
            return Optional.empty();
        }
        host = host.toLowerCase(Locale.ROOT);
        return Optional.of(host.startsWith("www.") ? host.substring(4) : host);
    }

    private static String timestamp(LocalDate date) {
        return date == null ? "" : DAY.format(date) + "000000";
    }
}
