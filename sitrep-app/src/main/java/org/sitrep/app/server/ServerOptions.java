package org.sitrep.app.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How {@code sitrep serve} runs.
 *
 * @param database      the event store, opened read-only
 * @param host          the address to listen on; loopback unless the analyst chooses otherwise
 * @param port          the port, or 0 for any free one
 * @param maxBodyBytes  largest request body accepted (a posted article)
 * @param maxTextChars  longest text {@code POST /api/code} codes
 * @param sqlMaxRows    most rows the SQL endpoint returns
 * @param sqlTimeout    longest an SQL query may run
 * @param connections   database connections, so at most this many queries run at once
 * @param codingThreads articles coded at once
 */
public record ServerOptions(Path database, String host, int port, long maxBodyBytes, int maxTextChars,
                            int sqlMaxRows, Duration sqlTimeout, int connections, int codingThreads) {

    public ServerOptions {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(sqlTimeout, "sqlTimeout");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0 to 65535: " + port);
        }
        if (maxBodyBytes < 1 || maxTextChars < 1 || sqlMaxRows < 1 || connections < 1 || codingThreads < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
        if (sqlTimeout.isNegative() || sqlTimeout.isZero()) {
            throw new IllegalArgumentException("sqlTimeout must be positive: " + sqlTimeout);
        }
    }

    /** Loopback, and limits that suit one analyst's machine: 256 KiB bodies, 1000 SQL rows in 10 s. */
    public static ServerOptions of(Path database, int port) {
        return new ServerOptions(database, "127.0.0.1", port, 256 * 1024, 100_000, 1000, Duration.ofSeconds(10),
                Math.max(2, Runtime.getRuntime().availableProcessors() * 2), 1);
    }

    public ServerOptions withHost(String value) {
        return new ServerOptions(database, value, port, maxBodyBytes, maxTextChars, sqlMaxRows, sqlTimeout,
                connections, codingThreads);
    }

    public ServerOptions withSqlTimeout(Duration value) {
        return new ServerOptions(database, host, port, maxBodyBytes, maxTextChars, sqlMaxRows, value, connections,
                codingThreads);
    }
}
