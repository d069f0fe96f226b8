package org.sitrep.app.server.internal;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.UnauthorizedResponse;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may talk to the server, checked before any route or file: the {@code Host} a request names must be this
 * machine when the server listens on loopback (a page whose DNS name was rebound to 127.0.0.1 names its own
 * host and is refused); a request from a page of another origin is refused, which stops cross-site posts of
 * {@code text/plain} to {@code /api/code}; and when a token is set, every request carries it as a bearer token
 * or in the cookie that opening a page with {@code ?token=} sets.
 */
public final class Gate {

    static final String COOKIE = "sitrep_token";
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

    private final boolean loopback;
    private final String bindHost;
    private final byte[] token;

    /**
     * @param loopback whether the server listens on a loopback address only
     * @param bindHost the address it listens on, as given
     * @param token    the bearer token, or {@code null} for none
     */
    public Gate(boolean loopback, String bindHost, String token) {
        this.loopback = loopback;
        this.bindHost = Objects.requireNonNull(bindHost, "bindHost").toLowerCase(Locale.ROOT);
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    /** Throws a 403 or 401 answer for a request that may not pass; a token in the address becomes a cookie. */
    public void check(Context context) {
        String host = context.header("Host");
        if (host != null && loopback && !isLoopbackName(hostName(host))) {
            throw new ForbiddenResponse("this server answers requests for this machine only, not for host '"
                    + shorten(host) + "'");
        }
        String origin = context.header("Origin");
        if (origin != null && !sameOrigin(origin, host)) {
            throw new ForbiddenResponse("requests from pages of other sites are refused");
        }
        String site = context.header("Sec-Fetch-Site");
        if (origin == null && site != null && site.equals("cross-site") && !context.method().name().equals("GET")) {
            throw new ForbiddenResponse("requests from pages of other sites are refused");
        }
        if (token == null) {
            return;
        }
        String given = context.queryParam("token");
        if (given != null) {
            if (!matches(given)) {
                throw new UnauthorizedResponse("the token in the address is wrong");
            }
            // The token leaves the address (and the browser's history) for a cookie no other site gets.
            context.header("Set-Cookie", COOKIE + "=" + given + "; Path=/; HttpOnly; SameSite=Strict");
            context.header("Cache-Control", "no-store");
            context.redirect(context.path() + withoutToken(context.queryString()), HttpStatus.SEE_OTHER);
            context.skipRemainingHandlers();
            return;
        }
        String authorization = context.header("Authorization");
        boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && matches(authorization.substring(7).strip());
        String cookie = context.cookie(COOKIE);
        if (!bearer && !(cookie != null && matches(cookie))) {
            context.header("WWW-Authenticate", "Bearer realm=\"sitrep\"");
            throw new UnauthorizedResponse("this server needs its token: send 'Authorization: Bearer TOKEN', "
                    + "or open the page once with ?token=TOKEN");
        }
    }

    /** The query string without its token parameter, as {@code ?rest} or empty: filters in the address stay. */
    static String withoutToken(String query) {
        if (query == null) {
            return "";
        }
        String rest = Arrays.stream(query.split("&")).filter(part -> !part.equals("token")
                && !part.startsWith("token=")).collect(Collectors.joining("&"));
        return rest.isEmpty() ? "" : "?" + rest;
    }

    private boolean matches(String given) {
        return MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8));
    }

    private boolean isLoopbackName(String name) {
        return LOOPBACK_NAMES.contains(name) || name.equals(bindHost) || name.matches("127(\\.\\d{1,3}){3}")
                || name.endsWith(".localhost");
    }

    /** The host of a {@code Host} header, lower case, without its port; IPv6 literals keep their brackets. */
    static String hostName(String host) {
        String lower = host.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("[")) {
            int end = lower.indexOf(']');
            return end < 0 ? lower : lower.substring(0, end + 1);
        }
        int colon = lower.indexOf(':');
        return colon < 0 ? lower : lower.substring(0, colon);
    }

    private static boolean sameOrigin(String origin, String host) {
        if (host == null) {
            return false;
        }
        try {
            URI uri = new URI(origin);
            String scheme = uri.getScheme();
            if (uri.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
                return false;
            }
            String authority = uri.getRawAuthority().toLowerCase(Locale.ROOT);
            return authority.equals(host.strip().toLowerCase(Locale.ROOT));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String shorten(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "..." : value;
    }
}
