package org.sitrep.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ToneTest {

    private final Tone tone = Tone.standard();

    @Test
    void scoresPositiveMinusNegativeWordsAsPercentOfAllWords() {
        // 10 words, "welcomed" and "peace" positive, "attack" negative: (2 - 1) / 10 = +10.
        assertEquals(10.0, tone.score("Norland welcomed the peace plan after the attack on Vallonia"),
                1e-9);
        // 5 words, three negative (rebels, killed, hostages): -60.
        assertEquals(-60.0, tone.score("Rebels killed three hostages there."), 1e-9);
    }

    @Test
    void countsInflectionsOfListedWords() {
        assertEquals(-1, tone.polarity("killing"));
        assertEquals(-1, tone.polarity("bombed"));
        assertEquals(-1, tone.polarity("casualties"));
        assertEquals(1, tone.polarity("agreed"));
        assertEquals(1, tone.polarity("hopeful"));
        assertEquals(0, tone.polarity("ministry"));
    }

    @Test
    void textWithoutWordsHasNeutralTone() {
        assertEquals(0.0, tone.score(""));
        assertEquals(0.0, tone.score("12 34 -- 56"));
    }

    @Test
    void conflictNewsScoresBelowCooperationNews() {
        double conflict = tone.score("Kestrian troops shelled the border town, killing civilians and "
                + "destroying homes; the wounded fled the violence.");
        double cooperation = tone.score("Kestria and Norland signed a trade agreement and pledged to "
                + "cooperate on recovery, praising the friendly talks.");
        assertTrue(conflict < 0, "conflict " + conflict);
        assertTrue(cooperation > 0, "cooperation " + cooperation);
    }
}
