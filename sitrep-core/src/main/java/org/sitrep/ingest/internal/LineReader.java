package org.sitrep.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads byte lines with a cap on their length: a line longer than the cap is skipped to its end without
 * being kept, so one enormous record cannot exhaust memory. Lines end at {@code \n}, {@code \r\n} or a lone
 * {@code \r} (old Mac files).
 */
public final class LineReader {

    private final InputStream in;
    private final int maxBytes;
    private final byte[] buffer = new byte[65_536];
    private int position;
    private int limit;
    private byte[] line = new byte[1024];
    private long lineNumber;
    /** The last line ended at a CR: a LF right after it belongs to that line end. */
    private boolean afterCr;

    public LineReader(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** One line. {@code bytes} is only valid until the next call. */
    public record Line(long number, byte[] bytes, int length, long fullLength) {

        /** Whether the line was longer than the cap; then {@code bytes} holds only its start. */
        public boolean truncated() {
            return fullLength > length;
        }
    }

    /** The next line, or {@code null} at the end of the stream. */
    public Line next() throws IOException {
        int length = 0;
        long fullLength = 0;
        boolean sawAny = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!sawAny) {
                        return null;
                    }
                    break;
                }
            }
            if (afterCr) {
                afterCr = false;
                if (buffer[position] == '\n') {
                    position++;
                    continue;
                }
            }
            sawAny = true;
            int start = position;
            while (position < limit && buffer[position] != '\n' && buffer[position] != '\r') {
                position++;
            }
            int chunk = position - start;
            fullLength += chunk;
            int kept = Math.min(chunk, Math.max(0, maxBytes - length));
            if (kept > 0) {
                ensureCapacity(length + kept);
                System.arraycopy(buffer, start, line, length, kept);
                length += kept;
            }
            if (position < limit) {
                afterCr = buffer[position] == '\r';
                position++;
                break;
            }
        }
        lineNumber++;
        return new Line(lineNumber, line, length, fullLength);
    }

    private void ensureCapacity(int needed) {
        if (needed > line.length) {
            line = Arrays.copyOf(line, Math.max(needed, Math.min(maxBytes, line.length * 2)));
        }
    }
}
