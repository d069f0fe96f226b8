package org.sitrep.actors.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PetrarchTextTest {

    @Test
    void particlesStayLowerCaseInsideNames() {
        assertEquals(List.of("Bashir al-Kestri"), PetrarchText.textForms("BASHIR_AL-KESTRI_"));
        assertEquals(List.of("Ministry of the Interior"), PetrarchText.textForms("MINISTRY_OF_THE_INTERIOR"));
        assertEquals(List.of("Anna von der Holm"), PetrarchText.textForms("ANNA VON_DER_HOLM"));
    }

    @Test
    void singleWordsGetTitleCaseAndCapitals() {
        assertEquals(List.of("Kestria", "KESTRIA"), PetrarchText.textForms("KESTRIA_"));
        assertEquals(List.of("al-Kestri", "AL-KESTRI"), PetrarchText.textForms("AL-KESTRI"));
    }

    @Test
    void shortSingleWordsStayAcronyms() {
        assertEquals(List.of("KLF"), PetrarchText.textForms("KLF"));
        assertEquals(List.of("UZ"), PetrarchText.textForms("UZ_"));
    }

    @Test
    void abbreviationsInsidePhrasesKeepTheirShape() {
        assertEquals(List.of("K.L.F. Central Command"), PetrarchText.textForms("K.L.F._CENTRAL_COMMAND"));
        assertEquals(List.of("Red Hand Front (RHF)"), PetrarchText.textForms("RED_HAND_FRONT_(RHF)_"));
        assertEquals(List.of("KDL Militia"), PetrarchText.textForms("KDL_MILITIA"));
        assertEquals(List.of("Dara McVorn", "Rue d'Arlon"), List.of(PetrarchText.textForms("DARA_MCVORN").get(0),
                PetrarchText.textForms("RUE_D'ARLON").get(0)));
    }

    @Test
    void mixedCasePhrasesAreKeptAsWritten() {
        assertEquals(List.of("Kestria Watch"), PetrarchText.textForms("Kestria_Watch"));
    }

    @Test
    void datesPivotAtThirty() {
        assertEquals(LocalDate.of(2030, 12, 31), PetrarchText.date("301231"));
        assertEquals(LocalDate.of(1931, 1, 1), PetrarchText.date("310101"));
        assertEquals(LocalDate.of(1998, 7, 9), PetrarchText.date("19980709"));
    }

    @Test
    void malformedDatesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> PetrarchText.date("2004017"));
        assertThrows(IllegalArgumentException.class, () -> PetrarchText.date("100231"));
    }

    @Test
    void regularPluralsFollowEnglishEndings() {
        assertEquals("MILITIAS", PetrarchText.regularPlural("MILITIA"));
        assertEquals("ARMIES", PetrarchText.regularPlural("ARMY"));
        assertEquals("ENVOYS", PetrarchText.regularPlural("ENVOY"));
        assertEquals("WITCHES", PetrarchText.regularPlural("WITCH"));
        assertEquals("BOSSES", PetrarchText.regularPlural("BOSS"));
        assertEquals("HUMAN_RIGHTS_GROUPS", PetrarchText.regularPlural("HUMAN_RIGHTS_GROUP"));
    }
}
