package org.sitrep.app.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How {@code sitrep serve} runs.
 *
 * @param database       the event store, opened read-only
 * @param host           the address to listen on; loopback unless the analyst chooses otherwise
 * @param port           the port, or 0 for any free one
 * @param maxBodyBytes   largest request body accepted (a posted article), chunked or not
 * @param maxTextChars   longest text {@code POST /api/code} codes
 * @param sqlMaxRows     most rows the SQL endpoint returns
 * @param sqlMaxBytes    most bytes of JSON the SQL endpoint returns; rows beyond are cut as beyond the row limit
 * @param sqlTimeout     longest an SQL request may take, from its arrival to its last row
 * @param connections    database connections of the page's own queries, which {@code /api/sql} never takes
 * @param sqlQueries     analysts' SQL queries run at once, over all clients
 * @param sqlPerClient   SQL queries one client may run at once
 * @param codingThreads  articles coded at once
 * @param codingPerClient articles one client may have coded or waiting at once
 * @param token          a bearer token every request must carry, or {@code null} for none; required when the
 *                       host is not a loopback address
 */
public record ServerOptions(Path database, String host, int port, long maxBodyBytes, int maxTextChars,
                            int sqlMaxRows, long sqlMaxBytes, Duration sqlTimeout, int connections, int sqlQueries,
                            int sqlPerClient, int codingThreads, int codingPerClient, String token) {

    /** Shortest token accepted: a guessable token is no protection. */
    public static final int MIN_TOKEN_LENGTH = 16;

    public ServerOptions {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(sqlTimeout, "sqlTimeout");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0 to 65535: " + port);
        }
        if (maxBodyBytes < 1 || maxTextChars < 1 || sqlMaxRows < 1 || sqlMaxBytes < 1024 || connections < 1
                || sqlQueries < 1 || sqlPerClient < 1 || codingThreads < 1 || codingPerClient < 1) {
            throw new IllegalArgumentException("limits must be positive (and sqlMaxBytes at least 1024)");
        }
        if (sqlTimeout.isNegative() || sqlTimeout.isZero()) {
            throw new IllegalArgumentException("sqlTimeout must be positive: " + sqlTimeout);
        }
        if (token != null && (token.length() < MIN_TOKEN_LENGTH || !token.matches("[\\x21-\\x7e]+"))) {
            throw new IllegalArgumentException("a token needs at least " + MIN_TOKEN_LENGTH
                    + " printable characters and no spaces");
        }
        if (token == null && !isLoopback(host)) {
            throw new IllegalArgumentException("listening on " + host + " lets other machines in: give a token "
                    + "with --token or SITREP_TOKEN (at least " + MIN_TOKEN_LENGTH + " characters)");
        }
    }

    /**
     * Loopback, and limits that suit one analyst's machine: 256 KiB bodies, 1000 SQL rows or 4 MiB within
     * 10 s, SQL queries on half the cores at once and one per client, four articles per client in the coder's
     * queue.
     */
    public static ServerOptions of(Path database, int port) {
        // Analysts' SQL may keep half the cores busy at most; the page's queries always find one free.
        int cores = Runtime.getRuntime().availableProcessors();
        return new ServerOptions(database, "127.0.0.1", port, 256 * 1024, 100_000, 1000, 4L * 1024 * 1024,
                Duration.ofSeconds(10), Math.max(2, cores * 2), Math.max(1, cores / 2), 1, 1, 4, null);
    }

    /** Whether {@code host} names this machine only (a name that resolves to no address is not). */
    public static boolean isLoopback(String host) {
        try {
            InetAddress[] addresses = InetAddress.getAllByName(host);
            for (InetAddress address : addresses) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return addresses.length > 0;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    public ServerOptions withHost(String value) {
        return new ServerOptions(database, value, port, maxBodyBytes, maxTextChars, sqlMaxRows, sqlMaxBytes,
                sqlTimeout, connections, sqlQueries, sqlPerClient, codingThreads, codingPerClient, token);
    }

    public ServerOptions withSqlTimeout(Duration value) {
        return new ServerOptions(database, host, port, maxBodyBytes, maxTextChars, sqlMaxRows, sqlMaxBytes, value,
                connections, sqlQueries, sqlPerClient, codingThreads, codingPerClient, token);
    }

    public ServerOptions withSqlMaxBytes(long value) {
        return new ServerOptions(database, host, port, maxBodyBytes, maxTextChars, sqlMaxRows, value, sqlTimeout,
                connections, sqlQueries, sqlPerClient, codingThreads, codingPerClient, token);
    }

    /** The host and the token together, since a host other than loopback needs one. */
    public ServerOptions withHostAndToken(String hostValue, String tokenValue) {
        return new ServerOptions(database, hostValue, port, maxBodyBytes, maxTextChars, sqlMaxRows, sqlMaxBytes,
                sqlTimeout, connections, sqlQueries, sqlPerClient, codingThreads, codingPerClient, tokenValue);
    }
}
