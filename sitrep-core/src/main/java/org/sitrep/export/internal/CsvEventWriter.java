package org.sitrep.export.internal;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.export.EventWriter;
import java.util.Locale;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Location;
import org.sitrep.model.Place;
import org.sitrep.store.StoredEvent;

/**
 * RFC 4180 CSV: a header row, then one row per event with the {@link org.sitrep.export.EventJson} fields
 * flattened ({@code source.code} becomes {@code source_code}). Rows end in CRLF as the RFC says; fields
 * holding a comma, quote or line break are quoted, quotes doubled. A missing value is an empty field.
 */
public final class CsvEventWriter extends OutputLines implements EventWriter {

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("id", "article_id", "date", "sentence_index",
            "source_code", "source_name", "source_entry", "source_begin", "source_end", "source_text",
            "target_code", "target_name", "target_entry", "target_begin", "target_end", "target_text",
            "cameo_code", "base_code", "root_code", "goldstein", "quad_class", "sentence",
            "evidence_begin", "evidence_end", "evidence_text", "trigger_begin", "trigger_end", "trigger_text",
            "rule", "url", "article_title", "event_date", "date_precision", "date_basis", "date_expression",
            "geo_feature_id", "geo_name", "geo_fullname", "geo_country_code", "geo_adm1_code", "geo_lat",
            "geo_long", "geo_basis");

    private boolean headerWritten;

    public CsvEventWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(StoredEvent stored) {
        writeHeaderOnce();
        Event event = stored.event();
        boolean hasTarget = event.target() != null;
        List<String> values = new ArrayList<>(COLUMNS.size());
        values.add(event.id());
        values.add(event.articleId());
        values.add(stored.date() == null ? "" : stored.date().toString());
        values.add(Integer.toString(event.sentence()));
        values.add(event.source().code());
        values.add(event.source().name());
        values.add(event.source().entry());
        values.add(Integer.toString(event.sourceSpan().begin()));
        values.add(Integer.toString(event.sourceSpan().end()));
        values.add(stored.sourceText());
        values.add(hasTarget ? event.target().code() : "");
        values.add(hasTarget ? event.target().name() : "");
        values.add(hasTarget ? event.target().entry() : "");
        values.add(hasTarget ? Integer.toString(event.targetSpan().begin()) : "");
        values.add(hasTarget ? Integer.toString(event.targetSpan().end()) : "");
        values.add(hasTarget ? stored.targetText() : "");
        values.add(event.cameoCode());
        values.add(event.baseCode());
        values.add(event.rootCode());
        values.add(Double.toString(event.goldstein()));
        values.add(Integer.toString(event.quadClass()));
        values.add(stored.sentenceText());
        values.add(Integer.toString(event.evidence().begin()));
        values.add(Integer.toString(event.evidence().end()));
        values.add(stored.evidenceText());
        values.add(Integer.toString(event.trigger().begin()));
        values.add(Integer.toString(event.trigger().end()));
        values.add(stored.triggerText());
        values.add(event.rule());
        values.add(stored.url());
        values.add(stored.articleTitle());
        EventDate date = event.date();
        values.add(date == null ? "" : date.date().toString());
        values.add(date == null ? "" : date.precision().name().toLowerCase(Locale.ROOT));
        values.add(date == null ? "" : date.basis().name().toLowerCase(Locale.ROOT));
        values.add(date == null ? "" : date.expression());
        Location location = event.location();
        Place place = location == null ? null : location.place();
        values.add(place == null ? "" : place.featureId());
        values.add(place == null ? "" : place.name());
        values.add(place == null ? "" : place.fullName());
        values.add(place == null ? "" : place.countryCode());
        values.add(place == null ? "" : place.admin1Code());
        values.add(place == null ? "" : Double.toString(place.latitude()));
        values.add(place == null ? "" : Double.toString(place.longitude()));
        values.add(location == null ? "" : location.basis().name().toLowerCase(Locale.ROOT));
        emitRecord(row(values));
    }

    /** A file without events still has its header, so it says what it is. */
    @Override
    void finish() {
        writeHeaderOnce();
    }

    private void writeHeaderOnce() {
        if (!headerWritten) {
            emit(row(COLUMNS));
            headerWritten = true;
        }
    }

    private static String row(List<String> values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(quote(values.get(i)));
        }
        return line.append("\r\n").toString();
    }

    public static String quote(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0
                && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
