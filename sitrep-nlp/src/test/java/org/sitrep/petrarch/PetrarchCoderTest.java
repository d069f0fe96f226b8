package org.sitrep.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.coding.CameoTable;
import org.sitrep.coding.Explanation;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.nlp.StandardPipeline;
import org.sitrep.pipeline.Pipeline;

/**
 * The PETRARCH-compatible coder on invented dictionaries in PETRARCH's formats and invented sentences: synonym
 * sets, phrasal verbs, slots before and after the verb, compounds, reciprocal codes, dated actors, discards.
 */
class PetrarchCoderTest {

    private static final LocalDate DAY = LocalDate.of(2012, 3, 1);
    private static final List<String> FILES = List.of("invented.verbs.txt", "invented.actors.txt",
            "invented.agents.txt", "invented.discards.txt", "invented.records.xml");

    @TempDir
    static Path folder;

    private static PetrarchDictionaries dictionaries;
    private static Pipeline pipeline;
    private static PetrarchEvaluation evaluation;

    @BeforeAll
    static void load() throws IOException {
        for (String name : FILES) {
            try (InputStream in = PetrarchCoderTest.class.getResourceAsStream(name)) {
                Files.copy(in, folder.resolve(name));
            }
        }
        dictionaries = PetrarchDictionaries.load(folder);
        pipeline = dictionaries.pipeline(StandardPipeline.create());
        evaluation = new PetrarchEvaluation(pipeline, dictionaries.coder(true));
    }

    private static Set<String> code(String text) {
        return code(text, DAY, true);
    }

    private static Set<String> code(String text, LocalDate day, boolean requireDyad) {
        return evaluation.code(text, day, requireDyad, "test").stream().map(Object::toString)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void aWordAfterTheVerbSelectsThePattern() {
        assertEquals(Set.of("VAL 064 NUR"), code("Valdoria restored full diplomatic ties with Nur."));
    }

    @Test
    void aSynonymSetMemberSelectsThePatternAndOthersFallToTheVerbsCode() {
        assertEquals(Set.of("VAL 0233 NUR"), code("Valdoria shipped barley to Nur."));
        assertEquals(Set.of("VAL 0233 NUR"), code("Valdoria shipped rye flour to Nur."));
        assertEquals(Set.of("VAL 071 NUR"), code("Valdoria shipped steel to Nur."));
    }

    @Test
    void aPhrasalVerbNeedsItsWordBesideIt() {
        assertEquals(Set.of("VAL 0712 NUR"), code("Valdoria sent off steel to Nur."));
    }

    @Test
    void wordsBeforeTheVerbSelectThePattern() {
        assertEquals(Set.of("VAL 128 NUR"), code("Valdoria will not ship steel to Nur."));
    }

    @Test
    void aCompoundBeforeTheVerbActsOnItselfWhenNoTargetIsNamed() {
        assertEquals(Set.of("NUR 064 VAL", "VAL 064 NUR"), code("Valdoria and Nur restored diplomatic ties."));
    }

    @Test
    void reciprocalCodesGiveAnEventEachWay() {
        assertEquals(Set.of("VALGOV 042 NUR", "NUR 043 VALGOV"), code("Valdorian envoys visited Nur on Monday."));
    }

    @Test
    void slotsBeforeAndAfterTheVerbBindTargetAndSource() {
        assertEquals(Set.of("VAL 0841 NURMIL"), code("Nur's sailors were freed from Valdoria."));
    }

    @Test
    void datedCodesFollowTheDayOfTheText() {
        assertEquals(Set.of("VALGOV 040 NUR"), code("Karl Medd met Nuri leaders.", DAY, true));
        assertEquals(Set.of("VALELI 040 NUR"), code("Karl Medd met Nuri leaders.", LocalDate.of(2016, 1, 1), true));
    }

    @Test
    void eventsWithoutTargetOnlyWhenDyadsAreNotRequired() {
        assertEquals(Set.of(), code("Valdoria restored diplomatic ties."));
        assertEquals(Set.of("VAL 064 ---"), code("Valdoria restored diplomatic ties.", DAY, false));
    }

    @Test
    void discardedSentencesAndStoriesAreNotCoded() {
        assertEquals(Set.of(), code("Valdoria restored diplomatic ties with Nur after the curling final."));
        CodedArticle coded = pipeline.process(Article.of("Hailstorm", "Valdoria restored diplomatic ties with Nur.",
                DAY, "", "", "test"));
        assertTrue(coded.events().isEmpty(), coded.events().toString());
        CodedArticle kept = pipeline.process(Article.of("Ties", "Valdoria restored diplomatic ties with Nur.",
                DAY, "", "", "test"));
        assertEquals(List.of("064"), kept.events().stream().map(e -> e.cameoCode()).toList());
        assertEquals("PETRARCH", kept.events().get(0).rule().substring(0, 8).toUpperCase(java.util.Locale.ROOT));
    }

    @Test
    void scoresRecordsByCategory() {
        UnitTestRecords records = UnitTestRecords.read(folder.resolve("invented.records.xml"));
        PetrarchEvaluation.Report report = evaluation.run(records);
        assertEquals(new PetrarchEvaluation.Tally(3, 4, 3, 1, 1), report.overall());
        assertEquals(new PetrarchEvaluation.Tally(1, 2, 2, 0, 0), report.byCategory().get("COMPOUND"));
        String table = report.format(true);
        assertTrue(table.contains("R-03 [PATTERN] Nur sent off barley to Valdoria."), table);
        assertTrue(table.contains("overall"), table);
    }

    @Test
    void explainsEachPatternTried() {
        Article article = Article.of("", "Valdoria shipped steel to Nur.", DAY, "", "", "test");
        String text = Explanation.of(pipeline.resolveEverySentence(article), dictionaries.coder(true),
                CameoTable.standard(), article.id());
        assertTrue(text.contains("SHIP pattern '- * &GRAINS TO +  [0233]'"), text);
        assertTrue(text.contains("no match: '[BARLEY, RYE FLOUR]' not found after the verb"), text);
        assertTrue(text.contains("fired: VAL 071 NUR"), text);
    }
}
