package org.sitrep.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Location;
import org.sitrep.model.Place;
import org.sitrep.model.Span;
import org.sitrep.store.StoredEvent;

/**
 * The JSON object for one event, shared by {@code sitrep code} output and JSONL export. Fields come in a
 * fixed order: {@code id, article_id, date, sentence_index, source, target, cameo_code, base_code, root_code,
 * goldstein, quad_class, sentence, evidence, trigger, rule, url, article_title, event_date, location}. Actors are objects
 * {@code {code, name, entry, begin, end, text}}, {@code target} is {@code null} when the event has none;
 * {@code evidence} and {@code trigger} are {@code {begin, end, text}}. Offsets are UTF-16 code units of the
 * article text (see {@link Span}); {@code date} is the article's {@code YYYY-MM-DD} or {@code null}.
 * {@code event_date} is when the event happened, {@code {date, precision, basis, expression, begin, end}}, and
 * {@code location} where, {@code {feature_id, geonames_id, name, full_name, kind, country_code, adm1_code,
 * adm1_name, lat, lon, basis, begin, end}}; either is {@code null} when not known, and {@code begin} and
 * {@code end} are {@code null} when the choice rests on no words of the text.
 */
public final class EventJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private EventJson() {
    }

    /** One event as a single-line JSON object. */
    public static String toJson(StoredEvent stored) {
        StringWriter out = new StringWriter(512);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            write(json, stored);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return out.toString();
    }

    private static void write(JsonGenerator json, StoredEvent stored) throws IOException {
        Event event = stored.event();
        json.writeStartObject();
        json.writeStringField("id", event.id());
        json.writeStringField("article_id", event.articleId());
        if (stored.date() == null) {
            json.writeNullField("date");
        } else {
            json.writeStringField("date", stored.date().toString());
        }
        json.writeNumberField("sentence_index", event.sentence());
        json.writeFieldName("source");
        writeActor(json, event.source(), event.sourceSpan(), stored.sourceText());
        json.writeFieldName("target");
        if (event.target() == null) {
            json.writeNull();
        } else {
            writeActor(json, event.target(), event.targetSpan(), stored.targetText());
        }
        json.writeStringField("cameo_code", event.cameoCode());
        json.writeStringField("base_code", event.baseCode());
        json.writeStringField("root_code", event.rootCode());
        json.writeNumberField("goldstein", event.goldstein());
        json.writeNumberField("quad_class", event.quadClass());
        json.writeStringField("sentence", stored.sentenceText());
        json.writeFieldName("evidence");
        writeSpan(json, event.evidence(), stored.evidenceText());
        json.writeFieldName("trigger");
        writeSpan(json, event.trigger(), stored.triggerText());
        json.writeStringField("rule", event.rule());
        json.writeStringField("url", stored.url());
        json.writeStringField("article_title", stored.articleTitle());
        json.writeFieldName("event_date");
        writeDate(json, event.date());
        json.writeFieldName("location");
        writeLocation(json, event.location());
        json.writeEndObject();
    }

    private static void writeDate(JsonGenerator json, EventDate date) throws IOException {
        if (date == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        json.writeStringField("date", date.date().toString());
        json.writeStringField("precision", date.precision().name().toLowerCase(Locale.ROOT));
        json.writeStringField("basis", date.basis().name().toLowerCase(Locale.ROOT));
        json.writeStringField("expression", date.expression());
        writeOptionalSpan(json, date.span());
        json.writeEndObject();
    }

    private static void writeLocation(JsonGenerator json, Location location) throws IOException {
        if (location == null) {
            json.writeNull();
            return;
        }
        Place place = location.place();
        json.writeStartObject();
        json.writeStringField("feature_id", place.featureId());
        json.writeNumberField("geonames_id", place.geonameId());
        json.writeStringField("name", place.name());
        json.writeStringField("full_name", place.fullName());
        json.writeStringField("kind", place.kind().name().toLowerCase(Locale.ROOT));
        json.writeStringField("country_code", place.countryCode());
        json.writeStringField("adm1_code", place.admin1Code());
        json.writeStringField("adm1_name", place.admin1Name());
        json.writeNumberField("lat", place.latitude());
        json.writeNumberField("lon", place.longitude());
        json.writeStringField("basis", location.basis().name().toLowerCase(Locale.ROOT));
        writeOptionalSpan(json, location.span());
        json.writeEndObject();
    }

    private static void writeOptionalSpan(JsonGenerator json, Span span) throws IOException {
        if (span == null) {
            json.writeNullField("begin");
            json.writeNullField("end");
        } else {
            json.writeNumberField("begin", span.begin());
            json.writeNumberField("end", span.end());
        }
    }

    private static void writeActor(JsonGenerator json, Actor actor, Span span, String text) throws IOException {
        json.writeStartObject();
        json.writeStringField("code", actor.code());
        json.writeStringField("name", actor.name());
        json.writeStringField("entry", actor.entry());
        json.writeNumberField("begin", span.begin());
        json.writeNumberField("end", span.end());
        json.writeStringField("text", text);
        json.writeEndObject();
    }

    private static void writeSpan(JsonGenerator json, Span span, String text) throws IOException {
        json.writeStartObject();
        json.writeNumberField("begin", span.begin());
        json.writeNumberField("end", span.end());
        json.writeStringField("text", text);
        json.writeEndObject();
    }
}
