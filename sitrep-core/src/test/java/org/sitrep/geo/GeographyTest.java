package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Span;

class GeographyTest {

    @Test
    void resolvedInGivesTheResolvedMentionsOfOneSentenceAmongThousands() {
        Place tarsk = new Place("f1", 1, "Tarsk", Place.Kind.TOWN, "NL", "NL.1", "R", "C", 52, 5, 10);
        List<PlaceMention> mentions = new ArrayList<>();
        for (int s = 0; s < 3000; s++) {
            // Two names a sentence; every third sentence's second name is unresolved, sentence 1500 has none.
            if (s == 1500) {
                continue;
            }
            mentions.add(new PlaceMention(s, new Span(s * 100, s * 100 + 5), "Tarsk", tarsk, 1, 9.0, false));
            mentions.add(new PlaceMention(s, new Span(s * 100 + 20, s * 100 + 25), "Vell",
                    s % 3 == 0 ? null : tarsk, 1, s % 3 == 0 ? 0 : 9.0, false));
        }
        Geography geography = new Geography(mentions, null, tarsk);
        assertEquals(List.of(mentions.get(0)), geography.resolvedIn(0));
        assertEquals(List.of(mentions.get(2), mentions.get(3)), geography.resolvedIn(1));
        assertEquals(List.of(), geography.resolvedIn(1500));
        assertEquals(List.of(mentions.get(mentions.size() - 2), mentions.get(mentions.size() - 1)),
                geography.resolvedIn(2999));
        assertEquals(List.of(), geography.resolvedIn(3000));
    }
}
