package org.sitrep.stories;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A short name for a story: who, doing what, where.
 *
 * @param actors its key actors, most prominent first (actor names when the articles were coded, otherwise the
 *               names the articles repeat most)
 * @param action what happens: the most frequent CAMEO event's description when events were coded, otherwise
 *               the story's most distinctive headline words; possibly empty
 * @param place  where, possibly empty
 */
public record StoryLabel(List<String> actors, String action, String place) {

    public StoryLabel {
        actors = List.copyOf(actors);
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(place, "place");
    }

    /** Such as {@code North Korea, Japan: fire missile (Hokkaido)}. */
    public String text() {
        List<String> parts = new ArrayList<>();
        String who = String.join(", ", actors);
        if (!who.isEmpty()) {
            parts.add(action.isEmpty() ? who : who + ":");
        }
        if (!action.isEmpty()) {
            parts.add(action);
        }
        if (!place.isEmpty()) {
            parts.add("(" + place + ")");
        }
        return String.join(" ", parts);
    }
}
