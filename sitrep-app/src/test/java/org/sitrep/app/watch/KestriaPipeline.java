package org.sitrep.app.watch;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.pipeline.Parsed;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Resolved;
import org.sitrep.pipeline.Segmented;

/** A pipeline without models: every "Kestria attacked Norland" in a text is one attack (190). */
final class KestriaPipeline {

    private KestriaPipeline() {
    }

    static Pipeline create() {
        return new Pipeline(
                text -> new Segmented(text, List.of(Sentence.unparsed(0, new Span(0, text.length()), List.of()))),
                sentence -> false,
                (segmented, worthTagging, worthParsing) -> new Parsed(segmented.text(), segmented.sentences()),
                (parsed, date) -> new Resolved(parsed, List.of()),
                (resolved, articleId, problems) -> {
                    String text = resolved.parsed().text();
                    List<Event> events = new ArrayList<>();
                    int at = text.indexOf("Kestria attacked Norland");
                    if (at >= 0) {
                        Span source = new Span(at, at + 7);
                        Span trigger = new Span(at + 8, at + 16);
                        Span target = new Span(at + 17, at + 24);
                        Span evidence = source.union(target);
                        events.add(new Event(Event.idOf(articleId, 0, "190", "KST", "NRL", evidence), articleId,
                                0, new Actor("KST", "Kestria", "country:KST"), new Actor("NRL", "Norland",
                                "country:NRL"), "190", -10, 4, source, target, evidence, trigger, "test"));
                    }
                    return events;
                });
    }
}
