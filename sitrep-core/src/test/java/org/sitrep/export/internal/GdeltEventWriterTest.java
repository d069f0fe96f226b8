package org.sitrep.export.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.actors.ActorCodePartsTest;
import org.sitrep.testing.SharedData;

class GdeltEventWriterTest {

    @Test
    void computesFractionDateAsGdeltDoes() throws IOException {
        assertEquals("2018.8055", GdeltEventWriter.fractionDate(LocalDate.of(2018, 10, 24)));
        assertEquals("2020.0027", GdeltEventWriter.fractionDate(LocalDate.of(2020, 1, 1)));
        int checked = 0;
        for (String line : Files.readAllLines(ActorCodePartsTest.gdeltSample(), StandardCharsets.UTF_8)) {
            String[] fields = line.split("\t", -1);
            LocalDate day = LocalDate.parse(fields[1], DateTimeFormatter.BASIC_ISO_DATE);
            assertEquals(fields[4], GdeltEventWriter.fractionDate(day), "SQLDATE " + fields[1]);
            checked++;
        }
        assertTrue(checked > 2000);
    }

    @Test
    void derivesDistinctFifteenDigitIdsFromEventIds() {
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            long id = GdeltEventWriter.globalEventId("event-" + i);
            assertTrue(id > 0);
            assertTrue(id < GdeltEventWriter.ID_LIMIT, "at most 15 digits: " + id);
            assertTrue(id <= (1L << 53) - 1, "exact as a JavaScript number: " + id);
            ids.add(id);
        }
        assertEquals(10_000, ids.size());
        assertEquals(GdeltEventWriter.globalEventId("a1b2c3"), GdeltEventWriter.globalEventId("a1b2c3"));
    }
}
