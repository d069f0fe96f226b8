package org.sitrep.export.internal;

import org.sitrep.actors.ActorCodeParts;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.coding.CameoCode;
import org.sitrep.coding.CameoTable;
import org.sitrep.export.EventWriter;
import org.sitrep.model.Actor;
import org.sitrep.model.Location;
import org.sitrep.model.Place;
import org.sitrep.model.Span;
import org.sitrep.store.StoredEvent;

/**
 * One PLOVER record per line, with the field names of the current PLOVER manual: {@code id, date, event, mode,
 * context, quad_code, actor, recipient, event_text, event_loc, text}, then sitrep's own {@code date_basis,
 * cameo_code, goldstein, rule, url, publisher, article_date}. {@code event}, {@code mode} and {@code context}
 * are lists; {@code actor} and {@code recipient} are lists of entity objects {@code {entity_text, code, sector,
 * known_group, religion, name, cameo}} split by {@link ActorCodeParts}, so a sector is never a country.
 * {@code date} is the day of the event ({@link EventDay}), never null. PLOVER names come from the CAMEO code
 * through the code table and {@link PloverVocabulary}; events whose code PLOVER does not map (statements 01x
 * and appeals 02x, which PLOVER drops) are not written. The JSON Schema is {@code docs/plover.schema.json}.
 */
public final class PloverEventWriter extends OutputLines implements EventWriter {

    private static final JsonFactory FACTORY = new JsonFactory();

    private final CameoTable table;
    private final Instant exported;
    private long skipped;

    public PloverEventWriter(Writer out, CameoTable table, Instant exported) {
        super(out);
        this.table = Objects.requireNonNull(table, "table");
        this.exported = Objects.requireNonNull(exported, "exported");
    }

    @Override
    public void write(StoredEvent stored) {
        Optional<CameoCode> code = table.find(stored.event().cameoCode());
        if (code.isEmpty() || !code.get().hasPlover()) {
            skipped++;
            return;
        }
        emitRecord(toJson(stored, code.get(), exported) + "\n");
    }

    /** How many events were left out because PLOVER has no type for their code. */
    public long skipped() {
        return skipped;
    }

    static String toJson(StoredEvent stored, CameoCode code, Instant exported) {
        var event = stored.event();
        PloverVocabulary vocabulary = PloverVocabulary.standard();
        EventDay day = EventDay.of(stored, exported);
        StringWriter out = new StringWriter(768);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("id", event.id());
            json.writeStringField("date", day.day().toString());
            json.writeArrayFieldStart("event");
            json.writeString(code.ploverEvent());
            json.writeEndArray();
            json.writeArrayFieldStart("mode");
            Optional<String> mode = vocabulary.mode(code);
            if (mode.isPresent()) {
                json.writeString(mode.get());
            }
            json.writeEndArray();
            json.writeArrayFieldStart("context");
            for (String context : vocabulary.contexts(code)) {
                json.writeString(context);
            }
            json.writeEndArray();
            json.writeNumberField("quad_code", vocabulary.quad(code.ploverEvent()));
            json.writeArrayFieldStart("actor");
            writeEntity(json, event.source(), stored.sourceText());
            json.writeEndArray();
            json.writeArrayFieldStart("recipient");
            if (event.target() != null) {
                writeEntity(json, event.target(), stored.targetText());
            }
            json.writeEndArray();
            json.writeStringField("event_text", ActorText.clean(stored.triggerText()));
            json.writeFieldName("event_loc");
            writeLocation(json, event.location(), stored);
            json.writeStringField("text", stored.sentenceText());
            json.writeStringField("date_basis", day.basis());
            json.writeStringField("cameo_code", event.cameoCode());
            json.writeNumberField("goldstein", event.goldstein());
            json.writeStringField("rule", event.rule());
            json.writeStringField("url", stored.url());
            json.writeStringField("publisher", stored.articleSource());
            if (stored.date() == null) {
                json.writeNullField("article_date");
            } else {
                json.writeStringField("article_date", stored.date().toString());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return out.toString();
    }

    private static void writeEntity(JsonGenerator json, Actor actor, String text) throws IOException {
        ActorCodeParts parts = ActorCodeParts.of(actor.code());
        json.writeStartObject();
        json.writeStringField("entity_text", ActorText.clean(text));
        writeOptional(json, "code", parts.country());
        json.writeArrayFieldStart("sector");
        for (String type : parts.types()) {
            json.writeString(type);
        }
        json.writeEndArray();
        writeOptional(json, "known_group", parts.knownGroup());
        json.writeArrayFieldStart("religion");
        for (String religion : new String[] {parts.religion1(), parts.religion2()}) {
            if (!religion.isEmpty()) {
                json.writeString(religion);
            }
        }
        json.writeEndArray();
        json.writeStringField("name", actor.name());
        json.writeStringField("cameo", actor.code());
        json.writeEndObject();
    }

    private static void writeOptional(JsonGenerator json, String field, String value) throws IOException {
        if (value.isEmpty()) {
            json.writeNullField(field);
        } else {
            json.writeStringField(field, value);
        }
    }

    /** {@code event_loc}: where the event happened, or null. */
    private static void writeLocation(JsonGenerator json, Location location, StoredEvent stored)
            throws IOException {
        if (location == null) {
            json.writeNull();
            return;
        }
        Place place = location.place();
        json.writeStartObject();
        String text = spanText(location.span(), stored);
        if (text == null) {
            json.writeNullField("loc_text");
        } else {
            json.writeStringField("loc_text", text);
        }
        json.writeStringField("name", place.name());
        json.writeStringField("full_name", place.fullName());
        json.writeStringField("feature_type", place.kind().name().toLowerCase(Locale.ROOT));
        json.writeStringField("country", iso3(place.countryCode()));
        json.writeStringField("admin1", place.admin1Name());
        json.writeNumberField("lat", place.latitude());
        json.writeNumberField("lon", place.longitude());
        if (place.geonameId() > 0) {
            json.writeNumberField("geonames_id", place.geonameId());
        } else {
            json.writeNullField("geonames_id");
        }
        json.writeStringField("basis", location.basis().name().toLowerCase(Locale.ROOT));
        json.writeEndObject();
    }

    /** The words of a span, from the sentence or the article; null when neither holds it. */
    static String spanText(Span span, StoredEvent stored) {
        if (span == null) {
            return null;
        }
        int from = span.begin() - stored.sentenceBegin();
        if (from >= 0 && span.end() - stored.sentenceBegin() <= stored.sentenceText().length()) {
            return stored.sentenceText().substring(from, span.end() - stored.sentenceBegin());
        }
        String article = stored.articleText();
        return article != null && span.end() <= article.length() ? article.substring(span.begin(), span.end())
                : null;
    }

    /** ISO 3166-1 alpha-3 for an alpha-2 code, as CAMEO writes countries; the alpha-2 code when unknown. */
    static String iso3(String iso2) {
        try {
            String iso3 = new Locale("", iso2).getISO3Country();
            return iso3.isEmpty() ? iso2 : iso3;
        } catch (MissingResourceException e) {
            return iso2;
        }
    }
}
