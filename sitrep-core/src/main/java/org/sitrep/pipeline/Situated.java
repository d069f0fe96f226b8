package org.sitrep.pipeline;

import java.util.List;
import org.sitrep.model.Event;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Quote;

/**
 * Output of the {@link Situator}: the events with their location and date, the article's place names and its
 * quotes.
 */
public record Situated(List<Event> events, List<PlaceMention> places, List<Quote> quotes) {

    public Situated {
        events = List.copyOf(events);
        places = List.copyOf(places);
        quotes = List.copyOf(quotes);
    }
}
