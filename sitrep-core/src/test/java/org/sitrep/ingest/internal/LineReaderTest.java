package org.sitrep.ingest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineReaderTest {

    private static String text(LineReader.Line line) {
        return new String(line.bytes(), 0, line.length(), StandardCharsets.UTF_8);
    }

    @Test
    void splitsOnNewlinesAndDropsCarriageReturns() throws IOException {
        LineReader reader = new LineReader(new ByteArrayInputStream(
                "one\r\ntwo\n\nlast without newline".getBytes(StandardCharsets.UTF_8)), 100);
        assertEquals("one", text(reader.next()));
        LineReader.Line two = reader.next();
        assertEquals("two", text(two));
        assertEquals(2, two.number());
        assertEquals("", text(reader.next()));
        LineReader.Line last = reader.next();
        assertEquals("last without newline", text(last));
        assertEquals(4, last.number());
        assertNull(reader.next());
    }

    @Test
    void capsLongLinesAndGoesOnAfterThem() throws IOException {
        String longLine = "x".repeat(200_000);
        LineReader reader = new LineReader(new ByteArrayInputStream(
                ("short\n" + longLine + "\nafter\n").getBytes(StandardCharsets.UTF_8)), 1000);
        assertFalse(reader.next().truncated());
        LineReader.Line capped = reader.next();
        assertTrue(capped.truncated());
        assertEquals(1000, capped.length());
        assertEquals(200_000, capped.fullLength());
        assertTrue(capped.bytes().length < 4096, "the long line is not kept whole");
        LineReader.Line after = reader.next();
        assertEquals("after", text(after));
        assertEquals(3, after.number());
        assertNull(reader.next());
    }

    @Test
    void readsEmptyStreamAsNoLines() throws IOException {
        assertNull(new LineReader(new ByteArrayInputStream(new byte[0]), 10).next());
    }
}
