package org.sitrep.app.server.internal;

import java.util.HashMap;
import java.util.Map;
import org.sitrep.app.server.internal.Views.ActorRef;
import org.sitrep.app.server.internal.Views.ArticleRef;
import org.sitrep.app.server.internal.Views.DateRef;
import org.sitrep.app.server.internal.Views.EventView;
import org.sitrep.app.server.internal.Views.PlaceRef;
import org.sitrep.app.server.internal.Views.SpanText;
import org.sitrep.coding.CameoCode;
import org.sitrep.coding.CameoTable;
import org.sitrep.coding.EventPattern;
import org.sitrep.coding.Lexicon;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Span;
import org.sitrep.store.StoredEvent;

/**
 * Builds {@link EventView}s with what the store does not keep: the CAMEO description of the code and the
 * definition of the rule that fired (rules of another lexicon version are shown by id alone).
 */
public final class EventViews {

    private final CameoTable cameo;
    private final Map<String, String> rules = new HashMap<>();

    public EventViews(CameoTable cameo, Lexicon lexicon) {
        this.cameo = cameo;
        for (EventPattern pattern : lexicon.all()) {
            rules.put(pattern.id(), definition(pattern));
        }
    }

    /** The pattern as a reader checks it: trigger, required words, target slot, code and where it is defined. */
    static String definition(EventPattern pattern) {
        StringBuilder text = new StringBuilder(pattern.noun() ? "noun " : "verb ").append('"')
                .append(pattern.trigger()).append('"');
        if (!pattern.sourcePreposition().isEmpty()) {
            text.append(' ').append(pattern.sourcePreposition()).append(" SOURCE");
        }
        // Object, not String: the lexicon's word type is the coder's to change.
        for (Object word : pattern.required()) {
            text.append(" + ").append(word);
        }
        if (!pattern.complement().isEmpty()) {
            text.append(" * ").append(String.join(" ", pattern.complement()));
        }
        if (pattern.hasTarget()) {
            text.append(pattern.targetPreposition().isEmpty() ? " TARGET" : " " + pattern.targetPreposition()
                    + " TARGET");
        }
        if (pattern.mutual()) {
            text.append(" (mutual)");
        }
        if (pattern.modal()) {
            text.append(" (also under modals)");
        }
        return text.append(" -> ").append(pattern.code()).append(" (").append(pattern.line()).append(')')
                .toString();
    }

    public static EventViews standard() {
        return new EventViews(CameoTable.standard(), Lexicon.standard());
    }

    public String description(String code) {
        return cameo.find(code).map(CameoCode::description).orElse(null);
    }

    /** An event coded just now, or read back from the store, with its place if it has one. */
    public EventView view(StoredEvent stored, String date, PlaceRef place) {
        org.sitrep.model.EventDate given = stored.event().date();
        DateRef chosen = given == null ? null : new DateRef(given.date().toString(), lower(given.precision()),
                lower(given.basis()), given.expression());
        return view(stored, date, place, chosen);
    }

    /**
     * Where the pipeline located an event, as an event read back from the store shows it (its place's own name
     * and country code), or {@code null} for an event it did not locate.
     */
    public static PlaceRef place(org.sitrep.model.Location location) {
        if (location == null) {
            return null;
        }
        org.sitrep.model.Place place = location.place();
        return new PlaceRef(place.name(), place.countryCode(), place.latitude(), place.longitude(),
                lower(location.basis()));
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** As {@link #view(StoredEvent, String, PlaceRef)}, with the event's own date as the store gives it. */
    public EventView view(StoredEvent stored, String date, PlaceRef place, DateRef chosen) {
        Event event = stored.event();
        int offset = stored.sentenceBegin();
        String sentence = stored.sentenceText();
        return new EventView(event.id(), date, actor(event.source()), actor(event.target()), event.cameoCode(),
                description(event.cameoCode()), event.rootCode(), event.goldstein(), event.quadClass(),
                event.rule(), rules.get(event.rule()), event.sentence(), sentence,
                span(event.evidence(), offset, sentence), span(event.trigger(), offset, sentence),
                span(event.sourceSpan(), offset, sentence),
                event.targetSpan() == null ? null : span(event.targetSpan(), offset, sentence),
                new ArticleRef(event.articleId(), stored.articleTitle(), stored.articleSource(), stored.url(),
                        stored.date() == null ? null : stored.date().toString()),
                place, chosen);
    }

    static ActorRef actor(Actor actor) {
        return actor == null ? null : new ActorRef(actor.code(), actor.name(), actor.entry(), actor.country());
    }

    private static SpanText span(Span span, int offset, String sentence) {
        int begin = span.begin() - offset;
        int end = span.end() - offset;
        return new SpanText(begin, end, sentence.substring(begin, end));
    }
}
