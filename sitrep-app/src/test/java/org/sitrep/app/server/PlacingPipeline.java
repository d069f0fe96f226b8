package org.sitrep.app.server;

import java.util.List;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Location;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Quote;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.pipeline.Parsed;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Resolved;
import org.sitrep.pipeline.Segmented;
import org.sitrep.pipeline.Situated;

/**
 * A pipeline without models for pages and API tests of {@code /api/code}: it codes one shelling by Norland
 * troops in {@link #ARTICLE}, places it at the invented town of Zelvora as the standard situator would (a
 * place named in the event's sentence), and finds one quote. Texts without those words get no event.
 */
final class PlacingPipeline {

    static final String ARTICLE = "Norland shells border posts\n\n"
            + "Norland troops shelled border posts near Zelvora on Monday. "
            + "A Vallonian spokesman said the shelling broke the ceasefire.";

    static final Place ZELVORA = new Place("fixture:Zelvora", 0, "Zelvora", Place.Kind.TOWN, "NL", "", "", "",
            51.25, 4.75, 0);

    private PlacingPipeline() {
    }

    static Pipeline create() {
        return new Pipeline(
                text -> new Segmented(text, List.of(Sentence.unparsed(0, new Span(0, text.length()), List.of()))),
                sentence -> true,
                (segmented, worthTagging, worthParsing) -> new Parsed(segmented.text(), segmented.sentences()),
                (parsed, date) -> new Resolved(parsed, List.of()),
                (resolved, articleId, problems) -> {
                    String text = resolved.parsed().text();
                    Span source = find(text, "Norland troops");
                    if (source == null) {
                        return List.of();
                    }
                    Span trigger = find(text, "shelled");
                    Span evidence = source.union(find(text, "border posts"));
                    Actor troops = new Actor("NORMIL", "Norland troops", "fixture:NORMIL");
                    return List.of(new Event(Event.idOf(articleId, 0, "195", "NORMIL", "", evidence), articleId, 0,
                            troops, null, "195", -10, 4, source, null, evidence, trigger, "fixture-195"));
                },
                (coded, published) -> {
                    String text = coded.resolved().parsed().text();
                    Span town = find(text, "Zelvora");
                    if (town == null) {
                        return new Situated(coded.events(), List.of(), List.of());
                    }
                    List<Event> placed = coded.events().stream()
                            .map(event -> event.withLocationAndDate(new Location(ZELVORA, town,
                                    Location.Basis.SAME_SENTENCE), null))
                            .toList();
                    Span words = find(text, "the shelling broke the ceasefire");
                    Span speaker = find(text, "A Vallonian spokesman");
                    List<Quote> quotes = words == null ? List.of()
                            : List.of(new Quote(0, words, words.of(text), Quote.Kind.INDIRECT, speaker,
                                    speaker.of(text), new Actor("VALGOV", "Vallonian spokesman", "fixture:VALGOV"),
                                    find(text, "said")));
                    return new Situated(placed, List.of(new PlaceMention(0, town, "Zelvora", ZELVORA, 1, 1.0, false)),
                            quotes);
                });
    }

    private static Span find(String text, String words) {
        int at = text.lastIndexOf(words);
        return at < 0 ? null : new Span(at, at + words.length());
    }
}
