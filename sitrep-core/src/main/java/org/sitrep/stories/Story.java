package org.sitrep.stories;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A group of articles telling the same story.
 *
 * @param id         stable id, derived from the article that started the story
 * @param articleIds its articles, in the order they joined
 * @param firstSeen  earliest article date, or {@code null} when no article has one
 * @param lastSeen   latest article date, or {@code null} when no article has one
 * @param label      who, what and where
 * @param keyTerms   the words that weigh most in the story, heaviest first
 * @param summary    the most central sentences, in the order the story told them
 */
public record Story(String id, List<String> articleIds, LocalDate firstSeen, LocalDate lastSeen, StoryLabel label,
                    List<String> keyTerms, List<String> summary) {

    public Story {
        Objects.requireNonNull(id, "id");
        articleIds = List.copyOf(articleIds);
        Objects.requireNonNull(label, "label");
        keyTerms = List.copyOf(keyTerms);
        summary = List.copyOf(summary);
        if (articleIds.isEmpty()) {
            throw new IllegalArgumentException("a story has at least one article: " + id);
        }
        if ((firstSeen == null) != (lastSeen == null)
                || (firstSeen != null && firstSeen.isAfter(lastSeen))) {
            throw new IllegalArgumentException("bad date range " + firstSeen + ".." + lastSeen);
        }
    }
}
