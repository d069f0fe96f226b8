package org.sitrep.ingest.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 decoding that replaces broken byte sequences with U+FFFD, as the JDK's lenient decoding does, but
 * also says whether it had to, so that the damage is reported rather than hidden. Also the test for bytes
 * that are not text at all.
 */
public final class Utf8 {

    /** Share of control or undecodable characters above which a text is taken for binary data. */
    public static final double BINARY_SHARE = 0.3;

    private static final int SAMPLE = 65_536;

    private Utf8() {
    }

    /** Decoded text, and whether any byte sequence had to be replaced. */
    public record Decoded(String text, boolean broken) {
    }

    public static Decoded decode(byte[] bytes, int offset, int length) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
        CharBuffer out = CharBuffer.allocate(length);
        boolean broken = false;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                broken = true;
                out.put('\uFFFD');
                in.position(in.position() + result.length());
            } else if (result.isOverflow()) {
                throw new IllegalStateException("UTF-8 never has more characters than bytes");
            } else {
                decoder.flush(out);
                break;
            }
        }
        out.flip();
        String text = out.toString();
        // A byte-order mark says nothing about the article; left in, it would shift every offset by one.
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return new Decoded(text, broken);
    }

    public static Decoded decode(byte[] bytes) {
        return decode(bytes, 0, bytes.length);
    }

    /** Whether the bytes hold a NUL, which no text file does. */
    public static boolean hasNul(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether decoded text looks like binary data: mostly control characters (other than line breaks, tabs
     * and form feeds) or replacement characters, judged on its first 64K characters.
     */
    public static boolean looksBinary(String text) {
        int checked = Math.min(text.length(), SAMPLE);
        if (checked == 0) {
            return false;
        }
        int suspicious = 0;
        for (int i = 0; i < checked; i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD' || c == 0 || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t'
                    && c != '\f')) {
                suspicious++;
            }
        }
        return suspicious > checked * BINARY_SHARE;
    }
}
