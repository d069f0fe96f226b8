package org.sitrep.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sitrep serve --watch} end to end, with the real pipeline: an article dropped into the watched folder
 * shows up in the running server's API, without a restart.
 */
class ServeWatchTest {

    private static final Duration TIMEOUT = Duration.ofMinutes(4);

    @TempDir
    Path folder;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    private JsonNode get(int port, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return json.readTree(response.body());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Test
    void anArticleDroppedIntoTheWatchedFolderAppearsInTheRunningServersApi() throws Exception {
        Path inbox = Files.createDirectories(folder.resolve("inbox"));
        Path database = folder.resolve("live.duckdb");
        int port = freePort();
        AtomicReference<Cli.Result> result = new AtomicReference<>();
        Thread serving = new Thread(() -> result.set(Cli.run("serve", "--db", database.toString(), "--port",
                String.valueOf(port), "--watch", inbox.toString(), "--interval", "0.2", "--settle", "0.2")),
                "serve-watch-test");
        serving.start();
        try {
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            JsonNode before = null;
            while (before == null) {
                try {
                    before = get(port, "/api/events");
                } catch (IOException notYet) {
                    if (System.nanoTime() > deadline || !serving.isAlive()) {
                        fail("the server did not start: " + result.get());
                    }
                    Thread.sleep(100);
                }
            }
            assertEquals(0, before.path("total").asInt(), before.toString());

            // Written elsewhere and moved in whole, as the README advises.
            Path staged = Cli.article(folder.resolve("staging"), "border-clash.txt");
            Files.move(staged, inbox.resolve("border-clash.txt"), StandardCopyOption.ATOMIC_MOVE);
            long dropped = System.nanoTime();
            JsonNode after = before;
            while (after.path("total").asInt() == 0) {
                if (System.nanoTime() > deadline) {
                    fail("no events within " + TIMEOUT + ": " + after + "\n" + result.get());
                }
                Thread.sleep(200);
                after = get(port, "/api/events");
            }
            long latencyMillis = (System.nanoTime() - dropped) / 1_000_000;
            assertTrue(after.path("total").asInt() > 0, after.toString());
            JsonNode first = after.path("items").get(0);
            assertTrue(first.toString().contains("Sudan"), "an event of the dropped article: " + first);
            // Articles are committed one by one and merged after the batch: the merged events follow shortly.
            String count = "/api/sql?q=" + java.net.URLEncoder.encode("SELECT count(*) AS n FROM merged_events",
                    java.nio.charset.StandardCharsets.UTF_8);
            JsonNode merged = get(port, count);
            while (!merged.toString().matches(".*\\[\\s*[1-9].*") && System.nanoTime() < deadline) {
                Thread.sleep(200);
                merged = get(port, count);
            }
            assertTrue(merged.toString().matches(".*\\[\\s*[1-9].*"), "merged incrementally: " + merged);
            System.out.println("serve --watch: events visible " + latencyMillis + " ms after the file was dropped "
                    + "(models loaded on the first batch)");
        } finally {
            serving.interrupt();
            serving.join(60_000);
        }
        assertEquals(0, result.get().status(), result.get().toString());
    }
}
