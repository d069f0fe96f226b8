package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.geo.internal.NameKeys;

class NameKeysTest {

    @Test
    void keysIgnoreCaseDiacriticsApostrophesAndHyphens() {
        assertEquals("al hajar al aswad", NameKeys.key("Al Ḩajar al Aswad"));
        assertEquals("al hajar al aswad", NameKeys.key("Al-Hajar al-Aswad"));
        assertEquals(NameKeys.key("Ma‘arrat an Nu‘mān"), NameKeys.key("Ma'arrat an-Nu'man"));
        assertEquals("lodz", NameKeys.key("Łódź"));
    }

    @Test
    void namesInOtherScriptsHaveNoUsableKey() {
        assertFalse(NameKeys.isLatin(NameKeys.key("دمشق")));
        assertTrue(NameKeys.isLatin(NameKeys.key("Dimashq")));
    }

    @Test
    void variantsDropALeadingArticleAndUnifyItsSpellings() {
        assertTrue(NameKeys.variants("al hajar al aswad").contains("hajar al aswad"));
        assertTrue(NameKeys.variants("el hermel").contains("al hermel"));
        assertTrue(NameKeys.variants("ash shaykh badr").contains("shaykh badr"));
        assertEquals("al hajar al aswad", NameKeys.variants("al hajar al aswad").get(0));
    }

    @Test
    void skeletonsAgreeAcrossTransliterations() {
        assertEquals(NameKeys.skeleton("khan sheikhoun"), NameKeys.skeleton("khan shaykhun"));
        assertEquals(NameKeys.skeleton("maarat al numan"), NameKeys.skeleton("maarrat an numan"));
        assertEquals(NameKeys.skeleton("deir ez zor"), NameKeys.skeleton("dayr az zawr"));
        assertEquals(NameKeys.skeleton("erbil"), NameKeys.skeleton("irbil"));
        assertNotEquals(NameKeys.skeleton("homs"), NameKeys.skeleton("hama"));
    }
}
