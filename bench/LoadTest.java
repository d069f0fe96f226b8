import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load on a running {@code sitrep serve}: CLIENTS page clients loop over the page's own queries for SECONDS
 * while hostile clients (from 127.0.0.2 to 127.0.0.5) send slow and huge {@code /api/sql} queries without
 * pause. Prints requests per second and latency percentiles of the page's queries, and what the hostile
 * clients got back. No dependencies: {@code java bench/LoadTest.java PORT [CLIENTS] [SECONDS]}.
 */
public final class LoadTest {

    /**
     * What the page asks for (see sitrep-app/web/src/main.js) when it opens (merged events are the table's
     * default), when a filter changes, when the table shows reports and when an actor name is typed.
     */
    private static final List<String> PAGE = List.of(
            "/api/summary", "/api/cameo", "/api/publishers?limit=1000",
            "/api/merged?sort=newest&limit=50&offset=0", "/api/map", "/api/network?level=country",
            "/api/timeline?interval=day",
            "/api/merged?quad=4&sort=newest&limit=50&offset=0", "/api/map?quad=4",
            "/api/network?quad=4&level=country", "/api/timeline?quad=4&interval=day",
            "/api/events?sort=newest&limit=50&offset=0", "/api/network?level=actor", "/api/actors?name=syr&limit=15");

    private static final List<String> HOSTILE = List.of(
            "SELECT sum(hash(a.range * b.range)) FROM range(100000000) a, range(1000) b",
            "SELECT repeat('x', 1000000) AS filler FROM range(1000)",
            "SELECT a.*, b.* FROM events a, events b",
            "SELECT string_agg(text, ' ') FROM (SELECT e.* FROM events e, range(200))");

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Map<String, List<Long>> byEndpoint = new ConcurrentHashMap<>();
        AtomicLong errors = new AtomicLong();
        Map<String, AtomicLong> hostileAnswers = new ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch(clients + 4);
        // The page clients' own end: a hostile answer may arrive long after, and must not stretch their time.
        CountDownLatch pageDone = new CountDownLatch(clients);

        for (int h = 0; h < 4; h++) {
            String address = "127.0.0." + (2 + h);
            int first = h;
            new Thread(() -> {
                try {
                    for (int n = first; System.nanoTime() < end; n++) {
                        String query = HOSTILE.get(n % HOSTILE.size());
                        String status = hostile(port, address, query);
                        hostileAnswers.computeIfAbsent(status, k -> new AtomicLong()).incrementAndGet();
                    }
                } finally {
                    done.countDown();
                }
            }, "hostile-" + h).start();
        }
        Thread.sleep(500);
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            new Thread(() -> {
                try {
                    for (int n = offset; System.nanoTime() < end; n++) {
                        String path = PAGE.get(n % PAGE.size());
                        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .timeout(Duration.ofSeconds(60)).build();
                        long sent = System.nanoTime();
                        try {
                            HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                            long millis = (System.nanoTime() - sent) / 1_000_000;
                            if (answer.statusCode() != 200) {
                                errors.incrementAndGet();
                            }
                            latencies.add(millis);
                            byEndpoint.computeIfAbsent(path.replaceAll("\\?.*", ""),
                                    k -> Collections.synchronizedList(new ArrayList<>())).add(millis);
                        } catch (IOException e) {
                            errors.incrementAndGet();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    pageDone.countDown();
                    done.countDown();
                }
            }, "page-" + c).start();
        }
        pageDone.await();
        double elapsed = (System.nanoTime() - started) / 1e9;
        done.await();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("page queries: %d clients, %.1f s, %d requests, %.1f requests/s, %d errors%n", clients,
                elapsed, sorted.size(), sorted.size() / elapsed, errors.get());
        System.out.printf("latency ms: p50 %d, p90 %d, p99 %d, max %d%n", pct(sorted, 50), pct(sorted, 90),
                pct(sorted, 99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1));
        new TreeMap<>(byEndpoint).forEach((path, list) -> {
            List<Long> copy = new ArrayList<>(list);
            Collections.sort(copy);
            System.out.printf("  %-16s %6d requests, p99 %d ms%n", path, copy.size(), pct(copy, 99));
        });
        System.out.println("hostile /api/sql answers: " + new TreeMap<>(hostileAnswers));
    }

    private static long pct(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    /** One hostile query from {@code address}; its status, or the failure, reading the whole answer. */
    private static String hostile(int port, String address, String query) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(address), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            socket.setSoTimeout(120_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/sql?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + " HTTP/1.1\r\nHost: "
                    + "127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            byte[] buffer = new byte[65536];
            long total = 0;
            int read;
            while ((read = in.read(buffer)) != -1) {
                if (head.size() < 16) {
                    head.write(buffer, 0, Math.min(read, 16));
                }
                total += read;
            }
            String status = head.toString(StandardCharsets.ISO_8859_1);
            return (status.length() >= 12 ? status.substring(9, 12) : "?") + (total > 1_000_000 ? " (>1 MB)" : "");
        } catch (IOException e) {
            return e.getClass().getSimpleName();
        }
    }
}
