package org.sitrep.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CameoTableTest {

    @Test
    void quadClassFollowsGdeltTwoRootRanges() {
        for (CameoCode code : CameoTable.standard().all()) {
            int root = Integer.parseInt(code.root());
            int expected = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
            assertEquals(expected, code.quadClass(), code.code());
        }
    }

    @Test
    void hasAllTwentyRootsAndAboutThreeHundredCodes() {
        CameoTable table = CameoTable.standard();
        for (int root = 1; root <= 20; root++) {
            assertTrue(table.find(String.format(java.util.Locale.ROOT, "%02d", root)).isPresent(), "root " + root);
        }
        assertTrue(table.all().size() >= 300, "codes: " + table.all().size());
    }

    @Test
    void usesGdeltGoldsteinWhereTablesDisagree() {
        assertEquals(-2.0, CameoTable.standard().get("016").goldstein());
        assertEquals(-8.0, CameoTable.standard().get("163").goldstein());
        assertEquals(-10.0, CameoTable.standard().get("20").goldstein(), 0.001);
    }
}
