package org.sitrep.geo;

import java.util.List;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceMention;

/**
 * The places of one article.
 *
 * @param mentions every place name found, resolved or not, in text order
 * @param dateline the mention of the dateline ("DAMASCUS, May 21 (Reuters) -"), or {@code null}
 * @param focus    the place the article is about: its most named specific place when named at least twice,
 *                 else its most named country; {@code null} when it names no place
 */
public record Geography(List<PlaceMention> mentions, PlaceMention dateline, Place focus) {

    public Geography {
        mentions = List.copyOf(mentions);
        if (dateline != null && !mentions.contains(dateline)) {
            throw new IllegalArgumentException("the dateline must be one of the mentions");
        }
    }

    public static Geography none() {
        return new Geography(List.of(), null, null);
    }

    /** The resolved mentions of one sentence. */
    public List<PlaceMention> resolvedIn(int sentence) {
        return mentions.stream().filter(m -> m.sentence() == sentence && m.isResolved()).toList();
    }
}
