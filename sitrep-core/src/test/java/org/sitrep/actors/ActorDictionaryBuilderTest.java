package org.sitrep.actors;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.actors.DictionaryActorResolverTest.lines;

import org.junit.jupiter.api.Test;

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

    @Test
    void builtInDictionariesLoad() {
        assertTrue(ActorDictionary.standard().entryCount() > 1000);
    }
}
