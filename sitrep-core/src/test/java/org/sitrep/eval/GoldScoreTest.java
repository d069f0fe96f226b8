package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    static GoldScore.SentenceResult tagged(String id, Set<CoderErrorClass> classes, List<GoldEvent> gold,
                                           List<GoldEvent> produced) {
        return new GoldScore.SentenceResult(new GoldSentence(id, "test", "Invented sentence " + id + ".", null, gold,
                classes), produced);
    }

    /**
     * c1 (classes 2, 4): gold NOR 036 VAL, produced NOR 036 VAL exactly.
     * c2 (class 4): gold NOR 112 VAL, produced NOR 111 KES: root and type found, countries wrong (KES for VAL).
     * c3 (class 8): no gold event, two produced (190 and 042): both spurious.
     * c4 (class 2): gold NOR 030 "", nothing produced.
     * c5 (no class): gold FIN 190 SWE found exactly; it must count in no class.
     */
    private static List<GoldScore.SentenceResult> taggedResults() {
        return List.of(
                tagged("c1", EnumSet.of(CoderErrorClass.INTENT, CoderErrorClass.TARGETS),
                        List.of(event("NOR", "036", "VAL")), List.of(event("NOR", "036", "VAL"))),
                tagged("c2", EnumSet.of(CoderErrorClass.TARGETS), List.of(event("NOR", "112", "VAL")),
                        List.of(event("NOR", "111", "KES"))),
                tagged("c3", EnumSet.of(CoderErrorClass.PRECISION_TRAPS), List.of(),
                        List.of(event("NOR", "190", "VAL"), event("NOR", "042", "VAL"))),
                tagged("c4", EnumSet.of(CoderErrorClass.INTENT), List.of(event("NOR", "030", "")), List.of()),
                tagged("c5", Set.of(), List.of(event("FIN", "190", "SWE")), List.of(event("FIN", "190", "SWE"))));
    }

    @Test
    void eachErrorClassIsScoredOverTheSentencesTaggedWithIt() {
        GoldScore score = GoldScore.of(taggedResults(), 0);
        assertEquals(Set.of(CoderErrorClass.INTENT, CoderErrorClass.TARGETS, CoderErrorClass.PRECISION_TRAPS),
                score.byClass().keySet());
        GoldScore.ClassScore intent = score.byClass().get(CoderErrorClass.INTENT);
        // c1 and c4: two gold events, c1's found at every level, c4's at none; one produced, matched
        assertEquals(2, intent.sentences());
        assertEquals(2, intent.withEvents());
        assertEquals(new GoldScore.Count(2, 1, 1, 1), intent.level(GoldLevel.ROOT));
        assertEquals(new GoldScore.Count(2, 1, 1, 1), intent.level(GoldLevel.TRIPLE));
        GoldScore.ClassScore targets = score.byClass().get(CoderErrorClass.TARGETS);
        // c1 and c2: root and PLOVER type found for both (111 and 112 are both ACCUSE); countries and triple only c1
        assertEquals(new GoldScore.Count(2, 2, 2, 2), targets.level(GoldLevel.ROOT));
        assertEquals(new GoldScore.Count(2, 2, 2, 2), targets.level(GoldLevel.PLOVER));
        assertEquals(new GoldScore.Count(2, 1, 2, 1), targets.level(GoldLevel.PLOVER_COUNTRIES));
        assertEquals(new GoldScore.Count(2, 1, 2, 1), targets.level(GoldLevel.TRIPLE));
        GoldScore.ClassScore traps = score.byClass().get(CoderErrorClass.PRECISION_TRAPS);
        // c3: nothing to recall, two events produced and both spurious
        assertEquals(1, traps.sentences());
        assertEquals(0, traps.withEvents());
        assertEquals(new GoldScore.Count(0, 0, 2, 0), traps.level(GoldLevel.ROOT));
        assertTrue(Double.isNaN(traps.level(GoldLevel.ROOT).recall()));
        assertEquals(0.0, traps.level(GoldLevel.ROOT).precision(), 1e-9);
        // the whole score still counts c5, which no class does: gold c1, c2, c4, c5, of which c4 is missed
        assertEquals(new GoldScore.Count(4, 3, 5, 3), score.level(GoldLevel.ROOT));
    }

    @Test
    void theClassTableFollowsTheHeadlineOnlyWhenSentencesAreTagged() {
        String untagged = GoldScore.of(handMade(), 0).format();
        assertTrue(untagged.endsWith(GoldScore.of(handMade(), 0).headline() + "\n"), untagged);
        assertTrue(!untagged.contains("error class"), untagged);
        GoldScore score = GoldScore.of(taggedResults(), 0);
        String report = score.format();
        int headline = report.indexOf(score.headline());
        int table = report.indexOf("error class");
        assertTrue(headline >= 0 && table > headline, report);
        List<String> rows = report.substring(table).lines().toList();
        assertEquals(9, rows.size(), report);
        assertTrue(rows.get(2).matches("2 intent, promise, future\\s+2\\s+2\\s+50\\.0%\\s+50\\.0%\\s+50\\.0%\\s+"
                + "50\\.0%\\s+100\\.0%\\s+1\\s+0"), rows.get(2));
        assertTrue(rows.get(5).matches("5 actor country\\s+0\\s+0(\\s+n/a){5}\\s+0\\s+0"), rows.get(5));
        assertTrue(rows.get(8).matches("8 precision traps\\s+1\\s+0(\\s+n/a){4}\\s+0\\.0%\\s+2\\s+2"), rows.get(8));
    }

    @Test
    void jsonCarriesTheTaggedClassesOnly() {
        ObjectNode json = GoldScore.of(taggedResults(), 0).toJson(new ObjectMapper());
        assertEquals(List.of("2", "4", "8"), iterable(json.path("byClass").fieldNames()));
        assertEquals("targets", json.path("byClass").path("4").path("label").asText());
        assertEquals(0.5, json.path("byClass").path("4").path("levels").path("triple").path("recall").asDouble(),
                1e-9);
        assertEquals(2, json.path("byClass").path("8").path("levels").path("root").path("produced").asInt());
        assertTrue(GoldScore.of(handMade(), 0).toJson(new ObjectMapper()).path("byClass").isMissingNode());
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
