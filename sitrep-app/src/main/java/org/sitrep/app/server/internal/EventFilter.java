package org.sitrep.app.server.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The event filter every view shares, parsed from request parameters and turned into SQL over
 * {@code events e JOIN articles a}. Values always travel as bound parameters.
 *
 * @param actor   actor code prefix on either side
 * @param actor2  with {@code actor}: events between the two, either way round
 * @param source  actor code prefix of the source
 * @param target  actor code prefix of the target
 * @param code    CAMEO event code prefix
 * @param root    CAMEO root, exact
 * @param quadClasses QuadClasses to keep; empty keeps all
 * @param country three-letter country of either actor, or of the event's place when the store has places
 * @param place   text within the place name; needs a store with event locations
 * @param from    first day, inclusive (the event's date where known, else the article's)
 * @param to      last day, inclusive
 * @param text    text within the sentence or the article's title, any case
 * @param publisher the article's publisher, exactly as stored (the publishers endpoint lists them)
 * @param story   id of a story: events of its articles; needs a store with stories
 */
public record EventFilter(String actor, String actor2, String source, String target, String code, String root,
                          Set<Integer> quadClasses, String country, String place, LocalDate from, LocalDate to,
                          String text, String publisher, String story) {

    /** The parameter names above, as the API spells them. */
    public static final Set<String> PARAMETERS = Set.of("actor", "actor2", "source", "target", "code", "root",
            "quad", "country", "place", "from", "to", "text", "publisher", "story");

    public EventFilter {
        quadClasses = Set.copyOf(quadClasses);
        if (actor2 != null && actor == null) {
            throw new IllegalArgumentException("actor2 needs actor: a pair is actor and actor2 together");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from (" + from + ") is after to (" + to + ")");
        }
    }

    public static EventFilter none() {
        return new EventFilter(null, null, null, null, null, null, Set.of(), null, null, null, null, null, null,
                null);
    }

    public static EventFilter from(Params params) {
        return new EventFilter(params.actorCode("actor"), params.actorCode("actor2"), params.actorCode("source"),
                params.actorCode("target"), params.cameoPrefix("code"), params.cameoRoot("root"),
                params.quadClasses("quad"), params.country("country"), params.text("place"), params.date("from"),
                params.date("to"), params.text("text"), params.text("publisher"), params.storyId("story"));
    }

    /** The same filter without its actor parameters, for views that name the actors themselves. */
    public EventFilter withoutActors() {
        return new EventFilter(null, null, null, null, code, root, quadClasses, country, place, from, to, text,
                publisher, story);
    }

    public boolean namesActors() {
        return actor != null || source != null || target != null;
    }

    /**
     * The WHERE clause (without the keyword, {@code true} when nothing is filtered), adding its parameters.
     *
     * @throws IllegalArgumentException when the filter asks for places the store does not have
     */
    public String where(StoreShape shape, List<Object> parameters) {
        List<String> clauses = new ArrayList<>();
        String sourceCode = "e.source_code";
        String targetCode = "coalesce(e.target_code, '')";
        if (actor != null && actor2 != null) {
            clauses.add("((starts_with(" + sourceCode + ", ?) AND starts_with(" + targetCode + ", ?)) OR "
                    + "(starts_with(" + sourceCode + ", ?) AND starts_with(" + targetCode + ", ?)))");
            parameters.addAll(List.of(actor, actor2, actor2, actor));
        } else if (actor != null) {
            clauses.add("(starts_with(" + sourceCode + ", ?) OR starts_with(" + targetCode + ", ?))");
            parameters.addAll(List.of(actor, actor));
        }
        if (source != null) {
            clauses.add("starts_with(" + sourceCode + ", ?)");
            parameters.add(source);
        }
        if (target != null) {
            clauses.add("starts_with(" + targetCode + ", ?)");
            parameters.add(target);
        }
        if (code != null) {
            clauses.add("starts_with(e.cameo_code, ?)");
            parameters.add(code);
        }
        if (root != null) {
            clauses.add("e.root_code = ?");
            parameters.add(root);
        }
        if (!quadClasses.isEmpty()) {
            clauses.add("e.quad_class IN (" + quadClasses.stream().sorted().map(String::valueOf)
                    .collect(Collectors.joining(", ")) + ")");
        }
        if (country != null) {
            String clause = "substr(" + sourceCode + ", 1, 3) = ? OR substr(" + targetCode + ", 1, 3) = ?";
            parameters.add(country);
            parameters.add(country);
            if (shape.location() != null && shape.location().country() != null) {
                clause += " OR upper(e." + StoreShape.quoted(shape.location().country()) + ") = ?";
                parameters.add(country);
            }
            clauses.add("(" + clause + ")");
        }
        if (place != null) {
            if (shape.location() == null || shape.location().name() == null) {
                throw new IllegalArgumentException("place needs event locations, and this store has none "
                        + "(it was written before geocoding, or without it)");
            }
            clauses.add("contains(lower(coalesce(e." + StoreShape.quoted(shape.location().name())
                    + ", '')), lower(?))");
            parameters.add(place);
        }
        String date = shape.dateExpression();
        if (from != null) {
            clauses.add(date + " >= ?");
            parameters.add(from);
        }
        if (to != null) {
            clauses.add(date + " <= ?");
            parameters.add(to);
        }
        if (text != null) {
            clauses.add("(contains(lower(e.sentence_text), lower(?)) OR contains(lower(a.title), lower(?)))");
            parameters.add(text);
            parameters.add(text);
        }
        if (publisher != null) {
            clauses.add("a.source = ?");
            parameters.add(publisher);
        }
        if (story != null) {
            if (!shape.hasTable("story_articles")) {
                throw new IllegalArgumentException("story needs stories, and this store has none (they are built by "
                        + "'sitrep stories')");
            }
            clauses.add("e.article_id IN (SELECT article_id FROM story_articles WHERE story_id = ?)");
            parameters.add(story);
        }
        return clauses.isEmpty() ? "true" : String.join(" AND ", clauses);
    }
}
