package org.sitrep.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.petrarch.VerbDictionary.Element;
import org.sitrep.petrarch.VerbDictionary.Verb;
import org.sitrep.petrarch.VerbDictionary.VerbPattern;

class VerbDictionaryTest {

    private static final List<String> FILE = List.of(
            "<!-- an invented verb file in PETRARCH's format -->",
            "&GRAINS  # synonym sets may nest",
            "+BARLEY",
            "+RYE_FLOUR",
            "+&ROOTS",
            "",
            "&ROOTS",
            "+TURNIPS",
            "",
            "--- SHIP  [071]  ---",
            "SHIP    # regular forms are generated",
            "+SEND_OFF {+SENT_OFF +SENDS_OFF +SENDING_OFF} [0712]",
            "SPIT_+HURL {SPIT_+HURLED} ",
            "- * &GRAINS TO +  [073]",
            "- WILL NOT * [081:082] # comments go",
            "- IN_* ^ FROM $ [174K]",
            "- % * {ARMS SHIPMENT} [---]",
            "",
            "--- FEUD  [110:111]  ---",
            "FEUD");

    private static VerbDictionary dictionary() {
        return VerbDictionary.parse(FILE, "invented.verbs.txt");
    }

    @Test
    void readsBlocksWithTheirVerbsAndPatternsInFileOrder() {
        VerbDictionary verbs = dictionary();
        assertEquals(2, verbs.blocks().size());
        assertEquals(List.of("SHIP", "SEND_OFF", "SPIT_HURL"),
                verbs.blocks().get(0).verbs().stream().map(Verb::name).toList());
        assertEquals(List.of("073", "081", "174K", "---"),
                verbs.blocks().get(0).patterns().stream().map(VerbPattern::code).toList());
        assertEquals(4, verbs.patternCount());
        assertTrue(verbs.warnings().isEmpty(), verbs.warnings().toString());
    }

    @Test
    void generatesRegularVerbFormsAndKeepsListedIrregularOnes() {
        VerbDictionary verbs = dictionary();
        for (String form : List.of("SHIP", "SHIPS", "SHIPPED", "SHIPPING")) {
            assertEquals("SHIP", verbs.verbsWithForm(form).get(0).name(), form);
        }
        Verb sendOff = verbs.verbsWithForm("SENT").get(0);
        assertEquals("SEND_OFF", sendOff.name());
        assertEquals(List.of("OFF"), sendOff.after());
        assertEquals("0712", sendOff.code());
        Verb hurl = verbs.verbsWithForm("HURLED").get(0);
        assertEquals(List.of("SPIT"), hurl.before());
        assertEquals("071", hurl.code(), "a verb without a code of its own takes the block's");
        assertTrue(verbs.verbsWithForm("SHIPES").isEmpty());
    }

    @Test
    void readsSlotsSynsetsAdjacencyAndReciprocalCodes() {
        List<VerbPattern> patterns = dictionary().blocks().get(0).patterns();
        VerbPattern grains = patterns.get(0);
        assertEquals(Element.Kind.WORDS, grains.after().get(0).kind());
        assertEquals(List.of(List.of("BARLEY"), List.of("RYE", "FLOUR"), List.of("TURNIPS")),
                grains.after().get(0).phrases());
        assertEquals(Element.Kind.TARGET, grains.after().get(2).kind());
        VerbPattern willNot = patterns.get(1);
        assertEquals("081", willNot.code());
        assertEquals("082", willNot.reverseCode());
        assertEquals(2, willNot.before().size());
        assertFalse(willNot.verbJoinedLeft());
        VerbPattern in = patterns.get(2);
        assertTrue(in.verbJoinedLeft(), "IN_* puts IN right before the verb");
        assertEquals(List.of(Element.Kind.SKIP, Element.Kind.WORDS, Element.Kind.SOURCE),
                in.after().stream().map(Element::kind).toList());
        VerbPattern compound = patterns.get(3);
        assertEquals(Element.Kind.COMPOUND, compound.before().get(0).kind());
        assertTrue(compound.after().get(1).pluralAllowed(), "nouns in braces match their plurals");
    }

    @Test
    void splitsReciprocalBlockCodes() {
        Verb feud = dictionary().verbsWithForm("FEUDED").get(0);
        assertEquals("110", feud.code());
        assertEquals("111", feud.reverseCode());
    }

    @Test
    void reportsUnreadableLinesAndGoesOn() {
        VerbDictionary verbs = VerbDictionary.parse(List.of("--- ROW [112] ---", "ROW", "- * &NOSUCHSET [113]",
                "- NO VERB HERE [114]", "- * FINE [115]"), "broken.txt");
        assertEquals(1, verbs.patternCount());
        assertEquals(2, verbs.warnings().size());
        assertTrue(verbs.warnings().get(0).startsWith("broken.txt:3:"), verbs.warnings().get(0));
    }
}
