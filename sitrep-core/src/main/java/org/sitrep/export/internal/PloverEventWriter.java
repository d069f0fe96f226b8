package org.sitrep.export.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.coding.CameoCode;
import org.sitrep.coding.CameoTable;
import org.sitrep.export.EventWriter;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.store.StoredEvent;

/**
 * One PLOVER record per line, in the field layout of PLOVER's gold-standard records: {@code id, date, event,
 * mode, context, source, target, eventText, text}, then sitrep's own {@code cameo_code, rule, url}. Actors
 * are arrays of {@code {actorText, code, sector, cameo}}: the first three letters of the CAMEO code, the rest,
 * and the whole. {@code context} is an array, since PLOVER allows several. The PLOVER fields are mapped from
 * the CAMEO code at export time through the code table; events whose code PLOVER does not map (statements
 * 01x and appeals 02x, which PLOVER drops) are not written.
 */
public final class PloverEventWriter extends OutputLines implements EventWriter {

    private static final JsonFactory FACTORY = new JsonFactory();

    private final CameoTable table;
    private long skipped;

    public PloverEventWriter(Writer out, CameoTable table) {
        super(out);
        this.table = Objects.requireNonNull(table, "table");
    }

    @Override
    public void write(StoredEvent stored) {
        Optional<CameoCode> code = table.find(stored.event().cameoCode());
        if (code.isEmpty() || !code.get().hasPlover()) {
            skipped++;
            return;
        }
        emit(toJson(stored, code.get()) + "\n");
    }

    /** How many events were left out because PLOVER has no type for their code. */
    public long skipped() {
        return skipped;
    }

    static String toJson(StoredEvent stored, CameoCode code) {
        Event event = stored.event();
        StringWriter out = new StringWriter(512);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("id", event.id());
            if (stored.date() == null) {
                json.writeNullField("date");
            } else {
                json.writeStringField("date", stored.date().toString());
            }
            json.writeStringField("event", code.ploverEvent());
            json.writeStringField("mode", code.ploverMode());
            json.writeArrayFieldStart("context");
            for (String context : code.ploverContexts()) {
                json.writeString(context);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("source");
            writeActor(json, event.source(), stored.sourceText());
            json.writeEndArray();
            json.writeArrayFieldStart("target");
            if (event.target() != null) {
                writeActor(json, event.target(), stored.targetText());
            }
            json.writeEndArray();
            json.writeStringField("eventText", stored.triggerText());
            json.writeStringField("text", stored.sentenceText());
            json.writeStringField("cameo_code", event.cameoCode());
            json.writeStringField("rule", event.rule());
            json.writeStringField("url", stored.url());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return out.toString();
    }

    private static void writeActor(JsonGenerator json, Actor actor, String text) throws IOException {
        json.writeStartObject();
        json.writeStringField("actorText", text);
        String code = actor.code();
        json.writeStringField("code", code.length() >= 3 ? code.substring(0, 3) : code);
        json.writeStringField("sector", code.length() > 3 ? code.substring(3) : "");
        json.writeStringField("cameo", code);
        json.writeEndObject();
    }
}
