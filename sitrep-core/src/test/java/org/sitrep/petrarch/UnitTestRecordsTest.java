package org.sitrep.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.petrarch.UnitTestRecords.Triple;

class UnitTestRecordsTest {

    private static final String RECORDS = """
            <Validation>
            <!-- invented records in PETRARCH's layout -->
            <Environment>
                <Verbfile>my.verbs.txt</Verbfile>
                <Actorfile>my.actors.txt</Actorfile>
            </Environment>
            <Sentences>
            <Sentence date="20030405" id="ONE-01" category="DEMO" sentence="true">
            <EventCoding sourcecode="VAL" targetcode="NUR" eventcode="064"></EventCoding>
            <EventCoding sourcecode="NUR" eventcode="023"></EventCoding>
            <Text>
            Valdoria restored   ties
            with Nur.
            </Text>
            <Parse>(ROOT (S (NP (NNP Valdoria))))</Parse>
            </Sentence>
            <Config option="require_dyad" value="False"></Config>
            <Config option="comma_min" value="4"></Config>
            <Sentence date="20030406" id="TWO-01" category="ERROR" sentence="true">
            <EventCoding error="storydiscard"></EventCoding>
            <Text>A hailstorm hit Valdoria.</Text>
            </Sentence>
            <Sentence date="20030407" id="THREE-01" category="DEMO" sentence="true">
            <EventCoding noevents="True"></EventCoding>
            <Text>Nothing happened.</Text>
            </Sentence>
            </Sentences>
            </Validation>
            """;

    private static UnitTestRecords parse(String xml) throws IOException {
        return UnitTestRecords.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsRecordsExpectedTriplesAndTheOptionsInForce() throws IOException {
        UnitTestRecords records = parse(RECORDS);
        assertEquals(3, records.records().size());
        UnitTestRecords.Record first = records.records().get(0);
        assertEquals("ONE-01", first.id());
        assertEquals(LocalDate.of(2003, 4, 5), first.date());
        assertEquals("Valdoria restored ties with Nur.", first.text());
        assertEquals(Set.of(new Triple("VAL", "064", "NUR"), new Triple("NUR", "023", "---")), first.expected());
        assertTrue(first.requireDyad());
        UnitTestRecords.Record second = records.records().get(1);
        assertFalse(second.requireDyad(), "a Config element changes the records after it");
        assertEquals("storydiscard", second.error());
        assertTrue(second.expected().isEmpty());
        assertTrue(records.records().get(2).expected().isEmpty());
        assertEquals("my.verbs.txt", records.files().get("Verbfile"));
        assertEquals(Set.of("comma_min"), records.ignoredOptions());
    }

    @Test
    void rejectsFilesThatAreNotRecords() {
        assertThrows(IllegalArgumentException.class, () -> parse("<Validation><Sentences>"));
        assertThrows(IllegalArgumentException.class, () -> parse("<Validation></Validation>"));
    }
}
