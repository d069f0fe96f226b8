package org.sitrep.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.nlp.StandardPipeline;
import org.sitrep.pipeline.Pipeline;

/**
 * Runs the coder on sentences about fictional countries, with fictional dictionaries, so that the test is
 * about coder logic (voice, compounds, nominal triggers, denial, modality) and not about dictionary
 * contents. The expected event set of each sentence must match exactly.
 */
class GoldenSentencesTest {

    private static final LocalDate DATE = LocalDate.of(2018, 5, 21);
    private static final String FOLDER = "/org/sitrep/coding/fictional/";

    @TempDir
    static Path dictionaries;

    /** The coder's logic with a small lexicon of its own, so that lexicon edits do not move these cases. */
    @TestFactory
    Stream<DynamicTest> codesEachGoldenSentenceExactly() throws IOException {
        copyDictionaries();
        Pipeline pipeline = StandardPipeline.create(ActorDictionary.fromFolder(dictionaries),
                Lexicon.fromFile(dictionaries.resolve("verbs.txt"), CameoTable.standard()));
        return tests(pipeline, "/org/sitrep/coding/golden-sentences.txt");
    }

    /** Each construct the coder must handle, with sitrep's own lexicon. */
    @TestFactory
    Stream<DynamicTest> codesEachConstructWithTheStandardLexicon() throws IOException {
        copyDictionaries();
        Pipeline pipeline = StandardPipeline.create(ActorDictionary.fromFolder(dictionaries), Lexicon.standard());
        return tests(pipeline, "/org/sitrep/coding/golden-standard.txt");
    }

    /** Each verb family added from the CAMEO.2.0 coverage audit, with sitrep's own lexicon. */
    @TestFactory
    Stream<DynamicTest> codesEachAuditedVerbFamilyWithTheStandardLexicon() throws IOException {
        copyDictionaries();
        Pipeline pipeline = StandardPipeline.create(ActorDictionary.fromFolder(dictionaries), Lexicon.standard());
        return tests(pipeline, "/org/sitrep/coding/golden-lexicon.txt");
    }

    /** Each word added from WordNet 3.1 (src=wordnet), from several roots, with sitrep's own lexicon. */
    @TestFactory
    Stream<DynamicTest> codesWordsAddedFromWordnetWithTheStandardLexicon() throws IOException {
        copyDictionaries();
        Pipeline pipeline = StandardPipeline.create(ActorDictionary.fromFolder(dictionaries), Lexicon.standard());
        return tests(pipeline, "/org/sitrep/coding/golden-wordnet.txt");
    }

    /** PETRARCH's convention drops "X said" beside a reported event; the option keeps every statement. */
    @org.junit.jupiter.api.Test
    void keepsTheStatementBesideTheReportedEventOnlyWhenAsked() throws IOException {
        copyDictionaries();
        Pipeline pipeline = StandardPipeline.create(ActorDictionary.fromFolder(dictionaries), Lexicon.standard());
        Article article = Article.of("", "Marr said Kestria attacked Norland.", DATE, "", "", "golden");
        assertEquals(Set.of("KES 190 NOR"), triples(pipeline.process(article)));
        Pipeline keeping = pipeline.withCoder(((DependencyCoder) pipeline.coder()).keepingStatements(true));
        assertEquals(Set.of("KES 190 NOR", "NORGOV 010 -"), triples(keeping.process(article)));
    }

    private static Set<String> triples(CodedArticle coded) {
        return coded.events().stream().map(GoldenSentencesTest::triple).collect(Collectors.toCollection(TreeSet::new));
    }

    private static void copyDictionaries() throws IOException {
        for (String name : List.of("countries.tsv", "agents.tsv", "people.tsv", "organizations.tsv", "verbs.txt")) {
            if (Files.exists(dictionaries.resolve(name))) {
                continue;
            }
            try (InputStream in = GoldenSentencesTest.class.getResourceAsStream(FOLDER + name)) {
                Files.copy(in, dictionaries.resolve(name));
            }
        }
    }

    private static Stream<DynamicTest> tests(Pipeline pipeline, String resource) throws IOException {
        return readCases(resource).stream().map(c -> DynamicTest.dynamicTest(c.sentence, () -> {
            CodedArticle coded = pipeline.process(Article.of("", c.sentence, DATE, "", "", "golden"));
            Set<String> actual = coded.events().stream().map(GoldenSentencesTest::triple)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(c.expected, actual, () -> "events: " + coded.events() + "\nparse: "
                    + coded.sentences().get(0).dependencies() + "\nmentions: " + coded.mentions());
        }));
    }

    private static String triple(Event event) {
        // "-" for an event whose text names no source ("ten soldiers were killed").
        return (event.source().code().isEmpty() ? "-" : event.source().code()) + " " + event.cameoCode() + " "
                + (event.target() == null ? "-" : event.target().isKnown() ? event.target().code() : "?");
    }

    private record Case(String sentence, Set<String> expected) {
    }

    private static List<Case> readCases(String resource) throws IOException {
        List<Case> cases = new ArrayList<>();
        String text;
        try (InputStream in = GoldenSentencesTest.class.getResourceAsStream(resource)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String block : text.split("\\n\\s*\\n")) {
            List<String> lines = block.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
            if (lines.isEmpty()) {
                continue;
            }
            Set<String> expected = new TreeSet<>();
            for (String line : lines.subList(1, lines.size())) {
                if (!line.strip().equals("none")) {
                    expected.add(line.strip().replaceAll("\\s+", " "));
                }
            }
            cases.add(new Case(lines.get(0).strip(), expected));
        }
        return cases;
    }
}
