package org.sitrep.flink.internal;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.model.Actor;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Location;
import org.sitrep.model.Place;
import org.sitrep.model.Span;

/** Coded articles made by hand about invented countries (Kestria, Norland), for the merge's unit tests. */
final class Reports {

    static final Place OVRA = new Place("G1", 1, "Ovra", Place.Kind.TOWN, "KS", "01", "North", "Kestria", 50.0, 20.0,
            1000);

    private Reports() {
    }

    private static Actor actor(String code, String name) {
        return new Actor(code, name, "country:" + code);
    }

    /** One article saying that {@code source} did {@code code} to the rebels: one event, optionally placed. */
    static CodedArticle report(String publisher, LocalDate date, String sourceCode, String sourceName, String code,
                               String extra, boolean placed) {
        String body = sourceName + " shelled rebels near Ovra. " + extra;
        Article article = Article.of("From " + publisher, body, date, publisher, "https://" + publisher + ".example/",
                publisher + ".jsonl:1");
        String text = article.text();
        Span source = find(text, sourceName);
        Span trigger = find(text, "shelled");
        Span target = find(text, "rebels");
        Span evidence = source.union(trigger).union(target);
        String id = Event.idOf(article.id(), 0, code, sourceCode, "KSTREB", evidence);
        Event event = new Event(id, article.id(), 0, actor(sourceCode, sourceName), actor("KSTREB", "rebels"), code,
                -10, 4, source, target, evidence, trigger, "test");
        if (placed) {
            event = event.withLocationAndDate(new Location(OVRA, find(text, "Ovra"), Location.Basis.SAME_CLAUSE),
                    date == null ? null : new EventDate(date, EventDate.Precision.DAY, "", null,
                            EventDate.Basis.PUBLICATION_DATE));
        }
        return new CodedArticle(article, List.of(), List.of(), List.of(event), List.of());
    }

    private static Span find(String text, String words) {
        int begin = text.indexOf(words);
        return new Span(begin, begin + words.length());
    }
}
