package org.sitrep.app.server.internal;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A few places to work in, given out fairly among clients: when a place frees up it goes to the waiting client
 * served longest ago (one never served first), so a client that queued many requests takes turns with the
 * others instead of holding the places for everyone. Each client may hold a set number of tickets, running or
 * waiting.
 */
final class FairQueue {

    /** One request's place in the queue. */
    static final class Ticket {
        private final String client;
        private boolean granted;
        private boolean left;

        private Ticket(String client) {
            this.client = client;
        }
    }

    private final int places;
    private final int perClient;
    private int running;
    private long served;
    private final Map<String, Integer> held = new HashMap<>();
    private final Map<String, Long> lastServed = new HashMap<>();
    private final Map<String, ArrayDeque<Ticket>> waiting = new LinkedHashMap<>();

    FairQueue(int places, int perClient) {
        if (places < 1 || perClient < 1) {
            throw new IllegalArgumentException("places and perClient must be positive");
        }
        this.places = places;
        this.perClient = perClient;
    }

    /**
     * Queues a request of {@code client}.
     *
     * @throws ApiErrors.TooMany when the client holds all its tickets already
     */
    synchronized Ticket enter(String client) {
        Objects.requireNonNull(client, "client");
        int mine = held.getOrDefault(client, 0);
        if (mine >= perClient) {
            throw new ApiErrors.TooMany("this client already has " + perClient + " articles being coded or "
                    + "waiting; send the next when one is answered");
        }
        held.put(client, mine + 1);
        Ticket ticket = new Ticket(client);
        waiting.computeIfAbsent(client, key -> new ArrayDeque<>()).add(ticket);
        dispatch();
        return ticket;
    }

    /** Waits up to {@code millis} for the ticket's turn; true once it may run. */
    synchronized boolean awaitTurn(Ticket ticket, long millis) throws InterruptedException {
        if (!ticket.granted && !ticket.left) {
            wait(millis);
        }
        return ticket.granted;
    }

    /** Gives the ticket up, run or not; leaving twice does nothing. */
    synchronized void leave(Ticket ticket) {
        if (ticket.left) {
            return;
        }
        ticket.left = true;
        if (ticket.granted) {
            running--;
        } else {
            ArrayDeque<Ticket> queue = waiting.get(ticket.client);
            queue.remove(ticket);
            if (queue.isEmpty()) {
                waiting.remove(ticket.client);
            }
        }
        int mine = held.get(ticket.client) - 1;
        if (mine == 0) {
            held.remove(ticket.client);
            lastServed.remove(ticket.client);
        } else {
            held.put(ticket.client, mine);
        }
        dispatch();
    }

    private void dispatch() {
        while (running < places && !waiting.isEmpty()) {
            String next = null;
            long oldest = Long.MAX_VALUE;
            for (String client : waiting.keySet()) {
                long last = lastServed.getOrDefault(client, -1L);
                if (last < oldest) {
                    oldest = last;
                    next = client;
                }
            }
            ArrayDeque<Ticket> queue = waiting.get(next);
            Ticket ticket = queue.poll();
            if (queue.isEmpty()) {
                waiting.remove(next);
            }
            ticket.granted = true;
            running++;
            lastServed.put(next, served++);
        }
        notifyAll();
    }
}
