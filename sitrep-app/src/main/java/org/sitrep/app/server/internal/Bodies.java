package org.sitrep.app.server.internal;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body up to a limit, however it is sent: a declared length over the limit is refused before
 * reading, and a chunked body is read only until it passes the limit.
 */
final class Bodies {

    private Bodies() {
    }

    /** The body's bytes; a 413 answer when it holds more than {@code max}. */
    static byte[] read(Context context, long max) {
        long declared = context.req().getContentLengthLong();
        if (declared > max) {
            throw tooLarge(max);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Math.max(declared, 1024), max));
        byte[] buffer = new byte[8192];
        try (InputStream in = context.req().getInputStream()) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                if (out.size() + (long) read > max) {
                    throw tooLarge(max);
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("the request body could not be read to its end", e);
        }
        return out.toByteArray();
    }

    private static HttpResponseException tooLarge(long max) {
        // The rest of the body stays unread; Jetty closes the connection after the answer.
        return new HttpResponseException(413, "the body is larger than the limit of " + max + " bytes");
    }
}
