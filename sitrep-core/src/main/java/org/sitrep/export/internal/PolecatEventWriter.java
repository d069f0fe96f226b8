package org.sitrep.export.internal;

import org.sitrep.actors.ActorCodeParts;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.coding.CameoCode;
import org.sitrep.coding.CameoTable;
import org.sitrep.export.EventWriter;
import org.sitrep.model.Actor;
import org.sitrep.model.Place;
import org.sitrep.store.StoredEvent;

/**
 * Events in the shape of POLECAT's weekly files: a header row, then 40 tab-separated columns in POLECAT's
 * order, lines ended by {@code \n}. sitrep fills what it knows (the PLOVER coding, actors split by
 * {@link ActorCodeParts}, the place, the publisher and dates); the columns it has no source for (Intensity,
 * COW codes, titles, Wikipedia ids, story-level lists) are empty. Several values in one field are joined by
 * {@code ;}. Events PLOVER does not map (statements, appeals) are left out, as in the PLOVER export. See
 * {@code docs/formats.md}.
 */
public final class PolecatEventWriter extends OutputLines implements EventWriter {

    /** POLECAT's column names, in order. */
    public static final List<String> COLUMNS = List.of("Event ID", "Event Date", "Event Type", "Event Mode",
            "Intensity", "Quad Code", "Contexts", "Actor Name", "Actor Country", "Actor COW",
            "Primary Actor Sector", "Actor Sectors", "Actor Title", "Actor Name Raw", "Wikipedia Actor ID",
            "Recipient Name", "Recipient Country", "Recipient COW", "Primary Recipient Sector",
            "Recipient Sectors", "Recipient Title", "Recipient Name Raw", "Wikipedia Recipient ID", "Placename",
            "City", "District", "Province", "Country", "Latitude", "Longitude", "GeoNames ID", "Raw Placename",
            "Feature Type", "Source", "Publication Date", "Story People", "Story Organizations",
            "Story Locations", "Language", "Version");

    /** What the Version column says: the writer, not a POLECAT release. */
    public static final String VERSION = "sitrep";

    private final CameoTable table;
    private final Instant exported;
    private boolean headerWritten;

    public PolecatEventWriter(Writer out, CameoTable table, Instant exported) {
        super(out);
        this.table = Objects.requireNonNull(table, "table");
        this.exported = Objects.requireNonNull(exported, "exported");
    }

    @Override
    public void write(StoredEvent stored) {
        writeHeaderOnce();
        Optional<CameoCode> code = table.find(stored.event().cameoCode());
        if (code.isEmpty() || !code.get().hasPlover()) {
            return;
        }
        emitRecord(String.join("\t", row(stored, code.get(), exported)) + "\n");
    }

    @Override
    void finish() {
        writeHeaderOnce();
    }

    private void writeHeaderOnce() {
        if (!headerWritten) {
            emit(String.join("\t", COLUMNS) + "\n");
            headerWritten = true;
        }
    }

    static String[] row(StoredEvent stored, CameoCode code, Instant exported) {
        var event = stored.event();
        PloverVocabulary vocabulary = PloverVocabulary.standard();
        String[] fields = new String[COLUMNS.size()];
        Arrays.fill(fields, "");
        fields[0] = event.id();
        fields[1] = EventDay.of(stored, exported).day().toString();
        fields[2] = code.ploverEvent();
        fields[3] = vocabulary.mode(code).orElse("");
        fields[5] = Integer.toString(vocabulary.quad(code.ploverEvent()));
        fields[6] = String.join(";", vocabulary.contexts(code));
        putActor(fields, 7, event.source(), stored.sourceText());
        if (event.target() != null) {
            putActor(fields, 15, event.target(), stored.targetText());
        }
        if (event.location() != null) {
            Place place = event.location().place();
            fields[23] = place.name();
            fields[24] = place.kind() == Place.Kind.TOWN || place.kind() == Place.Kind.LOCALITY ? place.name() : "";
            fields[25] = place.kind() == Place.Kind.ADMIN2 ? place.name() : "";
            fields[26] = place.admin1Name();
            fields[27] = place.countryName();
            fields[28] = Double.toString(place.latitude());
            fields[29] = Double.toString(place.longitude());
            fields[30] = place.geonameId() > 0 ? Long.toString(place.geonameId()) : "";
            String raw = PloverEventWriter.spanText(event.location().span(), stored);
            fields[31] = raw == null ? "" : raw;
            fields[32] = place.kind().name().toLowerCase(Locale.ROOT);
        }
        fields[33] = stored.articleSource();
        fields[34] = stored.date() == null ? "" : stored.date().toString();
        fields[38] = "en";
        fields[39] = VERSION;
        for (int i = 0; i < fields.length; i++) {
            fields[i] = fields[i].replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
        }
        return fields;
    }

    /** Name, Country, COW, Primary Sector, Sectors, Title, Name Raw, Wikipedia ID from {@code at}. */
    private static void putActor(String[] fields, int at, Actor actor, String text) {
        ActorCodeParts parts = ActorCodeParts.of(actor.code());
        List<String> sectors = new ArrayList<>(parts.types());
        fields[at] = actor.name();
        fields[at + 1] = parts.country();
        fields[at + 3] = sectors.isEmpty() ? "" : sectors.get(0);
        fields[at + 4] = String.join(";", sectors);
        fields[at + 6] = ActorText.clean(text);
    }
}
