package org.sitrep.app.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.app.server.StoreFixture.event;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.pipeline.EnvironmentException;
import org.sitrep.pipeline.Pipeline;

/**
 * What one client must not be able to do to the server or to other clients, each tried as an attacker would,
 * over raw HTTP where a browser or java.net.http would not send the request.
 */
class ServerSafetyTest {

    @TempDir
    static Path folder;

    private static final String SECRET_PATH = "/srv/hidden/models/english_UD.gz";
    /** A pipeline that fails the way a broken installation does, naming a file the client must not learn. */
    private static final Supplier<Pipeline> BROKEN_MODELS = () -> {
        throw new EnvironmentException("cannot read " + SECRET_PATH + ": IO Error: No such file", null);
    };
    private static final String SLOW_SQL = "SELECT sum(hash(a.range * b.range)) FROM range(100000000) a, range(1000) b";
    private static final Duration SQL_LIMIT = Duration.ofSeconds(5);

    private static Path database;
    private static SitrepServer server;
    private static RawHttp raw;
    private static Http http;

    @BeforeAll
    static void start() {
        database = new StoreFixture()
                .article(event("2025-04-01", "NORGOV", "Norland", "accused", "VALGOV", "Vallonia", "112", -2, 3),
                        event("2025-04-01", "VALMIL", "Vallonian troops", "shelled", "NORMIL", "a Norland post", "190", -10, 4))
                .article(event("2025-04-02", "KESGOV", "Kestria", "praised", "NORGOV", "Norland", "051", 3.4, 1))
                .writeVersion1(folder.resolve("safety.duckdb"));
        server = SitrepServer.start(ServerOptions.of(database, 0).withSqlTimeout(SQL_LIMIT)
                .withSqlMaxBytes(64 * 1024), BROKEN_MODELS);
        raw = new RawHttp(server.port());
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String sql(String query) {
        return "/api/sql?q=" + Http.encode(query);
    }

    private static long events() {
        Http.Answer answer = http.get(sql("SELECT count(*) FROM events"));
        assertEquals(200, answer.status(), answer.toString());
        return answer.json().get("rows").get(0).get(0).asLong();
    }

    @Test
    void sqlRefusesEverythingButOneSelectSoNoQueryChangesWhatOthersSee() {
        List<String> attacks = List.of(
                "CREATE TEMP VIEW events AS SELECT 1 AS id",
                "CREATE OR REPLACE TEMP VIEW articles AS SELECT 'PWNED: ' || title AS title FROM main.articles",
                "CREATE TEMP MACRO lower(x) AS 'PWNED'",
                "PRAGMA enable_profiling",
                "CHECKPOINT",
                "SET VARIABLE answer = 42",
                "SET threads = 1",
                "CALL enable_profiling()",
                "EXPLAIN ANALYZE SELECT 1",
                "SELECT 1; CREATE TEMP VIEW events AS SELECT 1 AS id",
                "-- SELECT\nCREATE TEMP VIEW events AS SELECT 1 AS id");
        // More times than there are pooled connections, so that any connection that kept state would show it.
        for (int round = 0; round < 6; round++) {
            for (String attack : attacks) {
                Http.Answer answer = http.get(sql(attack));
                assertEquals(400, answer.status(), attack + " -> " + answer);
            }
        }
        assertEquals(3, events(), "the events view is the store's own");
        Http.Answer titles = http.get(sql("SELECT lower(title) AS t FROM articles"));
        assertEquals(200, titles.status(), titles.toString());
        assertFalse(titles.body().contains("PWNED"), titles.body());
        assertEquals(3, http.get("/api/events").json().get("total").asInt());
    }

    @Test
    void sqlAcceptsTheReadingFormsOfSelect() {
        assertEquals(200, http.get(sql("WITH e AS (SELECT * FROM events) SELECT count(*) FROM e")).status());
        assertEquals(200, http.get(sql("FROM events SELECT cameo_code")).status());
        assertEquals(200, http.get(sql("SELECT 1 UNION ALL SELECT 2")).status());
        assertEquals(200, http.get(sql("DESCRIBE events")).status());
    }

    @Test
    void sqlAnswerIsCutByBytesAsWellAsRows() {
        Http.Answer answer = http.get(sql("SELECT repeat('x', 10000) AS filler FROM range(1000)"));
        assertEquals(200, answer.status(), answer.status() + " " + answer.body().length());
        assertTrue(answer.body().length() <= 64 * 1024, "answer of " + answer.body().length() + " bytes");
        JsonNode json = answer.json();
        assertTrue(json.get("truncated").asBoolean());
        assertEquals("bytes", json.get("cutBy").asText());
        assertTrue(json.get("rows").size() >= 5 && json.get("rows").size() < 7, json.get("rows").size() + " rows");
        JsonNode byRows = http.get("/api/sql?limit=2&q=" + Http.encode("SELECT * FROM range(10)")).json();
        assertEquals("rows", byRows.get("cutBy").asText());
        assertEquals(2, byRows.get("rows").size());
    }

    /** Bytes allocated so far by the threads alive now, the server's among them (it runs in this JVM). */
    private static long allocatedByLiveThreads() {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long total = 0;
        for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
            total += Math.max(0, bytes);
        }
        return total;
    }

    @Test
    void hugeValuesBeyondTheByteLimitAreNeverReadIntoTheServer() {
        http.get(sql("SELECT 1"));
        long before = allocatedByLiveThreads();
        Http.Answer answer = http.get(sql("SELECT repeat('x', 1000000) AS filler FROM range(300)"));
        long allocated = allocatedByLiveThreads() - before;
        assertEquals(200, answer.status(), answer.status() + " " + answer.body().length());
        assertEquals("bytes", answer.json().get("cutBy").asText());
        // Reading the 300 MB the query makes (as the driver decodes whole chunks) would allocate far more.
        assertTrue(allocated < 100L * 1024 * 1024, "allocated " + allocated / (1024 * 1024) + " MB");
    }

    @Test
    void slowSqlFromManyClientsNeitherDelaysThePageNorOutlivesItsTimeLimit() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(6);
        try {
            List<Future<long[]>> slow = new ArrayList<>();
            for (int i = 2; i < 8; i++) {
                String address = "127.0.0." + i;
                slow.add(clients.submit(() -> {
                    long sent = System.nanoTime();
                    RawHttp.Response answer = raw.get(address, sql(SLOW_SQL));
                    return new long[] {answer.status(), (System.nanoTime() - sent) / 1_000_000};
                }));
            }
            Thread.sleep(500);
            List<Long> pageMillis = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                long sent = System.nanoTime();
                assertEquals(200, http.get(i % 2 == 0 ? "/api/events" : "/api/summary").status());
                pageMillis.add((System.nanoTime() - sent) / 1_000_000);
            }
            // Were the page's queries queued behind the SQL, they would wait most of the SQL time limit.
            long slowest = pageMillis.stream().mapToLong(Long::longValue).max().orElseThrow();
            assertTrue(slowest < SQL_LIMIT.toMillis() / 2, "page queries took " + pageMillis + " ms while SQL ran");
            for (Future<long[]> answer : slow) {
                long[] statusAndMillis = answer.get();
                assertTrue(statusAndMillis[0] == 400 || statusAndMillis[0] == 503, "status " + statusAndMillis[0]);
                assertTrue(statusAndMillis[1] < SQL_LIMIT.toMillis() + 2000,
                        "the time limit covers waiting too: answered after " + statusAndMillis[1] + " ms");
            }
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void oneClientRunsOneSqlQueryAtATime() throws Exception {
        ExecutorService clients = Executors.newSingleThreadExecutor();
        try {
            Future<RawHttp.Response> first = clients.submit(() -> raw.get("127.0.0.9", sql(SLOW_SQL)));
            Thread.sleep(500);
            RawHttp.Response second = raw.get("127.0.0.9", sql("SELECT 1"));
            assertEquals(429, second.status(), second.toString());
            assertTrue(second.json().get("error").asText().contains("already runs"), second.toString());
            RawHttp.Response other = raw.get("127.0.0.10", sql("SELECT 1"));
            assertTrue(other.status() == 200 || other.status() == 503, "another client is not refused: " + other);
            assertEquals(400, first.get().status());
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void chunkedBodyOverTheLimitIsRefusedWithJson413() {
        byte[] chunk = "x".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            body.append(Integer.toHexString(chunk.length)).append("\r\n").append("x".repeat(chunk.length)).append("\r\n");
        }
        body.append("0\r\n\r\n");
        RawHttp.Response answer = raw.send("127.0.0.1", "POST /api/code HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                + "\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked",
                body.toString().getBytes(StandardCharsets.US_ASCII));
        assertEquals(413, answer.status(), answer.toString());
        assertEquals(413, answer.json().get("status").asInt());
    }

    @Test
    void requestsNamingAnotherHostAreRefusedAgainstDnsRebinding() {
        RawHttp.Response rebound = raw.send("127.0.0.1", "GET /api/summary HTTP/1.1\r\nHost: attacker.example:"
                + server.port(), new byte[0]);
        assertEquals(403, rebound.status(), rebound.toString());
        assertEquals("nosniff", rebound.header("X-Content-Type-Options"));
        assertTrue(rebound.json().get("error").asText().contains("this machine only"), rebound.toString());
        RawHttp.Response page = raw.send("127.0.0.1", "GET / HTTP/1.1\r\nHost: attacker.example", new byte[0]);
        assertEquals(403, page.status(), "the page too: " + page);
        assertEquals(200, raw.send("127.0.0.1", "GET /api/summary HTTP/1.1\r\nHost: localhost:" + server.port(),
                new byte[0]).status());
    }

    @Test
    void postsFromPagesOfOtherSitesAreRefused() {
        RawHttp.Response crossSite = raw.post("127.0.0.1", "/api/code", "Norland\n\nNorland accused Vallonia.",
                "Origin: https://attacker.example");
        assertEquals(403, crossSite.status(), crossSite.toString());
        RawHttp.Response fetchMetadata = raw.post("127.0.0.1", "/api/code", "Norland\n\nNorland accused Vallonia.",
                "Sec-Fetch-Site: cross-site");
        assertEquals(403, fetchMetadata.status(), fetchMetadata.toString());
        RawHttp.Response sameOrigin = raw.post("127.0.0.1", "/api/code", "Norland\n\nNorland accused Vallonia.",
                "Origin: http://127.0.0.1:" + server.port());
        assertNotEquals(403, sameOrigin.status(), sameOrigin.toString());
    }

    @Test
    void serviceUnavailableSaysWhatFailedButNotWhereOrHow() {
        RawHttp.Response answer = raw.post("127.0.0.1", "/api/code", "Norland\n\nNorland accused Vallonia.");
        assertEquals(503, answer.status(), answer.toString());
        String error = answer.json().get("error").asText();
        assertTrue(error.contains("coding models"), error);
        assertFalse(answer.body().contains("/srv/hidden"), answer.body());
        assertFalse(answer.body().contains("IO Error"), answer.body());
    }

    @Test
    void jettysOwnRefusalsAreJsonWithTheSecurityHeaders() {
        RawHttp.Response longUri = raw.get("127.0.0.1", "/api/events?text=" + "a".repeat(20_000));
        assertEquals(414, longUri.status(), longUri.toString());
        assertEquals(414, longUri.json().get("status").asInt());
        assertEquals("nosniff", longUri.header("X-Content-Type-Options"), longUri.toString());
        assertNotNull(longUri.header("Content-Security-Policy"), longUri.toString());
        RawHttp.Response bigHeader = raw.get("127.0.0.1", "/api/events", "X-Filler: " + "b".repeat(20_000));
        assertEquals(431, bigHeader.status(), bigHeader.toString());
        assertEquals(431, bigHeader.json().get("status").asInt());
        assertEquals("nosniff", bigHeader.header("X-Content-Type-Options"));
        RawHttp.Response garbage = raw.send("127.0.0.1", "NOT HTTP AT ALL", new byte[0]);
        assertEquals(400, garbage.status(), garbage.toString());
        assertEquals(400, garbage.json().get("status").asInt());
    }

    @Test
    void aMethodTheAddressDoesNotTakeIs405() {
        for (String request : List.of("DELETE /api/events", "POST /api/summary", "PUT /api/code", "GET /api/code")) {
            RawHttp.Response answer = raw.send("127.0.0.1", request + " HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                    + "\r\nContent-Length: 0", new byte[0]);
            assertEquals(405, answer.status(), request + " -> " + answer);
            assertEquals(405, answer.json().get("status").asInt(), request + " -> " + answer);
        }
        RawHttp.Response get = raw.get("127.0.0.1", "/api/code");
        assertEquals("POST", get.header("Allow"), get.toString());
        assertTrue(get.json().get("error").asText().contains("takes POST"), get.toString());
        assertEquals(404, http.get("/api/nowhere").status());
    }

    @Test
    void aPortInUseIsReportedAsSuch() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            EnvironmentException error = assertThrows(EnvironmentException.class,
                    () -> SitrepServer.start(ServerOptions.of(database, taken.getLocalPort()), BROKEN_MODELS).close());
            assertTrue(error.getMessage().contains("already in use"), error.getMessage());
        }
    }

    @Test
    void aServerWithATokenAnswersOnlyRequestsCarryingIt() {
        String token = "norland-vallonia-kestria-2025";
        try (SitrepServer guarded = SitrepServer.start(ServerOptions.of(database, 0)
                .withHostAndToken("127.0.0.1", token), BROKEN_MODELS)) {
            RawHttp client = new RawHttp(guarded.port());
            RawHttp.Response none = client.get("127.0.0.1", "/api/summary");
            assertEquals(401, none.status(), none.toString());
            assertTrue(none.header("WWW-Authenticate").startsWith("Bearer"), none.toString());
            assertEquals(401, client.get("127.0.0.1", "/api/summary", "Authorization: Bearer wrong-token-of-some-length")
                    .status());
            assertEquals(200, client.get("127.0.0.1", "/api/summary", "Authorization: Bearer " + token).status());
            RawHttp.Response opened = client.get("127.0.0.1", "/?token=" + token);
            assertEquals(303, opened.status(), opened.toString());
            assertEquals("/", opened.header("Location"));
            String cookie = opened.header("Set-Cookie");
            assertTrue(cookie.startsWith("sitrep_token=" + token) && cookie.contains("HttpOnly")
                    && cookie.contains("SameSite=Strict"), cookie);
            assertEquals(200, client.get("127.0.0.1", "/api/summary", "Cookie: sitrep_token=" + token).status());
            RawHttp.Response filtered = client.get("127.0.0.1", "/?actor=NOR&token=" + token + "&quad=4");
            assertEquals("/?actor=NOR&quad=4", filtered.header("Location"), "the page's filters stay in the address");
        }
    }

    @Test
    void listingBeyondLoopbackNeedsAToken() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ServerOptions.of(database, 0).withHost("0.0.0.0"));
        assertTrue(error.getMessage().contains("token"), error.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ServerOptions.of(database, 0).withHostAndToken("0.0.0.0", "short"));
        assertEquals("0.0.0.0", ServerOptions.of(database, 0)
                .withHostAndToken("0.0.0.0", "a-long-enough-token-for-tests").host());
    }
}
