package org.sitrep.situation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.geo.EventLocator;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.Geography;
import org.sitrep.geo.PlaceResolver;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Location;
import org.sitrep.model.Quote;
import org.sitrep.model.Sentence;
import org.sitrep.pipeline.Coded;
import org.sitrep.pipeline.Situated;
import org.sitrep.pipeline.Situator;
import org.sitrep.quotes.QuoteFinder;
import org.sitrep.time.DatedExpression;
import org.sitrep.time.EventDater;
import org.sitrep.time.TimeResolver;

/**
 * The {@link Situator} of the standard pipeline: places from {@link PlaceResolver} and {@link EventLocator},
 * dates from {@link TimeResolver} and {@link EventDater}, quotes from {@link QuoteFinder}. Without a gazetteer
 * (the {@code sitrep-geonames} module absent) events get dates and quotes but no location. Thread-safe.
 */
public final class StandardSituator implements Situator {

    private final PlaceResolver places;
    private final EventLocator locator;
    private final TimeResolver times = new TimeResolver();
    private final EventDater dater = new EventDater();
    private final QuoteFinder quotes = new QuoteFinder();

    /** With a gazetteer, or {@code null} for none. */
    public StandardSituator(Gazetteer gazetteer) {
        this.places = gazetteer == null ? null : new PlaceResolver(gazetteer);
        this.locator = new EventLocator(gazetteer);
    }

    /** With the built-in gazetteer when the GeoNames index is on the class path. */
    public static StandardSituator standard() {
        Optional<Gazetteer> gazetteer = Gazetteer.standard();
        return new StandardSituator(gazetteer.orElse(null));
    }

    public boolean locates() {
        return places != null;
    }

    @Override
    public Situated situate(Coded coded, LocalDate published) {
        Objects.requireNonNull(coded, "coded");
        String text = coded.resolved().parsed().text();
        List<Sentence> sentences = coded.resolved().parsed().sentences();
        Geography geography = places == null ? Geography.none()
                : places.resolve(text, sentences, coded.resolved().mentions(), published);
        List<DatedExpression> timeline = times.resolve(text, sentences, published);
        // The dater reads only the event's own sentence: handing it that sentence's expressions keeps articles
        // of many dated sentences linear.
        Map<Integer, List<DatedExpression>> timeBySentence = new HashMap<>();
        for (DatedExpression dated : timeline) {
            timeBySentence.computeIfAbsent(dated.expression().sentence(), s -> new ArrayList<>()).add(dated);
        }
        List<Event> events = new ArrayList<>(coded.events().size());
        for (Event event : coded.events()) {
            Sentence sentence = sentences.get(event.sentence());
            Location location = places == null ? null : locator.locate(event, sentence, geography, text);
            EventDate date = dater.date(event, sentence, timeBySentence.getOrDefault(event.sentence(), List.of()),
                    published);
            events.add(event.withLocationAndDate(location, date));
        }
        List<Quote> found = quotes.find(text, sentences, coded.resolved().mentions());
        return new Situated(events, geography.mentions(), found);
    }
}
