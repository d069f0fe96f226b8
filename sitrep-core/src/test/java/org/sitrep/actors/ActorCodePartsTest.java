package org.sitrep.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.testing.SharedData;

public class ActorCodePartsTest {

    /** GDELT's own export sample in the shared data; the calling test skips (locally) or fails (CI) without it. */
    public static Path gdeltSample() {
        return SharedData.require("corpora/gdelt-export-sample/20191024143000.export.CSV");
    }

    @Test
    void splitsCodesAsGdeltDoes() {
        ActorCodeParts eu = ActorCodeParts.of("IGOEUREEC");
        assertEquals("EUR", eu.country());
        assertEquals("EEC", eu.knownGroup());
        assertEquals(List.of("IGO"), eu.types());
        ActorCodeParts firm = ActorCodeParts.of("MNCUSAGOV");
        assertEquals("USA", firm.country());
        assertEquals(List.of("MNC", "GOV"), firm.types());
        ActorCodeParts military = ActorCodeParts.of("GOVMIL");
        assertEquals("", military.country());
        assertEquals("GOV", military.type(0));
        assertEquals("MIL", military.type(1));
        assertEquals("", military.type(2));
        assertEquals(List.of("GOV"), ActorCodeParts.of("GOVPTY").types());
        assertEquals("AFU", ActorCodeParts.of("IGOAFRAFU").knownGroup());
        ActorCodeParts clerics = ActorCodeParts.of("SYRSHIREL");
        assertEquals("SYR", clerics.country());
        assertEquals("SHI", clerics.religion1());
        assertEquals("", clerics.religion2());
        assertEquals("", ActorCodeParts.of("").country());
        assertThrows(IllegalArgumentException.class, () -> ActorCodeParts.of("SYRM"));
    }

    @Test
    void armedGroupCodesStartingWithImgAreNotMauritian() {
        ActorCodeParts islamicState = ActorCodeParts.of("IMGMUSISI");
        assertEquals("", islamicState.country());
        assertEquals("ISI", islamicState.knownGroup());
        assertEquals("MOS", islamicState.religion1());
        assertEquals(List.of("IMG"), islamicState.types());
        ActorCodeParts jemaah = ActorCodeParts.of("IMGSEAMUSJMA");
        assertEquals("SEA", jemaah.country());
        assertEquals("JMA", jemaah.knownGroup());
        assertEquals("MOS", jemaah.religion1());
        ActorCodeParts nusra = ActorCodeParts.of("SYRREBMUS");
        assertEquals("SYR", nusra.country());
        assertEquals("MOS", nusra.religion1());
        assertEquals(List.of("REB"), nusra.types());
        ActorCodeParts mauritius = ActorCodeParts.of("MUSGOV");
        assertEquals("MUS", mauritius.country(), "at the head of a code MUS is still Mauritius");
        assertEquals("", mauritius.religion1());
    }

    /**
     * Every upper-case actor code in a real GDELT export splits into the same columns GDELT wrote, but for
     * known groups missing from GDELT's own list, which sitrep keeps.
     */
    @Test
    void agreesWithGdeltSampleRows() throws IOException {
        List<String> disagreements = new ArrayList<>();
        int checked = 0;
        for (String line : Files.readAllLines(gdeltSample(), StandardCharsets.UTF_8)) {
            String[] fields = line.split("\t", -1);
            for (int at : new int[] {5, 15}) {
                String code = fields[at];
                // Lower-case parts are GDELT's ethnic codes, which sitrep's actor codes do not have.
                if (code.isEmpty() || !code.equals(code.toUpperCase(java.util.Locale.ROOT))) {
                    continue;
                }
                checked++;
                ActorCodeParts parts = ActorCodeParts.of(code);
                List<String> ours = List.of(parts.country(), parts.knownGroup(), parts.religion1(),
                        parts.religion2(), parts.type(0), parts.type(1), parts.type(2));
                List<String> gdelt = List.of(fields[at + 2], fields[at + 3], fields[at + 5], fields[at + 6],
                        fields[at + 7], fields[at + 8], fields[at + 9]);
                boolean groupGdeltLacks = fields[at + 3].isEmpty() && !parts.knownGroup().isEmpty()
                        && ours.subList(2, 7).equals(gdelt.subList(2, 7)) && ours.get(0).equals(gdelt.get(0));
                if (!ours.equals(gdelt) && !groupGdeltLacks) {
                    disagreements.add(code + ": ours " + ours + ", GDELT " + gdelt);
                }
            }
        }
        assertEquals(List.of(), disagreements.stream().distinct().toList(), "checked " + checked);
    }
}
