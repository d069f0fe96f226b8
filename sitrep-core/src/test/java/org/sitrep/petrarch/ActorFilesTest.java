package org.sitrep.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.actors.DictionaryActorResolver;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

class ActorFilesTest {

    private static final List<String> ACTORS = List.of(
            "<!-- invented actors -->",
            "VALDORIA [VAL]",
            "+VALDORIAN",
            "+THE_IRON_COAST  # synonyms follow the name",
            "PRINCE OF NUR ASH [NUR]",
            "TWIN_CITIES [TWA/TWB]",
            "KARL_MEDD [VAL]  # default code",
            "\t[VALGOV 20100101-20141231]",
            "\t[VALELI >20150101]",
            "NOBODY [---]",
            "WHARF_LEAGUE [IGOWHF]");

    private static final List<String> AGENTS = List.of(
            "!PERSON! = MAN, WOMAN",
            "ENVOY [~GOV]",
            "POLICE {} [~COP]",
            "FERRY!PERSON! [~BUS]",
            "ARMY {ARMIES} [ ~MIL]",
            "AID_GROUP [NGO~]");

    private static ActorFiles.Result read() {
        return ActorFiles.parse(Map.of("a.actors.txt", ACTORS), Map.of("a.agents.txt", AGENTS));
    }

    private static Sentence sentence(String... words) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < words.length; i++) {
            tokens.add(Token.unparsed(i, words[i], new Span(at, at + words[i].length())));
            at += words[i].length() + 1;
        }
        return Sentence.unparsed(0, new Span(0, Math.max(0, at - 1)), tokens);
    }

    private static String code(ActorDictionary dictionary, LocalDate date, String... words) {
        Sentence sentence = sentence(words);
        var mentions = new DictionaryActorResolver(dictionary).resolveSentence(sentence, String.join(" ", words), date);
        return mentions.isEmpty() ? null : mentions.get(0).actor().code();
    }

    @Test
    void readsNamesSynonymsAndCodesIgnoringCaseAsPetrarchDoes() {
        ActorDictionary dictionary = read().dictionary();
        LocalDate day = LocalDate.of(2012, 5, 1);
        assertEquals("VAL", code(dictionary, day, "Valdoria"));
        assertEquals("VAL", code(dictionary, day, "VALDORIAN"));
        assertEquals("VAL", code(dictionary, day, "The", "Iron", "Coast"));
        assertEquals("NUR", code(dictionary, day, "Prince", "of", "Nur", "Ash"));
        assertEquals("IGOWHF", code(dictionary, day, "Wharf", "League"));
        assertNull(code(dictionary, day, "Nobody"), "an actor coded --- is not entered");
    }

    @Test
    void datedCodesHoldOnTheirDaysAndTheDefaultElsewhere() {
        ActorDictionary dictionary = read().dictionary();
        assertEquals("VAL", code(dictionary, LocalDate.of(2009, 12, 31), "Karl", "Medd"));
        assertEquals("VALGOV", code(dictionary, LocalDate.of(2010, 1, 1), "Karl", "Medd"));
        assertEquals("VALGOV", code(dictionary, LocalDate.of(2014, 12, 31), "Karl", "Medd"));
        assertEquals("VALELI", code(dictionary, LocalDate.of(2015, 1, 1), "Karl", "Medd"), "bounds are inclusive");
        assertEquals("VALELI", code(dictionary, LocalDate.of(2016, 1, 1), "Karl", "Medd"));
    }

    @Test
    void agentsComposeWithCountriesWithPluralsAndSubstitutions() {
        ActorDictionary dictionary = read().dictionary();
        LocalDate day = LocalDate.of(2012, 5, 1);
        assertEquals("VALGOV", code(dictionary, day, "Valdorian", "envoys"));
        assertEquals("VALCOP", code(dictionary, day, "Valdorian", "police"));
        assertNull(code(dictionary, day, "polices"), "{} means no plural");
        assertEquals("VALBUS", code(dictionary, day, "Valdorian", "ferrywomen"));
        assertEquals("VALMIL", code(dictionary, day, "Valdorian", "armies"));
        assertEquals("VALNGO", code(dictionary, day, "Valdorian", "aid", "groups"));
    }

    @Test
    void actorsWithSeveralCodesAreJoinedAndRemembered() {
        ActorFiles.Result result = read();
        assertEquals(List.of("TWA", "TWB"), result.multiCodes().get("TWATWB"));
        assertEquals("TWATWB", code(result.dictionary(), LocalDate.of(2012, 5, 1), "Twin", "Cities"));
    }

    @Test
    void warnsAboutCodesItCannotUse() {
        ActorFiles.Result result = read();
        assertTrue(result.warnings().stream().anyMatch(w -> w.startsWith("a.actors.txt:10:")), result.warnings().toString());
        assertEquals("VAL", code(result.dictionary(), LocalDate.of(2012, 5, 1), "Valdoria"), "the other actors stay");
    }

    @Test
    void aDatedCodeOfSeveralPartsIsAWarningNotACrash() {
        ActorFiles.Result result = ActorFiles.parse(
                Map.of("b.actors.txt", List.of("ODO_VARN [VAL]", "\t[TWA/TWB 20100101-20121231]", "VALDORIA [VAL]")),
                Map.of());
        assertTrue(result.warnings().stream().anyMatch(w -> w.startsWith("b.actors.txt:1: actor ODO VARN skipped")),
                result.warnings().toString());
        assertNull(code(result.dictionary(), LocalDate.of(2011, 1, 1), "Odo", "Varn"));
        assertEquals("VAL", code(result.dictionary(), LocalDate.of(2011, 1, 1), "Valdoria"), "the other actors stay");
    }

    @Test
    void namesComeInTheCapitalisationsOfNewsText() {
        List<String> variants = ActorFiles.variants(List.of("THE KU", "MAZAR-I-SHARIF", "DOL AMROTH"));
        assertTrue(variants.contains("The KU"), variants.toString());
        assertTrue(variants.contains("Mazar-i-Sharif"), variants.toString());
        assertTrue(variants.contains("Dol_Amroth"), variants.toString());
    }

    @Test
    void sixDigitYearsUpToThirtyAreThisCentury() {
        assertEquals(LocalDate.of(2000, 2, 29), ActorFiles.date("000229"));
        assertEquals(LocalDate.of(2030, 12, 31), ActorFiles.date("301231"));
        assertEquals(LocalDate.of(1996, 7, 16), ActorFiles.date("960716"));
        assertEquals(LocalDate.of(2012, 12, 7), ActorFiles.date("20121207"));
    }

    @Test
    void impossibleAndInvertedRangesAreWarningsNotCrashes() {
        ActorFiles.Result result = ActorFiles.parse(Map.of("bad.actors.txt", List.of(
                "KARL_MEDD", "[VALGOV 20121207-20120802]", "[VALELI 990230-000101]", "[VAL]")), Map.of());
        assertTrue(result.warnings().stream().anyMatch(w -> w.contains("ends before it starts")), result.warnings().toString());
        assertTrue(result.warnings().stream().anyMatch(w -> w.contains("cannot read the dates")), result.warnings().toString());
        assertEquals("VAL", code(result.dictionary(), LocalDate.of(2012, 9, 1), "Karl", "Medd"));
    }

    @Test
    void loadsTheStockPhoenixDictionaries() throws Exception {
        java.nio.file.Path phoenix = org.sitrep.testing.SharedData.require("eval/petrarch/phoenix");
        List<java.nio.file.Path> actorFiles;
        try (var files = java.nio.file.Files.list(phoenix)) {
            actorFiles = files.filter(f -> f.getFileName().toString().endsWith(".actors.txt")).sorted().toList();
        }
        ActorFiles.Result result = ActorFiles.read(actorFiles, List.of(phoenix.resolve("Phoenix.agents.txt")));
        assertTrue(result.actorCount() > 10_000, "actors: " + result.actorCount());
        assertTrue(result.agentCount() > 500, "agent terms: " + result.agentCount());
        assertEquals("USAGOV", code(result.dictionary(), LocalDate.of(2014, 6, 1), "Barack", "Obama"));
    }
}
