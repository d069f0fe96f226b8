package org.sitrep.app.server.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** The headers every answer carries, Javalin's and Jetty's own alike. */
final class SecurityHeaders {

    static final Map<String, String> ALL;

    static {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        // The page loads nothing from elsewhere: no CDN, no tiles, no fonts.
        headers.put("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; "
                + "style-src 'self' 'unsafe-inline'; connect-src 'self'; frame-ancestors 'none'");
        ALL = Map.copyOf(headers);
    }

    private SecurityHeaders() {
    }
}
