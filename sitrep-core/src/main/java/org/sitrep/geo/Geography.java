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

    /**
     * The resolved mentions of one sentence. Mentions are in text order, so a binary search finds the
     * sentence's first one: scanning them all for every event made long articles quadratic.
     */
    public List<PlaceMention> resolvedIn(int sentence) {
        int low = 0;
        int high = mentions.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (mentions.get(middle).sentence() < sentence) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        List<PlaceMention> found = new java.util.ArrayList<>();
        for (int i = low; i < mentions.size() && mentions.get(i).sentence() == sentence; i++) {
            if (mentions.get(i).isResolved()) {
                found.add(mentions.get(i));
            }
        }
        return List.copyOf(found);
    }
}
