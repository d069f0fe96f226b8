package org.sitrep.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.actors.DictionaryActorResolverTest.lines;
import static org.sitrep.actors.DictionaryActorResolverTest.sentence;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PetrarchActorDictionaryTest {

    private static final PetrarchActorDictionary PETRARCH = PetrarchActorDictionary.fromFolder(folder());
    private static final DictionaryActorResolver RESOLVER = new DictionaryActorResolver(PETRARCH.dictionary());

    private static Path folder() {
        try {
            return Path.of(PetrarchActorDictionaryTest.class.getResource("petrarch/Kestria.actors.txt").toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> codes(DictionaryActorResolver resolver, String text, LocalDate date) {
        return resolver.resolveSentence(sentence(text), text, date).stream().map(m -> m.actor().code()).toList();
    }

    private static List<String> codes(String text, LocalDate date) {
        return codes(RESOLVER, text, date);
    }

    @Test
    void synonymsOfACountryRecordNameTheCountry() {
        assertEquals(List.of("KST"), codes("Republic of Kestria", null));
        assertEquals(List.of("KST"), codes("Varan", null));
    }

    @Test
    void countryAdjectiveTakesAgentWithGeneratedPlural() {
        assertEquals(List.of("KSTMIL"), codes("Kestrian troops", null));
        assertEquals(List.of("KSTMIL"), codes("Kestrian soldiers", null));
    }

    @Test
    void datedRoleHoldsInsideItsSpanAndTheDefaultOutside() {
        assertEquals(List.of("KSTGOV"), codes("Maran Orlov", LocalDate.of(2012, 6, 1)));
        assertEquals(List.of("KSTGOV"), codes("M. Orlov", LocalDate.of(2015, 12, 31)));
        assertEquals(List.of("KSTELI"), codes("Maran Orlov", LocalDate.of(2016, 1, 1)));
        assertEquals(List.of("KSTELI"), codes("Maran Orlov", LocalDate.of(2009, 12, 31)));
    }

    @Test
    void twoDigitYearsUpToThirtyAreThisCentury() {
        // [KSTMIL >290101] is 2029; [KSTGOV <310101] is 1931.
        assertEquals(List.of("KSTGOV"), codes("Ilsa Vorn", LocalDate.of(1930, 5, 1)));
        assertEquals(List.of("KSTMIL"), codes("Ilsa Vorn", LocalDate.of(2029, 1, 1)));
        assertEquals(List.of("KSTELI"), codes("Ilsa Vorn", LocalDate.of(2000, 1, 1)));
    }

    @Test
    void eightDigitDatesBoundTheRoleAndSitrepsEliteRuleFollowsIt() {
        // [KSTREB 20050301-20111231] without a default: before it the country alone, after it an elite.
        assertEquals(List.of("KSTREB"), codes("Bashir al-Kestri", LocalDate.of(2005, 3, 1)));
        assertEquals(List.of("KSTREB"), codes("Bashir al-Kestri", LocalDate.of(2011, 12, 31)));
        assertEquals(List.of("KST"), codes("Bashir al-Kestri", LocalDate.of(2005, 2, 28)));
        assertEquals(List.of("KSTELI"), codes("Bashir al-Kestri", LocalDate.of(2012, 1, 1)));
    }

    @Test
    void malformedRestrictionIsSkippedWithItsOriginAndTheRestLoads() {
        assertTrue(PETRARCH.skipped().stream().anyMatch(s -> s.origin().equals("Kestria.actors.txt:21")
                && s.reason().contains("2004017")), PETRARCH.skipped().toString());
        assertEquals(List.of("KSTLEG"), codes("Tomas Brel", LocalDate.of(2008, 1, 1)));
    }

    @Test
    void recordsWithoutUsableCodeAreSkipped() {
        assertTrue(PETRARCH.skipped().stream().anyMatch(s -> s.origin().equals("Kestria.actors.txt:27")));
        assertTrue(PETRARCH.skipped().stream().anyMatch(s -> s.origin().equals("Kestria.actors.txt:29")));
        assertEquals(List.of(), codes("Ghost Unit", null).stream().filter(code -> !code.isEmpty()).toList());
    }

    @Test
    void shortAcronymMatchesOnlyInCapitals() {
        assertEquals(List.of("KSTREB"), codes("KLF", null));
        assertEquals(List.of("KSTREB"), codes("Red Hand Brigade", null));
        assertTrue(codes("Klf", null).isEmpty());
    }

    @Test
    void nullPluralAndIrregularPlural() {
        assertEquals(List.of("KSTCOP"), codes("Kestrian police", null));
        assertTrue(codes("Kestrian polices", null).stream().noneMatch(code -> code.endsWith("COP")));
        assertEquals(List.of("KSTJUD"), codes("Kestrian attorneys general", null));
        assertEquals(List.of("KSTUAF"), codes("Kestrian militias", null));
    }

    @Test
    void substitutionMarkersExpandWithoutFurtherPlurals() {
        assertEquals(List.of("KSTLEG"), codes("Kestrian congresswoman", null));
        assertEquals(List.of("KSTLEG"), codes("Kestrian congressmen", null));
        assertTrue(codes("Kestrian congressmens", null).stream().noneMatch(code -> code.endsWith("LEG")));
    }

    @Test
    void codeWrittenBeforeTheTildeIsReadAsAnAgent() {
        assertEquals(List.of("KSTNGO"), codes("Kestrian human rights groups", null));
    }

    @Test
    void agentLineWithoutCodeIsSkipped() {
        assertTrue(PETRARCH.skipped().stream().anyMatch(s -> s.origin().equals("Kestria.agents.txt:12")));
    }

    @Test
    void countsWhatWasRead() {
        assertEquals(4, PETRARCH.personCount());
        assertEquals(1, PETRARCH.organizationCount());
        assertEquals(1, PETRARCH.countryCount());
        // six phrases with their plurals, police without one, four substitutions of congress!PERSON!
        assertEquals(6 * 2 + 1 + 4, PETRARCH.agentCount());
    }

    @Test
    void existingEntriesWinWhenAddedToABuilder() {
        ActorDictionary combined = PETRARCH.addTo(new ActorDictionary.Builder()
                .countries(lines("NOR\tKestria\t\t\t"))
                .agents(lines("troops\tREB\tweak"))).build();
        DictionaryActorResolver resolver = new DictionaryActorResolver(combined);
        assertEquals(List.of("NOR"), codes(resolver, "Kestria", null));
        assertEquals(List.of("KSTREB"), codes(resolver, "Kestrian troops", null));
    }

    @Test
    void readsTextHeldInMemory() {
        PetrarchActorDictionary fromText = PetrarchActorDictionary.fromText("memory",
                "NORLAND_ [NRL]\n+NORLANDIC_\n", "GUARD [~MIL]\n");
        assertEquals(List.of("NRLMIL"),
                codes(new DictionaryActorResolver(fromText.dictionary()), "Norlandic guards", null));
    }

    @Test
    void folderWithoutDictionariesIsACallerMistake(@TempDir Path empty) throws Exception {
        Files.writeString(empty.resolve("notes.txt"), "nothing here");
        assertThrows(IllegalArgumentException.class, () -> PetrarchActorDictionary.fromFolder(empty));
    }

    @Test
    void standardDictionariesStillResolveWhenCombined() {
        ActorDictionary combined = PETRARCH.withStandard();
        assertTrue(combined.entryCount() > ActorDictionary.standard().entryCount());
        assertNull(combined.longestAt(sentence("the"), 0));
    }
}
