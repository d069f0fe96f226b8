package org.sitrep.app.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.app.server.StoreFixture.event;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.pipeline.Parsed;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Resolved;
import org.sitrep.pipeline.Segmented;

/**
 * {@code POST /api/code} under clients that queue many articles or hang up: a pipeline whose parser waits for
 * the test's word shows which article the server codes when, and whether it was interrupted.
 */
class CodingQueueTest {

    @TempDir
    static Path folder;
    private static Path database;

    /** Texts as they reach the parser. */
    private final BlockingQueue<String> parsing = new LinkedBlockingQueue<>();
    /** Texts whose parse was interrupted. */
    private final BlockingQueue<String> interrupted = new LinkedBlockingQueue<>();
    private final Semaphore finish = new Semaphore(0);
    private final ExecutorService clients = Executors.newCachedThreadPool();
    private SitrepServer server;
    private RawHttp raw;

    @BeforeAll
    static void store() {
        database = new StoreFixture()
                .article(event("2025-04-01", "NORGOV", "Norland", "accused", "VALGOV", "Vallonia", "112", -2, 3))
                .writeVersion1(folder.resolve("coding.duckdb"));
    }

    @BeforeEach
    void start() {
        Pipeline pipeline = new Pipeline(
                text -> new Segmented(text, List.of(Sentence.unparsed(0, new Span(0, text.length()), List.of()))),
                sentence -> true,
                (segmented, worthTagging, worthParsing) -> {
                    // The article's last line tells the tests which one it is.
                    String text = segmented.text().strip().lines().reduce((first, last) -> last).orElse("");
                    parsing.add(text);
                    try {
                        finish.acquire();
                    } catch (InterruptedException e) {
                        interrupted.add(text);
                        throw new CancellationException("interrupted");
                    }
                    return new Parsed(segmented.text(), segmented.sentences());
                },
                (parsed, date) -> new Resolved(parsed, List.of()),
                (resolved, articleId, problems) -> List.of());
        server = SitrepServer.start(ServerOptions.of(database, 0), () -> pipeline);
        raw = new RawHttp(server.port());
    }

    @AfterEach
    void stop() {
        finish.release(100);
        clients.shutdownNow();
        server.close();
    }

    private Future<RawHttp.Response> post(String client, String body) {
        return clients.submit(() -> raw.post(client, "/api/code", "Headline\n\n" + body));
    }

    /** Sends a post and leaves the connection open, as a client that will hang up. */
    private Socket postAndHold(String client, String body) throws IOException {
        Socket socket = raw.connect(client);
        byte[] bytes = ("Headline\n\n" + body).getBytes(StandardCharsets.UTF_8);
        OutputStream out = socket.getOutputStream();
        out.write(("POST /api/code HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nContent-Type: text/plain"
                + "\r\nContent-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(bytes);
        out.flush();
        return socket;
    }

    @Test
    void clientsTakeTurnsSoOneClientsQueueCannotHoldTheCoder() throws Exception {
        List<Future<RawHttp.Response>> answers = new ArrayList<>();
        answers.add(post("127.0.0.2", "Norland article one"));
        assertEquals("Norland article one", parsing.poll(20, TimeUnit.SECONDS));
        for (String body : List.of("Norland article two", "Norland article three", "Norland article four")) {
            answers.add(post("127.0.0.2", body));
        }
        Thread.sleep(500);
        RawHttp.Response fifth = raw.post("127.0.0.2", "/api/code", "Headline\n\nNorland article five");
        assertEquals(429, fifth.status(), "a client's fifth article at once: " + fifth);
        answers.add(post("127.0.0.3", "Vallonia article one"));
        Thread.sleep(500);
        List<String> order = new ArrayList<>(List.of("Norland article one"));
        for (int i = 0; i < 4; i++) {
            finish.release();
            String next = parsing.poll(20, TimeUnit.SECONDS);
            assertNotNull(next, "coded so far: " + order);
            order.add(next);
        }
        finish.release();
        assertEquals("Vallonia article one", order.get(1), "the second client's article comes next: " + order);
        for (Future<RawHttp.Response> answer : answers) {
            assertEquals(200, answer.get(20, TimeUnit.SECONDS).status());
        }
    }

    @Test
    void articleBeingCodedIsStoppedWhenItsClientHangsUp() throws Exception {
        Socket socket = postAndHold("127.0.0.4", "Kestria article");
        assertEquals("Kestria article", parsing.poll(20, TimeUnit.SECONDS));
        socket.close();
        assertEquals("Kestria article", interrupted.poll(5, TimeUnit.SECONDS), "the coding went on");
        // The coder's place is free again: the next article is coded.
        Future<RawHttp.Response> next = post("127.0.0.5", "Vallonia article");
        assertEquals("Vallonia article", parsing.poll(20, TimeUnit.SECONDS));
        finish.release();
        assertEquals(200, next.get(20, TimeUnit.SECONDS).status());
    }

    @Test
    void waitingArticleLeavesTheQueueWhenItsClientHangsUp() throws Exception {
        Future<RawHttp.Response> first = post("127.0.0.6", "Norland article");
        assertEquals("Norland article", parsing.poll(20, TimeUnit.SECONDS));
        Socket waiting = postAndHold("127.0.0.7", "Vallonia article");
        Thread.sleep(500);
        waiting.close();
        Thread.sleep(1000);
        finish.release();
        assertEquals(200, first.get(20, TimeUnit.SECONDS).status());
        assertNull(parsing.poll(1500, TimeUnit.MILLISECONDS), "an article whose client left was coded");
    }
}
