package org.sitrep.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.fixtures.Texts;
import org.sitrep.model.Quote;
import org.sitrep.model.Sentence;

class QuoteFinderTest {

    private final QuoteFinder finder = new QuoteFinder();

    private List<Quote> quotes(String text, Map<String, String> actors) {
        List<Sentence> sentences = Texts.sentences(text);
        return finder.find(text, sentences, Texts.mentions(text, sentences, new LinkedHashMap<>(actors)));
    }

    private static Quote only(List<Quote> quotes) {
        assertEquals(1, quotes.size(), quotes.toString());
        return quotes.get(0);
    }

    @Test
    void findsDirectQuotesInEveryQuotationMarkStyle() {
        Map<String, String> actors = Map.of("Vestan envoy", "VES|country_adjective:VES+agent:GOV");
        for (String[] marks : new String[][] {{"\"", "\""}, {"\u201C", "\u201D"}, {"\u00AB", "\u00BB"},
                {"\u201E", "\u201C"}, {"\u2018", "\u2019"}, {"'", "'"}}) {
            String text = marks[0] + "We will not leave the valley," + marks[1] + " the Vestan envoy said.";
            Quote quote = only(quotes(text, actors));
            assertEquals(Quote.Kind.DIRECT, quote.kind(), text);
            assertEquals("We will not leave the valley,", quote.text(), text);
            assertEquals("VES", quote.speaker().country(), text);
            assertEquals("said", quote.cue().of(text));
        }
    }

    /** An AllSides article once crashed here: the cue verb second in its sentence, after "Then". */
    @Test
    void speechVerbRightAfterAnAdverbOpeningTheSentenceHasNoSpeaker() {
        List<Quote> quotes = quotes("Then added that the bill would pass the chamber by Friday.", Map.of());
        assertTrue(quotes.stream().allMatch(q -> q.speaker() == null), quotes.toString());
    }

    @Test
    void apostrophesAreNotQuotationMarks() {
        String text = "The rebels' commander said the city's defences held.";
        List<Quote> quotes = quotes(text, Map.of());
        assertTrue(quotes.stream().allMatch(q -> q.kind() == Quote.Kind.INDIRECT), quotes.toString());
    }

    @Test
    void aQuoteRunsOverParagraphsThatReopenIt() {
        String text = "Colonel Tarik Hamdan spoke to reporters.\n\n\u201CThe road is open again. Trucks are moving.\n\n"
                + "\u201CWe expect the first convoy by noon,\u201D Hamdan said.";
        Quote quote = only(quotes(text, Map.of("Colonel Tarik Hamdan", "KESMIL|person:tarik-hamdan",
                "Hamdan", "KESMIL|person:tarik-hamdan")).stream().filter(q -> q.kind() == Quote.Kind.DIRECT).toList());
        assertEquals("The road is open again. Trucks are moving. We expect the first convoy by noon,", quote.text());
        assertEquals("Hamdan", quote.speakerText());
        assertEquals("KESMIL", quote.speaker().code());
    }

    @Test
    void theSpeakerMayFollowTheVerbOrComeBeforeIt() {
        String inverted = "\"Nobody will be forgotten,\" said Mayor Lina Qadri.";
        Quote after = only(quotes(inverted, Map.of("Mayor Lina Qadri", "KESGOV|agent:mayor")));
        assertEquals("Mayor Lina Qadri", after.speakerText());

        String colon = "The foreign ministry said: \"The talks have failed.\"";
        Quote before = only(quotes(colon, Map.of("The foreign ministry", "KESGOV|agent:GOV")).stream()
                .filter(q -> q.kind() == Quote.Kind.DIRECT).toList());
        assertEquals("The foreign ministry", before.speakerText());
        assertEquals("KESGOV", before.speaker().code());
    }

    @Test
    void aShortQuoteInsideTheClauseBelongsToTheVerbsSubject() {
        String text = "Gen. Tarik Hamdan, a Kestrian army spokesman, declared the border \"fully sealed\" on Friday.";
        Quote quote = only(quotes(text, Map.of("Gen. Tarik Hamdan", "KESMIL|agent:general+appos:country:KES",
                "Kestrian army spokesman", "KESMIL|country_adjective:KES+agent:MIL")).stream()
                .filter(q -> q.kind() == Quote.Kind.DIRECT).toList());
        assertEquals("fully sealed", quote.text());
        assertEquals("Gen. Tarik Hamdan", quote.speakerText(), "the name, not its apposition");
    }

    @Test
    void aHeadlineQuoteBelongsToItsSubject() {
        String text = "Kestria Warns Norland Over Dam: \"We Will Answer Any Provocation\"\n\nThe dispute deepened.";
        Quote quote = only(quotes(text, Map.of("Kestria", "KES|country:KES", "Norland", "NOR|country:NOR")));
        assertEquals("Kestria", quote.speakerText());
        assertEquals("Warns", quote.cue().of(text));
    }

    @Test
    void scareQuotesWithoutSpeakerAreLeftOut() {
        String text = "Analysts doubt the so-called \"red line\" will hold.";
        assertTrue(quotes(text, Map.of()).isEmpty());
    }

    @Test
    void aPronounSpeakerIsTheLastPersonNamed() {
        String text = "Lina Qadri toured the camp. \"There is no water here,\" she said.";
        Quote quote = only(quotes(text, Map.of("Lina Qadri", "KESGOV|person:lina-qadri")).stream()
                .filter(q -> q.kind() == Quote.Kind.DIRECT).toList());
        assertEquals("Lina Qadri", quote.speakerText());
        assertEquals("she", quote.speakerSpan().of(text));
        assertEquals("KESGOV", quote.speaker().code());
    }

    @Test
    void findsIndirectSpeechAfterTheVerb() {
        String text = "Interior Minister Omar Vell said on Monday that the curfew would end within days.";
        Quote quote = only(quotes(text, Map.of("Interior Minister Omar Vell", "KESGOV|person:omar-vell")));
        assertEquals(Quote.Kind.INDIRECT, quote.kind());
        assertEquals("the curfew would end within days", quote.text());
        assertEquals("Interior Minister Omar Vell", quote.speakerText());
    }

    @Test
    void findsIndirectSpeechBeforeTheVerb() {
        String text = "The bridge was destroyed before dawn, state television said.";
        Quote quote = only(quotes(text, Map.of()));
        assertEquals("The bridge was destroyed before dawn", quote.text());
        assertEquals("state television", quote.speakerText());
        assertNull(quote.speaker(), "no actor mention names it");
    }

    @Test
    void findsToldAndAdded() {
        String told = "A Norlandic commander told Reuters that his unit had pulled back.";
        Quote quote = only(quotes(told, Map.of("A Norlandic commander", "NORMIL|country_adjective:NOR+agent:MIL")));
        assertEquals("his unit had pulled back", quote.text());
        assertEquals("NORMIL", quote.speaker().code());

        String added = "The Kestrian army added that two soldiers were missing.";
        Quote addedQuote = only(quotes(added, Map.of("The Kestrian army", "KESMIL|country_adjective:KES+agent:MIL")));
        assertEquals("two soldiers were missing", addedQuote.text());
    }

    @Test
    void findsAccordingTo() {
        String after = "Forty families fled the village, according to the Kestrian Red Crescent.";
        Quote quote = only(quotes(after, Map.of("Kestrian Red Crescent", "KESNGO|organization:kes-red-crescent")));
        assertEquals("Forty families fled the village", quote.text());
        assertEquals("according to", quote.cue().of(after));
        assertEquals("KESNGO", quote.speaker().code());

        String before = "According to local officials, the dam held overnight.";
        Quote first = only(quotes(before, Map.of()));
        assertEquals("the dam held overnight", first.text());
        assertEquals("local officials", first.speakerText());
    }

    @Test
    void aSpeakersTextLeavesOutPunctuationItsMentionCaught() {
        String text = "Asked about the dam, Hamdan said that the gates would stay shut.";
        Quote quote = only(quotes(text, Map.of(", Hamdan", "KESMIL|person:tarik-hamdan")));
        assertEquals("Hamdan", quote.speakerText());
        assertEquals("Hamdan", quote.speakerSpan().of(text));
    }
}
