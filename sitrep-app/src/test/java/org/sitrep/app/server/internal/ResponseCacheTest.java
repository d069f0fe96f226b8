package org.sitrep.app.server.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ResponseCacheTest {

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aRepeatedRequestIsAnsweredFromTheCacheWithoutComputingAgain() {
        ResponseCache cache = new ResponseCache(1024, () -> 0);
        AtomicInteger calls = new AtomicInteger();
        byte[] first = cache.get("/api/map", () -> bytes("answer " + calls.incrementAndGet()));
        byte[] second = cache.get("/api/map", () -> bytes("answer " + calls.incrementAndGet()));
        assertArrayEquals(bytes("answer 1"), second);
        assertSame(first, second);
        assertEquals(1, cache.computed());
    }

    @Test
    void parametersInAnotherOrderAreTheSameRequestButOtherValuesAreNot() {
        Map<String, List<String>> one = new LinkedHashMap<>();
        one.put("quad", List.of("4"));
        one.put("limit", List.of("50"));
        Map<String, List<String>> other = new LinkedHashMap<>();
        other.put("limit", List.of("50"));
        other.put("quad", List.of("4"));
        assertEquals(ResponseCache.key("/api/merged", one), ResponseCache.key("/api/merged", other));
        assertNotEquals(ResponseCache.key("/api/merged", one), ResponseCache.key("/api/events", one));
        assertNotEquals(ResponseCache.key("/api/merged", Map.of("quad", List.of("4&limit=50"))),
                ResponseCache.key("/api/merged", one), "a value holding separators is escaped");
        assertNotEquals(ResponseCache.key("/api/merged", Map.of("quad", List.of("3"))),
                ResponseCache.key("/api/merged", Map.of("quad", List.of("4"))));
    }

    @Test
    void aNewStoreVersionComputesAgainAndDropsTheOlderAnswers() {
        AtomicLong version = new AtomicLong();
        ResponseCache cache = new ResponseCache(1024, version::get);
        cache.get("/api/summary", () -> bytes("3 events"));
        cache.get("/api/map", () -> bytes("2 places"));
        version.incrementAndGet();
        assertArrayEquals(bytes("4 events"), cache.get("/api/summary", () -> bytes("4 events")));
        assertEquals(3, cache.computed());
        assertEquals(1, cache.size(), "the answers of the older version are gone");
        assertEquals(bytes("4 events").length, cache.bytes());
    }

    @Test
    void aFailureIsThrownAndNotKept() {
        ResponseCache cache = new ResponseCache(1024, () -> 0);
        assertThrows(IllegalArgumentException.class, () -> cache.get("/api/events?limit=x", () -> {
            throw new IllegalArgumentException("limit must be a number");
        }));
        assertEquals(0, cache.size());
        assertArrayEquals(bytes("fine"), cache.get("/api/events?limit=x", () -> bytes("fine")));
        assertEquals(2, cache.computed());
    }

    @Test
    void itsBytesStayWithinTheBoundDroppingTheLeastRecentlyUsed() {
        ResponseCache cache = new ResponseCache(1000, () -> 0);
        byte[] hundred = new byte[100];
        for (int i = 0; i < 50; i++) {
            cache.get("/api/actors?name=" + i, () -> hundred);
            cache.get("/api/actors?name=0", () -> hundred);
            assertTrue(cache.bytes() <= 1000, "bytes " + cache.bytes());
        }
        assertEquals(10, cache.size());
        long computed = cache.computed();
        cache.get("/api/actors?name=0", () -> hundred);
        assertEquals(computed, cache.computed(), "the answer used all along is still kept");
        cache.get("/api/actors?name=1", () -> hundred);
        assertEquals(computed + 1, cache.computed(), "an answer not used since is gone");
    }

    @Test
    void anAnswerLargerThanAQuarterOfTheBoundIsServedButNotKept() {
        ResponseCache cache = new ResponseCache(1000, () -> 0);
        assertEquals(300, cache.get("/api/map?limit=10000", () -> new byte[300]).length);
        assertEquals(0, cache.size());
        assertEquals(0, cache.bytes());
    }

    @Test
    void identicalRequestsAtOnceComputeOnceAndShareTheAnswer() throws Exception {
        ResponseCache cache = new ResponseCache(1024, () -> 0);
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Thread> threads = new ArrayList<>();
            List<Future<byte[]>> answers = new ArrayList<>();
            answers.add(pool.submit(() -> cache.get("/api/network", () -> {
                calls.incrementAndGet();
                computing.countDown();
                await(release);
                return bytes("pairs");
            })));
            assertTrue(computing.await(10, TimeUnit.SECONDS));
            for (int i = 0; i < 7; i++) {
                answers.add(pool.submit(() -> {
                    synchronized (threads) {
                        threads.add(Thread.currentThread());
                    }
                    return cache.get("/api/network", () -> {
                        calls.incrementAndGet();
                        return bytes("computed again");
                    });
                }));
            }
            waitUntilAllWait(threads, 7);
            release.countDown();
            for (Future<byte[]> answer : answers) {
                assertArrayEquals(bytes("pairs"), answer.get(10, TimeUnit.SECONDS));
            }
            assertEquals(1, calls.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void requestsWaitingOnAFailedAnswerGetItsFailure() throws Exception {
        ResponseCache cache = new ResponseCache(1024, () -> 0);
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Thread> threads = new ArrayList<>();
            Future<byte[]> first = pool.submit(() -> cache.get("/api/timeline", () -> {
                computing.countDown();
                await(release);
                throw new IllegalStateException("the store went away");
            }));
            assertTrue(computing.await(10, TimeUnit.SECONDS));
            Future<byte[]> second = pool.submit(() -> {
                synchronized (threads) {
                    threads.add(Thread.currentThread());
                }
                return cache.get("/api/timeline", () -> bytes("not asked"));
            });
            waitUntilAllWait(threads, 1);
            release.countDown();
            for (Future<byte[]> answer : List.of(first, second)) {
                Exception failure = assertThrows(Exception.class, () -> answer.get(10, TimeUnit.SECONDS));
                assertEquals("the store went away", failure.getCause().getMessage());
            }
            assertEquals(0, cache.size());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Until {@code count} threads have registered and all are parked waiting for the answer being computed. */
    private static void waitUntilAllWait(List<Thread> threads, int count) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < until) {
            synchronized (threads) {
                if (threads.size() == count && threads.stream().allMatch(t -> t.getState() == Thread.State.WAITING)) {
                    return;
                }
            }
            Thread.sleep(5);
        }
        throw new AssertionError("the requests did not all wait for the answer being computed");
    }
}
