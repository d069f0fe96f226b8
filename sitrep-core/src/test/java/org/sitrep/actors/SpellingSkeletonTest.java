package org.sitrep.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class SpellingSkeletonTest {

    @Test
    void foldsCommonTransliterationsTogether() {
        assertEquals(SpellingSkeleton.of("Qassemi"), SpellingSkeleton.of("Ghasemi"));
        assertEquals(SpellingSkeleton.of("Gaddafi"), SpellingSkeleton.of("Kadhafi"));
        assertEquals(SpellingSkeleton.of("Qaddafi"), SpellingSkeleton.of("Gadhafi"));
        assertEquals(SpellingSkeleton.of("Rouhani"), SpellingSkeleton.of("Rohani"));
        assertEquals(SpellingSkeleton.of("Zelensky"), SpellingSkeleton.of("Zelenskiy"));
        assertEquals(SpellingSkeleton.of("Erdoğan"), SpellingSkeleton.of("Erdogan"));
        assertEquals(SpellingSkeleton.of("al-Assad"), SpellingSkeleton.of("Assad"));
    }

    @Test
    void keepsDifferentNamesApart() {
        assertNotEquals(SpellingSkeleton.of("Maduro"), SpellingSkeleton.of("Madero"));
        assertNotEquals(SpellingSkeleton.of("Putin"), SpellingSkeleton.of("Puton"));
        assertNotEquals(SpellingSkeleton.of("Assad"), SpellingSkeleton.of("Asad Umar"));
    }
}
