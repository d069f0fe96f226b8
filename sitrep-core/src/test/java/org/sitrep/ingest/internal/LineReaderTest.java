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

    @Test
    void splitsOnLoneCarriageReturnsAsOldMacFilesEndLines() throws IOException {
        LineReader reader = new LineReader(new ByteArrayInputStream(
                "{\"a\": 1}\r{\"b\": 2}\r\r{\"c\": 3}\r".getBytes(StandardCharsets.UTF_8)), 100);
        assertEquals("{\"a\": 1}", text(reader.next()));
        assertEquals("{\"b\": 2}", text(reader.next()));
        assertEquals("", text(reader.next()));
        LineReader.Line last = reader.next();
        assertEquals("{\"c\": 3}", text(last));
        assertEquals(4, last.number());
        assertNull(reader.next());
    }

    @Test
    void aCrLfSplitByTheBufferEndsOneLineOnly() throws IOException {
        // The reader's buffer holds 65,536 bytes: the CR is its last byte, the LF the first of the next fill.
        String first = "x".repeat(65_535);
        LineReader reader = new LineReader(new ByteArrayInputStream(
                (first + "\r\nnext\r\n").getBytes(StandardCharsets.UTF_8)), 100_000);
        assertEquals(first, text(reader.next()));
        LineReader.Line next = reader.next();
        assertEquals("next", text(next));
        assertEquals(2, next.number());
        assertNull(reader.next());
    }
}
