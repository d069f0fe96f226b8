package org.sitrep.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelRecordsTest {

    @Test
    void contentIdIgnoresSurroundingWhitespaceButNotContent() {
        assertEquals(Article.contentId("T", "body"), Article.contentId(" T\n", "body  "));
        assertNotEquals(Article.contentId("T", "body"), Article.contentId("T", "body."));
        assertNotEquals(Article.contentId("Tb", "ody"), Article.contentId("T", "body"));
    }

    @Test
    void articleTextPutsTitleAboveBodyAfterABlankLine() {
        Article article = Article.of("Head", "Body.", null, "", "", "x");
        assertEquals("Head\n\nBody.", article.text());
        assertEquals("Body.", Article.of("", "Body.", null, "", "", "x").text());
    }

    @Test
    void anActorCodeIsOneOrMoreThreeCharacterPartsOfCapitalsAndDigits() {
        assertTrue(Actor.isCode("KES"));
        assertTrue(Actor.isCode("KESGOVMIL"));
        assertTrue(Actor.isCode("IGOUNO4AF"));
        assertFalse(Actor.isCode(""), "the unknown actor's empty code is no code");
        assertFalse(Actor.isCode("KESG"));
        assertFalse(Actor.isCode("kes"));
        assertFalse(Actor.isCode("KES GOV"));
        assertEquals("", Actor.unknown("Someone").code());
    }

    @Test
    void anActorIsAgentOnlyWhenEveryEntryItCameFromIsAnAgent() {
        assertTrue(new Actor("MIL", "troops", "agent:MIL").isAgentOnly());
        assertTrue(new Actor("GOVMIL", "army officials", "agent:GOV+agent:MIL").isAgentOnly());
        assertFalse(new Actor("KESMIL", "Kestrian troops", "country:KES+agent:MIL").isAgentOnly());
        assertFalse(new Actor("KES", "Kestria", "country:KES").isAgentOnly());
        assertFalse(Actor.unknown("Someone").isAgentOnly());
    }

    @Test
    void spanRejectsNegativeAndReversedRanges() {
        assertThrows(IllegalArgumentException.class, () -> new Span(-1, 2));
        assertThrows(IllegalArgumentException.class, () -> new Span(3, 2));
        assertEquals(new Span(1, 9), new Span(1, 3).union(new Span(5, 9)));
    }

    @Test
    void actorCodeMustBeThreeLetterParts() {
        assertThrows(IllegalArgumentException.class, () -> new Actor("SY", "x", ""));
        assertEquals("SYR", new Actor("SYRMIL", "Syrian army", "x").country());
    }

    @Test
    void eventEvidenceMustCoverTriggerAndActors() {
        Actor a = new Actor("KES", "Kestria", "t");
        assertThrows(IllegalArgumentException.class, () -> new Event("id", "art", 0, a, null, "190", -10, 4,
                new Span(0, 7), null, new Span(0, 5), new Span(8, 14), "r"));
        assertThrows(IllegalArgumentException.class, () -> new Event("id", "art", 0, a, null, "1900x", -10, 4,
                new Span(0, 7), null, new Span(0, 14), new Span(8, 14), "r"));
    }

    @Test
    void sentenceChecksTokenIndexes() {
        Token stray = Token.unparsed(1, "x", new Span(0, 1));
        assertThrows(IllegalArgumentException.class, () -> Sentence.unparsed(0, new Span(0, 1), List.of(stray)));
    }
}
