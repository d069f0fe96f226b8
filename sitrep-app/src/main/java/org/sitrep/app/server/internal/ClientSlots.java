package org.sitrep.app.server.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** How many requests of one kind each client has running, and no more than a set number at once. */
final class ClientSlots {

    private final int perClient;
    private final Map<String, Integer> taken = new HashMap<>();

    ClientSlots(int perClient) {
        if (perClient < 1) {
            throw new IllegalArgumentException("perClient must be positive: " + perClient);
        }
        this.perClient = perClient;
    }

    int perClient() {
        return perClient;
    }

    /** Takes a slot for {@code client}; false when it holds all of its slots already. */
    synchronized boolean take(String client) {
        Objects.requireNonNull(client, "client");
        int held = taken.getOrDefault(client, 0);
        if (held >= perClient) {
            return false;
        }
        taken.put(client, held + 1);
        return true;
    }

    synchronized void give(String client) {
        Integer held = taken.get(client);
        if (held == null) {
            throw new IllegalStateException("no slot taken by " + client);
        }
        if (held == 1) {
            taken.remove(client);
        } else {
            taken.put(client, held - 1);
        }
    }
}
