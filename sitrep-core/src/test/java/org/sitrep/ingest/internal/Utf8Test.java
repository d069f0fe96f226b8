package org.sitrep.ingest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8Test {

    @Test
    void decodesValidTextWithoutComplaint() {
        Utf8.Decoded decoded = Utf8.decode("Zürich – 東京 🙂".getBytes(StandardCharsets.UTF_8));
        assertEquals("Zürich – 東京 🙂", decoded.text());
        assertFalse(decoded.broken());
    }

    @Test
    void replacesEachBrokenSequenceAndSaysSo() {
        byte[] bytes = {'a', (byte) 0xE9, 'b', (byte) 0xF0, (byte) 0x9F, 'c', (byte) 0xC3};
        Utf8.Decoded decoded = Utf8.decode(bytes);
        assertTrue(decoded.broken());
        assertEquals("a\uFFFDb\uFFFDc\uFFFD", decoded.text());
    }

    @Test
    void dropsByteOrderMark() {
        assertEquals("text", Utf8.decode("\uFEFFtext".getBytes(StandardCharsets.UTF_8)).text());
    }

    @Test
    void tellsBinaryFromText() {
        assertFalse(Utf8.looksBinary("An ordinary line.\n\tIndented line.\f"));
        assertTrue(Utf8.looksBinary("\u0001\u0002\u0003\u0004abc"));
        assertTrue(Utf8.looksBinary("\uFFFD\uFFFD\uFFFDab"));
        assertFalse(Utf8.looksBinary("Caf\uFFFD owners in Sal\uFFFD"), "a few broken letters are still text");
        assertFalse(Utf8.looksBinary(""));
        assertTrue(Utf8.hasNul(new byte[] {'a', 0}, 0, 2));
        assertFalse(Utf8.hasNul(new byte[] {'a', 0}, 0, 1));
    }
}
