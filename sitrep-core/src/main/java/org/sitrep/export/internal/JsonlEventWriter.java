package org.sitrep.export.internal;

import java.io.Writer;
import org.sitrep.export.EventJson;
import org.sitrep.export.EventWriter;
import org.sitrep.store.StoredEvent;

/** One {@link EventJson} object per line, each line ended by {@code \n}. */
public final class JsonlEventWriter extends OutputLines implements EventWriter {

    public JsonlEventWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(StoredEvent event) {
        emitRecord(EventJson.toJson(event) + "\n");
    }
}
