package org.sitrep.app.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.model.Problem;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.store.EventStore;

/** The watcher reading folders, files and feed lists into a store, batch by batch, and its bad inputs. */
class WatcherTest {

    private static final LocalDate DAY = LocalDate.of(2024, 5, 6);

    @TempDir
    Path folder;

    private Path database() {
        return folder.resolve("store").resolve("watch.duckdb");
    }

    private Watcher watcher(List<String> sources, Duration settle, Clock clock) {
        Pipeline pipeline = KestriaPipeline.create();
        return new Watcher(sources, new ReadOptions(DAY, Pipeline.DEFAULT_MAX_CHARS), () -> pipeline, 1, settle,
                Duration.ofMinutes(5), () -> EventStore.open(database()), clock);
    }

    private Watcher watcher(Path... sources) {
        return watcher(java.util.Arrays.stream(sources).map(Path::toString).toList(), Duration.ZERO,
                Clock.systemUTC());
    }

    /** Invented reports of one attack, each told in its own words so that none reads as a copy of another. */
    private static String article(String title, String place) {
        String told = switch (place) {
            case "Ovra" -> "the defence ministry of Norland said in a statement. Two guards were wounded and a "
                    + "watchtower was destroyed, and residents of nearby villages were told to stay indoors.";
            case "Sarn" -> "according to farmers who watched the smoke rise over the ridge. A mayor asked the "
                    + "capital for more soldiers, while schools in the valley closed for the rest of the week.";
            default -> "a spokesman for the regional council told reporters on the steps of the old courthouse, "
                    + "adding that the bridge over the river would stay shut while engineers inspect it.";
        };
        return title + "\n\nKestria attacked Norland border posts near the town of " + place + " early on Tuesday, "
                + told;
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<List<Object>> sql(String query) {
        try (EventStore store = EventStore.openReadOnly(database())) {
            return store.sql(query, 0).rows();
        }
    }

    @Test
    void newFilesAreCodedOnceAndJoinTheMergedEventOfEarlierBatchesKeepingItsId() {
        Path inbox = folder.resolve("inbox");
        write(inbox.resolve("a.txt"), article("Border posts attacked", "Ovra"));
        Watcher watcher = watcher(inbox);

        WatchBatch first = watcher.poll();
        assertEquals(1, first.report().coded(), first.summary());
        assertEquals(1, first.merge().totals().mergedEvents());
        Object id = sql("SELECT id FROM merged_events").get(0).get(0);

        assertTrue(watcher.poll().idle(), "nothing new: the store is not even opened");

        write(inbox.resolve("sub").resolve("b.txt"), article("Guards wounded in Norland", "Sarn"));
        WatchBatch second = watcher.poll();
        assertEquals(1, second.report().coded(), second.summary());
        assertEquals(1, second.merge().newReports());
        assertEquals(List.of(List.of(id, 2)), sql("SELECT id, num_mentions FROM merged_events"));
    }

    @Test
    void theStoreIsReleasedBetweenBatchesAndABatchWaitsWhileAReaderHoldsIt() {
        Path inbox = folder.resolve("inbox");
        write(inbox.resolve("a.txt"), article("Border posts attacked", "Ovra"));
        Watcher watcher = watcher(inbox);
        assertEquals(1, watcher.poll().report().coded());

        // A reader opens the file between batches: possible only because the watcher let go of it.
        try (EventStore reader = EventStore.openReadOnly(database())) {
            assertEquals(1L, reader.sql("SELECT count(*) FROM articles", 0).rows().get(0).get(0));
            write(inbox.resolve("b.txt"), article("Guards wounded in Norland", "Sarn"));
            WatchBatch held = watcher.poll();
            assertFalse(held.trouble().isEmpty(), held.summary());
            assertNull(held.report());
        }
        WatchBatch later = watcher.poll();
        assertEquals("", later.trouble());
        assertEquals(1, later.report().coded(), "the file is read again once the reader is gone");
    }

    @Test
    void aFileThatChangesWhileItIsReadIsSkippedWithAReasonAndReadAgainOnceStill() {
        Path feed = folder.resolve("feed.txt");
        write(feed, article("Border posts attacked", "Ovra"));
        Watcher watcher = watcher(feed);
        AtomicInteger reads = new AtomicInteger();
        watcher.afterEachRead(path -> {
            if (reads.getAndIncrement() == 0) {
                try {
                    Files.writeString(path, " More soon.", StandardOpenOption.APPEND);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        WatchBatch changing = watcher.poll();
        assertEquals(Map.of(Problem.Kind.MALFORMED_RECORD, 1L), changing.report().skippedByReason());
        assertEquals(0, changing.report().coded());
        assertTrue(sql("SELECT message FROM problems").get(0).get(0).toString()
                .contains("changed while it was read"));

        WatchBatch still = watcher.poll();
        assertEquals(1, still.report().coded(), still.summary());
        assertTrue(sql("SELECT title FROM articles").toString().contains("Border posts attacked"));
    }

    @Test
    void aFeedFileRewrittenWhileItIsReadStoresNoneOfItsEntriesUntilItHoldsStill() {
        Path feed = folder.resolve("news.rss");
        write(feed, rss(item("Border posts attacked", "Ovra", "Mon, 06 May 2024 08:00:00 GMT")));
        Watcher watcher = watcher(feed);
        AtomicInteger reads = new AtomicInteger();
        watcher.afterEachRead(path -> {
            if (reads.getAndIncrement() == 0) {
                // The publisher rewrites the feed with a new entry on top while the watcher reads it.
                write(path, rss(item("Guards wounded in Norland", "Sarn", "Tue, 07 May 2024 09:00:00 GMT")
                        + item("Border posts attacked", "Ovra", "Mon, 06 May 2024 08:00:00 GMT")));
            }
        });
        WatchBatch changing = watcher.poll();
        assertEquals(0, changing.report().coded(), "no entry of a feed read while it changed is stored");
        assertEquals(Map.of(Problem.Kind.MALFORMED_RECORD, 1L), changing.report().skippedByReason());
        List<List<Object>> problems = sql("SELECT origin, message FROM problems");
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).get(0).toString().endsWith("news.rss")
                && problems.get(0).get(1).toString().contains("changed while it was read"), problems.toString());

        WatchBatch still = watcher.poll();
        assertEquals(2, still.report().coded(), still.summary());
        assertEquals(List.of(List.of("Border posts attacked"), List.of("Guards wounded in Norland")),
                sql("SELECT title FROM articles ORDER BY title"));
    }

    @Test
    void aFeedThatGrowsGivesItsNewEntriesAndItsOldOnesAsDuplicates() {
        Path feed = folder.resolve("news.rss");
        write(feed, rss(item("Border posts attacked", "Ovra", "Mon, 06 May 2024 08:00:00 GMT")));
        Watcher watcher = watcher(feed);
        assertEquals(1, watcher.poll().report().coded());
        write(feed, rss(item("Guards wounded in Norland", "Sarn", "Tue, 07 May 2024 09:00:00 GMT")
                + item("Border posts attacked", "Ovra", "Mon, 06 May 2024 08:00:00 GMT")));
        WatchBatch grown = watcher.poll();
        assertEquals(1, grown.report().coded(), grown.summary());
        assertEquals(Map.of(Problem.Kind.DUPLICATE, 1L), grown.report().skippedByReason());
        assertEquals(List.of(List.of(2)), sql("SELECT num_mentions FROM merged_events"));
    }

    @Test
    void aRedirectLoopInAFeedListIsSkippedWithItsChainWhileItsOtherFeedsAreRead() throws IOException {
        // A server on this machine's loopback only: the test never reaches the internet.
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/a.rss", exchange -> {
            exchange.getResponseHeaders().add("Location", "/b.rss");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.createContext("/b.rss", exchange -> {
            exchange.getResponseHeaders().add("Location", "/a.rss");
            exchange.sendResponseHeaders(301, -1);
            exchange.close();
        });
        server.createContext("/good.rss", exchange -> {
            byte[] body = rss(item("Guards wounded in Norland", "Sarn", "Tue, 07 May 2024 09:00:00 GMT"))
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            write(folder.resolve("feeds").resolve("local.rss"),
                    rss(item("Border posts attacked", "Ovra", "Mon, 06 May 2024 08:00:00 GMT")));
            Path list = folder.resolve("feeds").resolve("news.feeds");
            write(list, "# invented feeds\nlocal.rss\n" + base + "/a.rss\n" + base + "/good.rss\nmissing.rss\n");
            Watcher watcher = watcher(list);
            WatchBatch batch = watcher.poll();
            assertEquals(2, batch.report().coded(), batch.summary());
            assertEquals(Map.of(Problem.Kind.NO_ARTICLE, 2L), batch.report().skippedByReason());
            String problems = sql("SELECT origin || ' ' || message FROM problems ORDER BY origin").toString();
            assertTrue(problems.contains(base + "/a.rss redirect loop (" + base + "/a.rss -> " + base + "/b.rss -> "
                    + base + "/a.rss)"), problems);
            assertTrue(problems.contains("news.feeds:5 the feed list names no such file: missing.rss"), problems);
            assertTrue(sql("SELECT origin FROM articles ORDER BY origin").toString()
                    .contains(base + "/good.rss#1"), "a fetched entry is named by its address, not a temporary file");
            assertTrue(watcher.poll().idle(), "addresses wait for the feed interval; the list is unchanged");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void filesStillBeingWrittenAndInProgressNamesWait() {
        Path inbox = folder.resolve("inbox");
        write(inbox.resolve("a.txt"), article("Border posts attacked", "Ovra"));
        write(inbox.resolve(".b.txt"), article("Hidden while copied", "Mellin"));
        write(inbox.resolve("c.txt.part"), article("Half copied", "Tarrow"));
        Instant now = Instant.now();
        Watcher early = watcher(List.of(inbox.toString()), Duration.ofSeconds(30),
                Clock.fixed(now, ZoneOffset.UTC));
        WatchBatch waiting = early.poll();
        assertTrue(waiting.idle());
        assertEquals(1, waiting.waiting());
        Watcher later = watcher(List.of(inbox.toString()), Duration.ofSeconds(30),
                Clock.fixed(now.plusSeconds(60), ZoneOffset.UTC));
        WatchBatch read = later.poll();
        assertNotNull(read.report());
        assertEquals(1, read.report().read(), "only a.txt: dot names and .part files are copies in progress");
    }

    private static String item(String title, String place, String date) {
        String text = article(title, place);
        return "<item><title>" + title + "</title><link>https://news.invalid/" + place + "</link><pubDate>" + date
                + "</pubDate><content:encoded><![CDATA[<p>" + text.substring(text.indexOf("\n\n") + 2)
                + "</p>]]></content:encoded></item>";
    }

    private static String rss(String items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\" "
                + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Valley Courier</title>"
                + "<link>https://news.invalid/</link><description>Invented news</description><language>en</language>"
                + items + "</channel></rss>";
    }
}
