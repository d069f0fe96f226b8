package org.sitrep.coding.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.coding.CameoTable;
import org.sitrep.internal.DataFile;

class IntentCodesTest {

    private final IntentCodes codes = IntentCodes.standard();

    @Test
    void intendedCooperationTakesTheThreeFamilyByWhatIsIntended() {
        assertEquals(Optional.of("036"), codes.intent("042"));
        assertEquals(Optional.of("0312"), codes.intent("062"));
        assertEquals(Optional.of("0333"), codes.intent("073"));
        assertEquals(Optional.of("0353"), codes.intent("0841"));
        assertEquals(Optional.of("039"), codes.intent("045"));
    }

    @Test
    void intendedForceIsAThreat() {
        assertEquals(Optional.of("1384"), codes.intent("194"));
        assertEquals(Optional.of("1382"), codes.intent("192"));
        assertEquals(Optional.of("1312"), codes.intent("163"));
    }

    @Test
    void refusedCooperationIsARejectionAndRefusedForceNothing() {
        assertEquals(Optional.of("1243"), codes.refusal("0841"));
        assertEquals(Optional.of("125"), codes.refusal("040"));
        assertEquals(Optional.of("1212"), codes.refusal("062"));
        assertEquals(Optional.empty(), codes.refusal("190"));
    }

    @Test
    void statementsHaveNoIntentAndVowsToRejectStayRejections() {
        assertEquals(Optional.empty(), codes.intent("010"));
        assertEquals(Optional.of("120"), codes.intent("120"));
    }

    @Test
    void refusesCodesTheTableLacks() {
        List<DataFile.Line> lines = List.of(new DataFile.Line("test", 1, "04\t999\t125"));
        assertThrows(IllegalArgumentException.class, () -> new IntentCodes(lines, CameoTable.standard()));
    }
}
