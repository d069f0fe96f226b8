package org.sitrep.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.export.internal.PloverVocabulary;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.Location;
import org.sitrep.store.CodedArticles;
import org.sitrep.store.StoredEvent;

/** PLOVER records against the JSON Schema written from the current manual, and the defects reported. */
class PloverExportTest {

    static final Path SCHEMA = Path.of("..", "docs", "plover.schema.json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant EXPORTED = Instant.parse("2026-01-02T03:04:05Z");

    private static List<StoredEvent> events() {
        CodedArticle attack = CodedArticles.titled("Fighters attack army post")
                .sentence("Islamic State fighters, in trucks, attacked Syrian troops near Douma.")
                .date(LocalDate.of(2023, 4, 11)).url("https://levant.example/1")
                .event(1, "Islamic State fighters,", "IMGMUSISI", "attacked", "Syrian troops", "SYRMIL", "190",
                        -10, 4)
                .build();
        Event located = attack.events().get(0).withLocationAndDate(
                new Location(ExportRoundTripTest.DOUMA, null, Location.Basis.ARTICLE_FOCUS), null);
        CodedArticle undated = CodedArticles.titled("Withdrawal demanded")
                .sentence("Norland's government demanded that Vallonian soldiers withdraw.")
                .event(1, "Norland's government", "NORGOV", "demanded", "Vallonian soldiers", "VALMIL", "106",
                        -5, 3)
                .event(1, "Norland's government", "NORGOV", "demanded", null, null, "020", 3, 1)
                .build();
        List<StoredEvent> events = new ArrayList<>();
        events.add(StoredEvent.of(attack, located));
        undated.events().forEach(e -> events.add(StoredEvent.of(undated, e)));
        return events;
    }

    private static List<JsonNode> export(List<StoredEvent> events, long[] written) throws Exception {
        StringWriter out = new StringWriter();
        try (EventWriter writer = EventWriter.create(ExportFormat.PLOVER, out, EXPORTED)) {
            events.forEach(writer::write);
            written[0] = writer.written();
        }
        List<JsonNode> records = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (!line.isEmpty()) {
                records.add(JSON.readTree(line));
            }
        }
        return records;
    }

    private static Schema schema() throws Exception {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(SCHEMA), InputFormat.JSON);
    }

    @Test
    void everyRecordValidatesAgainstTheSchemaOfTheCurrentManual() throws Exception {
        Schema schema = schema();
        long[] written = new long[1];
        List<JsonNode> records = export(events(), written);
        assertEquals(2, records.size(), "the appeal (020) is left out");
        for (JsonNode record : records) {
            List<Error> errors = schema.validate(record.toString(), InputFormat.JSON);
            assertEquals(List.of(), errors.stream().map(Error::toString).toList(), record.toString());
        }
        // The schema is not a rubber stamp: the 2016 draft's field names fail it.
        String old = "{\"id\":\"x\",\"date\":null,\"event\":\"ASSAULT\",\"source\":[],\"target\":[]}";
        assertFalse(schema.validate(old, InputFormat.JSON).isEmpty());
        JsonNode sectorAsCountry = JSON.readTree(records.get(0).toString()
                .replace("\"code\":null", "\"code\":\"IM\""));
        assertFalse(schema.validate(sectorAsCountry.toString(), InputFormat.JSON).isEmpty());
    }

    @Test
    void writtenCountIsTheNumberOfLines() throws Exception {
        long[] written = new long[1];
        List<JsonNode> records = export(events(), written);
        assertEquals(records.size(), written[0]);
        assertEquals(3, events().size());
    }

    @Test
    void dateIsTheEventsDayAndNeverNull() throws Exception {
        List<JsonNode> records = export(events(), new long[1]);
        assertEquals("2023-04-11", records.get(0).get("date").asText());
        assertEquals("article", records.get(0).get("date_basis").asText());
        JsonNode undated = records.get(1);
        assertEquals("2026-01-02", undated.get("date").asText(), "never stored: the export's day");
        assertEquals("exported", undated.get("date_basis").asText());
        assertTrue(undated.get("article_date").isNull());
    }

    @Test
    void actorsAreEntityListsWithSectorsOutOfTheCountrySlot() throws Exception {
        JsonNode attack = export(events(), new long[1]).get(0);
        JsonNode group = attack.get("actor").get(0);
        assertTrue(group.get("code").isNull(), group.toString());
        assertEquals("[\"IMG\"]", group.get("sector").toString());
        assertEquals("ISI", group.get("known_group").asText());
        assertEquals("Islamic State fighters", group.get("entity_text").asText(), "no trailing comma");
        JsonNode troops = attack.get("recipient").get(0);
        assertEquals("SYR", troops.get("code").asText());
        assertEquals("[\"MIL\"]", troops.get("sector").toString());
        assertEquals("[\"ASSAULT\"]", attack.get("event").toString());
        assertEquals(4, attack.get("quad_code").asInt());
        assertEquals("attacked", attack.get("event_text").asText());
        JsonNode place = attack.get("event_loc");
        assertEquals("Duma", place.get("name").asText());
        assertEquals("SYR", place.get("country").asText());
        assertEquals(170592, place.get("geonames_id").asLong());
    }

    @Test
    void demandWithdrawalIsARequestToYieldNotToMeet() throws Exception {
        JsonNode demand = export(events(), new long[1]).get(1);
        assertEquals("[\"REQUEST\"]", demand.get("event").toString());
        assertEquals("[\"yield\"]", demand.get("mode").toString());
        assertEquals("[\"military\"]", demand.get("context").toString());
        assertEquals(3, demand.get("quad_code").asInt());
    }

    @Test
    void contextsAreTheCurrentListsAndTheSchemaAgreesWithTheVocabulary() throws Exception {
        PloverVocabulary vocabulary = PloverVocabulary.standard();
        assertFalse(vocabulary.contexts().contains("humanitarian"));
        assertFalse(vocabulary.contexts().contains("democracy"));
        JsonNode schema = JSON.readTree(Files.readString(SCHEMA));
        JsonNode properties = schema.get("properties");
        assertEquals(new HashSet<>(vocabulary.eventTypes()),
                strings(properties.get("event").get("items").get("enum")));
        assertEquals(vocabulary.allModes(), strings(properties.get("mode").get("items").get("enum")));
        assertEquals(vocabulary.contexts(), strings(properties.get("context").get("items").get("enum")));
        // Every context any CAMEO code maps to is one of the current list.
        for (var code : org.sitrep.coding.CameoTable.standard().all()) {
            if (code.hasPlover()) {
                assertTrue(vocabulary.contexts().containsAll(vocabulary.contexts(code)), code.code());
            }
        }
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new HashSet<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }
}
