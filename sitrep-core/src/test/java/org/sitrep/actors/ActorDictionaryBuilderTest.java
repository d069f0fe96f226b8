package org.sitrep.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.actors.DictionaryActorResolverTest.lines;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

class ActorDictionaryBuilderTest {

    @Test
    void rejectsMalformedCodeWithFileAndLine() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new ActorDictionary.Builder().countries(lines("KES\tKestria\t\t\t", "Ke\tNorland\t\t\t")));
        assertTrue(error.getMessage().startsWith("test:2:"), error.getMessage());
    }

    @Test
    void rejectsWrongColumnCount() {
        assertThrows(IllegalArgumentException.class,
                () -> new ActorDictionary.Builder().agents(lines("army\tMIL")));
    }

    @Test
    void rejectsRoleEndingBeforeItStarts() {
        assertThrows(IllegalArgumentException.class, () -> new ActorDictionary.Builder()
                .people(lines("x\tX Y\tKESGOV\t2010-01-01\t2009-01-01")));
    }

    @Test
    void rejectsUnknownAgentStrength() {
        assertThrows(IllegalArgumentException.class,
                () -> new ActorDictionary.Builder().agents(lines("army\tMIL\tmighty")));
    }

    private static DictionaryEntry entryFor(ActorDictionary dictionary, String... words) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < words.length; i++) {
            tokens.add(Token.unparsed(i, words[i], new Span(at, at + words[i].length())));
            at += words[i].length() + 1;
        }
        ActorDictionary.Match match = dictionary.longestAt(Sentence.unparsed(0, new Span(0, at - 1), tokens), 0);
        return match == null ? null : match.entry();
    }

    @Test
    void typedEntriesNeedNoDataFileText() {
        LocalDate from = LocalDate.of(2011, 2, 3);
        ActorDictionary dictionary = new ActorDictionary.Builder()
                .country("KES", List.of("Kestria"), List.of("Kestrian"), List.of("Vell"))
                .agent("harbour police", "COP", false)
                .person("ada-morn", List.of("Ada Morn"), List.of(new DictionaryEntry.Role("KESGOV", from, null)))
                .organization("wharf-league", List.of("Wharf League"), "IGOWHF")
                .build();
        assertEquals(DictionaryEntry.Kind.COUNTRY, entryFor(dictionary, "Kestria").kind());
        assertEquals(DictionaryEntry.Kind.COUNTRY_ADJECTIVE, entryFor(dictionary, "Kestrian").kind());
        assertEquals(DictionaryEntry.Kind.GOVERNMENT_METONYM, entryFor(dictionary, "Vell").kind());
        assertEquals("COP", entryFor(dictionary, "Harbour", "Police").code());
        assertEquals("KESGOV", entryFor(dictionary, "Ada", "Morn").codeOn(from));
        assertEquals("IGOWHF", entryFor(dictionary, "Wharf", "League").code());
        assertEquals(6, dictionary.entryCount());
    }

    @Test
    void typedEntriesRejectWhatTheFilesReject() {
        ActorDictionary.Builder builder = new ActorDictionary.Builder();
        assertThrows(IllegalArgumentException.class, () -> builder.country("Ke", List.of("Kestria"), List.of(),
                List.of()));
        assertThrows(IllegalArgumentException.class, () -> builder.organization("x", List.of(), "IGOWHF"));
        assertThrows(IllegalArgumentException.class, () -> builder.person("y", List.of("Ada Morn"), List.of()));
        assertThrows(IllegalArgumentException.class, () -> builder.agent("police", "CO", false));
    }

    @Test
    void builtInDictionariesLoad() {
        assertTrue(ActorDictionary.standard().entryCount() > 1000);
    }
}
