package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Scores of invented sentences, the expected figures worked out by hand in the comments. */
class GoldScoreTest {

    static GoldEvent event(String source, String code, String target) {
        return new GoldEvent(source, code, target);
    }

    static GoldScore.SentenceResult result(String id, List<GoldEvent> gold, List<GoldEvent> produced) {
        return new GoldScore.SentenceResult(new GoldSentence(id, "dev", "Invented sentence " + id + ".", null, gold),
                produced);
    }

    /**
     * s1: root 19 found by a 195 with the right countries but other agent codes; a spurious 010 beside it.
     * s2: two gold 11x events, one produced 111 that finds both at root level but only 111 at code level.
     * s3: no gold event, one produced. s4: nothing either side. s5: a gold event, nothing produced.
     */
    private static List<GoldScore.SentenceResult> handMade() {
        List<GoldScore.SentenceResult> results = new ArrayList<>();
        results.add(result("s1", List.of(event("NORMIL", "190", "SWECVL")),
                List.of(event("NORGOV", "195", "SWE"), event("NOR", "010", ""))));
        results.add(result("s2", List.of(event("FIN", "111", "NOR"), event("FIN", "112", "NOR")),
                List.of(event("FIN", "111", "NOR"))));
        results.add(result("s3", List.of(), List.of(event("SWE", "042", "FIN"))));
        results.add(result("s4", List.of(), List.of()));
        results.add(result("s5", List.of(event("DNK", "036", "ISL")), List.of()));
        return results;
    }

    @Test
    void recallCountsGoldEventsFoundByAnyProducedEventOfTheirSentence() {
        GoldScore score = GoldScore.of(handMade(), 0);
        // root: s1 19 found, s2 both 11s found, s5 03 missed -> 3 of 4
        assertEquals(new GoldScore.Count(4, 3, 4, 2), score.level(GoldLevel.ROOT));
        // code: only s2's 111 -> 1 of 4; produced 195, 010, 111, 042 -> only 111 matches
        assertEquals(new GoldScore.Count(4, 1, 4, 1), score.level(GoldLevel.CODE));
        // triple: only FIN 111 NOR
        assertEquals(new GoldScore.Count(4, 1, 4, 1), score.level(GoldLevel.TRIPLE));
        assertEquals(0.75, score.level(GoldLevel.ROOT).recall(), 1e-9);
        assertEquals(0.25, score.level(GoldLevel.TRIPLE).recall(), 1e-9);
    }

    @Test
    void ploverLevelsLeaveOutStatementsWhichPloverDoesNotType() {
        GoldScore score = GoldScore.of(handMade(), 0);
        // produced 010 has no PLOVER type: produced 195 (ASSAULT, matched), 111 (ACCUSE, matched), 042 (CONSULT)
        assertEquals(new GoldScore.Count(4, 3, 3, 2), score.level(GoldLevel.PLOVER));
        // NORGOV/SWE have the countries of NORMIL/SWECVL, so type+countries finds what type finds here
        assertEquals(new GoldScore.Count(4, 3, 3, 2), score.level(GoldLevel.PLOVER_COUNTRIES));
        assertNull(GoldLevel.PLOVER.key(event("NOR", "010", "")));
    }

    @Test
    void typeWithCountriesFailsWhenSourceAndTargetAreSwapped() {
        GoldScore score = GoldScore.of(List.of(result("s1", List.of(event("RUS", "190", "UKR")),
                List.of(event("UKR", "190", "RUS")))), 0);
        assertEquals(new GoldScore.Count(1, 1, 1, 1), score.level(GoldLevel.PLOVER));
        assertEquals(new GoldScore.Count(1, 0, 1, 0), score.level(GoldLevel.PLOVER_COUNTRIES));
        assertEquals(new GoldScore.Actors(1, 0, 0, 1, 0, 0), score.actors());
    }

    @Test
    void precisionCountsEveryEventProducedForAnEventlessSentenceAsSpurious() {
        GoldScore score = GoldScore.of(List.of(result("s3", List.of(), List.of(event("SWE", "042", "FIN"),
                event("SWE", "111", "FIN")))), 0);
        assertEquals(new GoldScore.Count(0, 0, 2, 0), score.level(GoldLevel.ROOT));
        assertEquals(0.0, score.level(GoldLevel.ROOT).precision(), 1e-9);
        assertTrue(Double.isNaN(score.level(GoldLevel.ROOT).recall()));
    }

    @Test
    void actorAccuracyIsTakenOverGoldEventsFoundAtRootLevel() {
        GoldScore score = GoldScore.of(handMade(), 0);
        // s1: source NORMIL vs NORGOV (country right, code wrong), target SWECVL vs SWE (likewise);
        // s2: both gold events found at root, FIN and NOR exactly. s5 is not found, so not counted.
        assertEquals(new GoldScore.Actors(3, 3, 2, 3, 3, 2), score.actors());
    }

    @Test
    void sentenceCountsSeparateEventSentencesFromEventlessOnes() {
        GoldScore score = GoldScore.of(handMade(), 2);
        assertEquals(5, score.sentences());
        assertEquals(3, score.withEvents());
        assertEquals(1, score.quietRight());
        assertEquals(1, score.quietMissed());
        assertEquals(1, score.exact());
        assertEquals(List.of("s1", "s2", "s3", "s5"),
                score.mismatches().stream().map(result -> result.sentence().id()).toList());
        assertEquals(2, score.unreadable());
    }

    @Test
    void breaksRecallAndPrecisionDownByRootAndPloverType() {
        GoldScore score = GoldScore.of(handMade(), 0);
        assertEquals(Map.of("01", new GoldScore.Count(0, 0, 1, 0), "03", new GoldScore.Count(1, 0, 0, 0),
                "04", new GoldScore.Count(0, 0, 1, 0), "11", new GoldScore.Count(2, 2, 1, 1),
                "19", new GoldScore.Count(1, 1, 1, 1)), score.byRoot());
        assertEquals(Map.of("AGREE", new GoldScore.Count(1, 0, 0, 0), "ACCUSE", new GoldScore.Count(2, 2, 1, 1),
                "ASSAULT", new GoldScore.Count(1, 1, 1, 1), "CONSULT", new GoldScore.Count(0, 0, 1, 0)),
                score.byPlover());
    }

    @Test
    void confusionPairsUnmatchedRootsAndCountsSilenceAsNone() {
        GoldScore score = GoldScore.of(handMade(), 0);
        assertEquals(Map.of("19", Map.of("19", 1), "11", Map.of("11", 1), "03", Map.of("none", 1),
                "none", Map.of("01", 1, "04", 1, "none", 1)), score.confusion());
    }

    @Test
    void confusionPairsLeftoverRootsInOrder() {
        GoldScore score = GoldScore.of(List.of(result("s1",
                List.of(event("NOR", "173", "SWE"), event("NOR", "111", "SWE"), event("NOR", "042", "SWE")),
                List.of(event("NOR", "190", "SWE"), event("NOR", "042", "SWE")))), 0);
        assertEquals(Map.of("04", Map.of("04", 1), "17", Map.of("19", 1), "11", Map.of("none", 1)),
                score.confusion());
    }

    @Test
    void duplicateEventsOfASentenceCountOnce() {
        GoldScore score = GoldScore.of(List.of(result("s1", List.of(event("NOR", "190", "SWE"),
                event("NOR", "190", "SWE")), List.of(event("NOR", "190", "SWE"), event("NOR", "190", "SWE")))), 0);
        assertEquals(new GoldScore.Count(1, 1, 1, 1), score.level(GoldLevel.TRIPLE));
    }

    @Test
    void headlineGivesTheFiveFiguresAndUnreadableLines() {
        GoldScore score = GoldScore.of(handMade(), 1);
        assertEquals("gold: 5 sentences (3 with events), root recall 75.0%, PLOVER type 75.0%, type+countries 75.0%, "
                + "exact triple 25.0%, root precision 50.0% (1 lines unreadable)", score.headline());
        assertTrue(score.format().endsWith(score.headline() + "\n"));
    }

    @Test
    void jsonCarriesLevelsActorsAndConfusion() {
        ObjectNode json = GoldScore.of(handMade(), 0).toJson(new ObjectMapper());
        assertEquals(0.75, json.path("levels").path("root").path("recall").asDouble(), 1e-9);
        assertEquals(0.5, json.path("levels").path("root").path("precision").asDouble(), 1e-9);
        assertEquals(2, json.path("actors").path("source").path("codeRight").asInt());
        assertEquals(1, json.path("confusion").path("none").path("04").asInt());
    }

    @Test
    void detailsListMissedAndSpuriousRoots() {
        String details = GoldScore.of(handMade(), 0).details();
        assertTrue(details.contains("s5 [dev] Invented sentence s5.\n  gold     [DNK 036 ISL]\n  produced []\n"
                + "  root missed   [DNK 036 ISL]\n"), details);
        assertTrue(details.contains("  root spurious [NOR 010 -]"), details);
        assertTrue(!details.contains("s4"), details);
    }

    @Test
    void countryIsTheCountryPartElseTheKnownGroupElseTheFirstPart() {
        assertEquals("SYR", GoldLevel.country("SYRMIL"));
        assertEquals("SYR", GoldLevel.country("GOVSYR"));
        assertEquals("WST", GoldLevel.country("IGOWSTNAT"));
        assertEquals("UNO", GoldLevel.country("IGOUNO"));
        assertEquals("REB", GoldLevel.country("REB"));
        assertEquals("", GoldLevel.country(""));
    }

    @Test
    void goldEventsRejectUnknownCodesAndMalformedActors() {
        assertThrows(IllegalArgumentException.class, () -> event("NOR", "999", "SWE"));
        assertThrows(IllegalArgumentException.class, () -> event("NOR", "19O", "SWE"));
        assertThrows(IllegalArgumentException.class, () -> event("nor", "190", "SWE"));
        assertThrows(IllegalArgumentException.class, () -> event("NOR", "190", "---"));
    }
}
