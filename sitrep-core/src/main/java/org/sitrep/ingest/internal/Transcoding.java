package org.sitrep.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Files in UTF-16 or UTF-32 that say so with a byte-order mark, turned into the UTF-8 every reader expects:
 * without this, their NUL bytes would have them taken for binary data. Other streams pass through as they
 * are, and a UTF-8 BOM is left for {@link Utf8} to drop.
 */
public final class Transcoding {

    private Transcoding() {
    }

    /** The stream as UTF-8 bytes, decoded from the encoding its byte-order mark names, if any. */
    public static InputStream toUtf8(InputStream in) throws IOException {
        PushbackInputStream pushback = new PushbackInputStream(in, 4);
        byte[] head = pushback.readNBytes(4);
        Charset charset = charsetOf(head);
        pushback.unread(head);
        if (charset == null) {
            return pushback;
        }
        // The decoder drops the BOM itself for UTF-16; UTF-32's comes out as U+FEFF, which Utf8 drops.
        return new Utf8Bytes(new InputStreamReader(pushback, charset));
    }

    /** The encoding a byte-order mark at the start of {@code head} names, or null. */
    static Charset charsetOf(byte[] head) {
        int b0 = head.length > 0 ? head[0] & 0xFF : -1;
        int b1 = head.length > 1 ? head[1] & 0xFF : -1;
        int b2 = head.length > 2 ? head[2] & 0xFF : -1;
        int b3 = head.length > 3 ? head[3] & 0xFF : -1;
        if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
            return Charset.forName("UTF-32LE");
        }
        if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
            return Charset.forName("UTF-32BE");
        }
        if (b0 == 0xFF && b1 == 0xFE) {
            return StandardCharsets.UTF_16;
        }
        if (b0 == 0xFE && b1 == 0xFF) {
            return StandardCharsets.UTF_16;
        }
        return null;
    }

    /** Characters of a reader, encoded as UTF-8 as they are asked for. */
    private static final class Utf8Bytes extends InputStream {
        private final Reader reader;
        private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        private final CharBuffer chars = CharBuffer.allocate(8192);
        private final ByteBuffer bytes = ByteBuffer.allocate(8192 * 3 + 16);
        private boolean ended;

        Utf8Bytes(Reader reader) {
            this.reader = reader;
            bytes.flip();
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            while (!bytes.hasRemaining()) {
                if (ended) {
                    return -1;
                }
                fill();
            }
            int n = Math.min(length, bytes.remaining());
            bytes.get(target, offset, n);
            return n;
        }

        private void fill() throws IOException {
            bytes.clear();
            int read = reader.read(chars);
            if (read < 0) {
                ended = true;
            }
            chars.flip();
            encoder.encode(chars, bytes, ended);
            if (ended) {
                encoder.flush(bytes);
            }
            chars.compact();
            bytes.flip();
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}
