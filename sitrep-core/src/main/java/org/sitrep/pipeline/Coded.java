package org.sitrep.pipeline;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.Event;

/** Output of the {@link EventCoder}: resolved text and the events coded from it, not yet placed or dated. */
public record Coded(Resolved resolved, List<Event> events) {

    public Coded {
        Objects.requireNonNull(resolved, "resolved");
        events = List.copyOf(events);
    }
}
