package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.eval.GoldScoreTest.event;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Agreement of two invented annotations, the figures worked out by hand. */
class AgreementTest {

    private static Agreement handMade() {
        Map<String, List<GoldEvent>> a = new LinkedHashMap<>();
        a.put("s1", List.of(event("NOR", "190", "SWE"), event("NOR", "111", "SWE")));
        a.put("s2", List.of(event("FIN", "112", "NOR")));
        a.put("s3", List.of());
        a.put("s4", List.of());
        a.put("s5", List.of(event("DNK", "036", "ISL")));
        Map<String, List<GoldEvent>> b = new LinkedHashMap<>();
        b.put("s1", List.of(event("NOR", "193", "SWE")));
        b.put("s2", List.of());
        b.put("s3", List.of());
        b.put("s4", List.of());
        return Agreement.of(a, b);
    }

    @Test
    void comparesOnlySentencesBothAnnotated() {
        Agreement agreement = handMade();
        assertEquals(4, agreement.sentences());
        assertEquals(1, agreement.onlyInA());
        assertEquals(0, agreement.onlyInB());
    }

    @Test
    void f1PerLevelIsTwiceTheSharedKeysOverAllKeys() {
        Agreement agreement = handMade();
        // roots: A {19, 11} + {11}, B {19}: both 1 -> 2 * 1 / (3 + 1)
        assertEquals(new Agreement.Sets(3, 1, 1, 2, 4), agreement.levels().get(GoldLevel.ROOT));
        assertEquals(0.5, agreement.levels().get(GoldLevel.ROOT).f1(), 1e-9);
        assertEquals(0.5, agreement.levels().get(GoldLevel.ROOT).sameShare(), 1e-9);
        // codes 190/111/112 against 193: nothing shared
        assertEquals(0.0, agreement.levels().get(GoldLevel.CODE).f1(), 1e-9);
        assertEquals(0.0, agreement.levels().get(GoldLevel.TRIPLE).f1(), 1e-9);
        // PLOVER: A {ASSAULT, ACCUSE} + {ACCUSE}, B {ASSAULT}
        assertEquals(0.5, agreement.levels().get(GoldLevel.PLOVER).f1(), 1e-9);
    }

    @Test
    void kappaOfEventOrNoneCorrectsForChance() {
        Agreement.Kappa kappa = handMade().events();
        // A: event event none none; B: event none none none. observed 3/4;
        // chance 0.5 * 0.25 + 0.5 * 0.75 = 0.5; kappa (0.75 - 0.5) / 0.5 = 0.5
        assertEquals(3, kappa.agree());
        assertEquals(0.5, kappa.expected(), 1e-9);
        assertEquals(0.5, kappa.kappa(), 1e-9);
    }

    @Test
    void kappaOfMainRootTakesTheFirstEventListed() {
        Agreement.Kappa kappa = handMade().mainRoot();
        // A: 19 11 none none; B: 19 none none none. observed 3/4;
        // chance 19: 0.25 * 0.25, none: 0.5 * 0.75 -> 0.4375; kappa 0.3125 / 0.5625
        assertEquals(0.4375, kappa.expected(), 1e-9);
        assertEquals(0.3125 / 0.5625, kappa.kappa(), 1e-9);
    }

    @Test
    void kappaIsUndefinedWhenBothGiveOneLabelThroughout() {
        Map<String, List<GoldEvent>> none = Map.of("s1", List.of(), "s2", List.of());
        Agreement agreement = Agreement.of(none, none);
        assertTrue(Double.isNaN(agreement.events().kappa()));
        assertTrue(agreement.format().contains("Cohen's kappa n/a"), agreement.format());
    }

    @Test
    void reportListsEveryLevel() {
        String report = handMade().format();
        for (GoldLevel level : GoldLevel.values()) {
            assertTrue(report.contains(level.label() + " "), report);
        }
        assertTrue(report.contains("event or none: observed 75.0%, chance 50.0%, Cohen's kappa 0.500"), report);
    }
}
