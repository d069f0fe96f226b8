package org.sitrep.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sitrep.internal.DataFile;

class LexiconTest {

    private static EventPattern parse(String text) {
        return Lexicon.parseLine(new DataFile.Line("test", 1, text));
    }

    @Test
    void readsVerbPatternWithRequiredWordsAndPrepositionalTarget() {
        EventPattern pattern = parse("163  impose_sanction.verb  SOURCE impose sanction on TARGET");
        assertFalse(pattern.noun());
        assertEquals("impose", pattern.trigger());
        assertEquals(List.of(EventPattern.Word.plain("sanction")), pattern.required());
        assertEquals("on", pattern.targetPreposition());
        assertTrue(pattern.hasTarget());
    }

    @Test
    void readsNounPatternWhosePrepositionOnlyMarksARequiredWord() {
        EventPattern pattern = parse("138 threat.noun threat of attack [modal]");
        assertTrue(pattern.noun());
        assertEquals(List.of(new EventPattern.Word("attack", "of", false)), pattern.required());
        assertFalse(pattern.hasTarget());
        assertTrue(pattern.modal());
    }

    @Test
    void prepositionMarksTheLastWordOfItsRun() {
        EventPattern pattern = parse("101 call_for.regime_change SOURCE call for regime change");
        assertEquals(List.of(EventPattern.Word.plain("regime"), new EventPattern.Word("change", "for", false)),
                pattern.required());
    }

    @Test
    void prepositionWithNothingAfterItIsAParticle() {
        assertEquals(List.of(new EventPattern.Word("in", "", true)), parse("080 give_in.bare SOURCE give in").required());
        EventPattern giveInTo = parse("080 give_in.to SOURCE give in to TARGET");
        assertEquals(List.of(new EventPattern.Word("in", "", true)), giveInTo.required());
        assertEquals("to", giveInTo.targetPreposition());
    }

    @Test
    void alongsideIntroducesATargetSlot() {
        EventPattern pattern = parse("062 fight_alongside.obj SOURCE fight alongside TARGET");
        assertEquals("alongside", pattern.targetPreposition());
        assertEquals(List.of(), pattern.required());
    }

    @Test
    void readsComplementAfterStar() {
        EventPattern pattern = parse("1056 tell.leave SOURCE tell TARGET * must leave [modal]");
        assertEquals(List.of("must", "leave"), pattern.complement());
        assertEquals("", pattern.targetPreposition());
    }

    @Test
    void readsNounSourcePreposition() {
        EventPattern pattern = parse("192 capture.noun capture of TARGET by SOURCE");
        assertEquals("of", pattern.targetPreposition());
        assertEquals("by", pattern.sourcePreposition());
    }

    @Test
    void rejectsMutualPatternWithTarget() {
        assertThrows(IllegalArgumentException.class, () -> parse("062 x.y SOURCE join force with TARGET [mutual]"));
    }

    @Test
    void keepsProvenanceFlagApartFromMatchingFlags() {
        EventPattern pattern = parse("046 resume_talk.mutual SOURCE resume talk [mutual, src=petrarch]");
        assertEquals("petrarch", pattern.provenance());
        assertTrue(pattern.mutual());
        assertEquals("", parse("046 resume_talk.with SOURCE resume talk with TARGET").provenance());
        assertThrows(IllegalArgumentException.class, () -> parse("046 a.b SOURCE resume talk [src=Petrarch!]"));
        assertThrows(IllegalArgumentException.class, () -> parse("046 a.b SOURCE resume talk [src=a, src=b]"));
    }

    @Test
    void builtInLexiconNamesAKnownProvenanceOnEveryFlaggedLine() {
        for (EventPattern pattern : Lexicon.standard().all()) {
            assertTrue(Set.of("", "petrarch", "newswire", "wordnet").contains(pattern.provenance()),
                    pattern.id() + " has provenance " + pattern.provenance());
        }
    }

    /** A WordNet line is only reviewable with its record: the comment naming the word, relation and source line. */
    @Test
    void everyWordnetLineFollowsACommentNamingItsWordAndSourceLine() throws java.io.IOException {
        String text;
        try (java.io.InputStream in = Lexicon.class.getResourceAsStream("verbs.txt")) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String record = null;
        int lines = 0;
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.startsWith("# wordnet: ")) {
                record = line;
                continue;
            }
            if (line.isEmpty() || line.startsWith("#")) {
                record = null;
                continue;
            }
            if (!line.contains("src=wordnet")) {
                record = null;
                continue;
            }
            lines++;
            EventPattern pattern = parse(line);
            String recorded = record;
            assertTrue(recorded != null && recorded.contains(" of \"") && recorded.contains("; from ")
                    && List.of(recorded.substring("# wordnet: ".length(), recorded.indexOf(',')).split(" "))
                            .contains(pattern.trigger()),
                    () -> pattern.id() + " lacks its WordNet record: " + recorded);
        }
        assertTrue(lines > 0, "the lexicon holds WordNet lines");
    }

    @Test
    void rejectsUnknownFlagAndBadId() {
        assertThrows(IllegalArgumentException.class, () -> parse("062 x.y SOURCE join force [sometimes]"));
        assertThrows(IllegalArgumentException.class, () -> parse("062 X.Y SOURCE join force"));
    }

    @Test
    void rejectsCodeMissingFromTableAndDuplicateIds() {
        CameoTable table = CameoTable.standard();
        assertThrows(IllegalArgumentException.class, () -> Lexicon.parse(
                List.of(new DataFile.Line("t", 1, "999 a.b SOURCE attack TARGET")), table));
        assertThrows(IllegalArgumentException.class, () -> Lexicon.parse(List.of(
                new DataFile.Line("t", 1, "190 a.b SOURCE attack TARGET"),
                new DataFile.Line("t", 2, "190 a.b SOURCE assault TARGET")), table));
    }

    @Test
    void moreSpecificPatternsComeFirst() {
        Lexicon lexicon = Lexicon.parse(List.of(
                new DataFile.Line("t", 1, "040 meet.verb SOURCE meet TARGET"),
                new DataFile.Line("t", 2, "036 meet.talk SOURCE meet TARGET * talk")), CameoTable.standard());
        assertEquals("meet.talk", lexicon.verbPatterns("meet").get(0).id());
    }

    @Test
    void builtInLexiconReachesEveryRootAndOnlyCodesInTheTable() {
        Lexicon lexicon = Lexicon.standard();
        Set<String> roots = lexicon.all().stream().map(p -> p.code().substring(0, 2)).collect(Collectors.toSet());
        for (int root = 1; root <= 20; root++) {
            assertTrue(roots.contains(String.format(java.util.Locale.ROOT, "%02d", root)), "root " + root);
        }
        for (EventPattern pattern : lexicon.all()) {
            assertTrue(CameoTable.standard().find(pattern.code()).isPresent(), pattern.id());
        }
    }
}
