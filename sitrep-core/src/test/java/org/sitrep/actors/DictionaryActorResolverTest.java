package org.sitrep.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sitrep.internal.DataFile;
import org.sitrep.model.Mention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Parsed;

class DictionaryActorResolverTest {

    private static final ActorDictionary DICTIONARY = new ActorDictionary.Builder()
            .countries(lines("KES\tKestria|Republic of Kestria\tKestrian|Kestrians\tVaran\tthe Citadel",
                    "NOR\tNorland\tNorlandic\tHolm\t"))
            .agents(lines("army\tMIL\tstrong", "troops\tMIL\tstrong", "forces\tMIL\tweak", "government\tGOV\tstrong",
                    "spokesman\tGOV\tweak", "foreign ministry\tGOV\tstrong", "rebels\tREB\tstrong"))
            .people(lines("pavel-orlov\tPavel Orlov|Orlov\tKESGOV\t2010-01-01\t2019-12-31",
                    "karim-qassemi\tKarim Qassemi|Qassemi\tNORGOV\t2010-01-01\t",
                    "ana-mirza\tAna Mirza|Mirza\tKESGOV\t2010-01-01\t",
                    "ali-merza\tAli Merza|Merza\tNORGOV\t2010-01-01\t"))
            .organizations(lines("red-hand\tRed Hand Brigade|Red Hand\tKESREB\tREB",
                    "alliance\tNorthern Alliance|Alliance\tIGOWSTNAL\tIGO"))
            .build();
    private static final DictionaryActorResolver RESOLVER = new DictionaryActorResolver(DICTIONARY);

    static List<DataFile.Line> lines(String... texts) {
        List<DataFile.Line> lines = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            lines.add(new DataFile.Line("test", i + 1, texts[i]));
        }
        return lines;
    }

    /** Splits on spaces and before a possessive, enough for dictionary tests that need no parser. */
    static Sentence sentence(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = Pattern.compile("'s|[^\\s']+|'").matcher(text);
        while (matcher.find()) {
            tokens.add(Token.unparsed(tokens.size(), matcher.group(), new Span(matcher.start(), matcher.end())));
        }
        return Sentence.unparsed(0, new Span(0, text.length()), tokens);
    }

    private static List<String> codes(String text, LocalDate date) {
        return RESOLVER.resolveSentence(sentence(text), text, date).stream().map(m -> m.actor().code()).toList();
    }

    @Test
    void composesCountryAdjectiveWithStrongAgentOverWeakTitle() {
        assertEquals(List.of("KESMIL"), codes("a Kestrian army spokesman said", null));
    }

    @Test
    void weakTitleGivesItsAgentWhenAlone() {
        assertEquals(List.of("KESGOV"), codes("a Kestrian spokesman said", null));
    }

    @Test
    void lastStrongAgentWinsInGovernmentTroops() {
        assertEquals(List.of("KESMIL"), codes("Kestrian government troops advanced", null));
    }

    @Test
    void possessivePersonLendsCountryToAgent() {
        assertEquals(List.of("KESMIL"), codes("Orlov's troops advanced", LocalDate.of(2015, 1, 1)));
    }

    @Test
    void weakTitleAfterAGroupKeepsTheGroupsCode() {
        assertEquals(List.of("KESREB"), codes("a Red Hand spokesman said", null));
        assertEquals(List.of("KESGOV"), codes("the Red Hand government said", null));
    }

    @Test
    void weakAgentAfterAPersonNamesTheirBody() {
        assertEquals(List.of("KESGOV"), codes("Orlov's spokesman said", LocalDate.of(2015, 1, 1)));
        assertEquals(List.of("KESMIL"), codes("Orlov's forces advanced", LocalDate.of(2015, 1, 1)));
    }

    @Test
    void personCodesAsEliteAfterLeavingOffice() {
        assertEquals(List.of("KESGOV"), codes("Orlov spoke", LocalDate.of(2019, 12, 31)));
        assertEquals(List.of("KESELI"), codes("Orlov spoke", LocalDate.of(2020, 1, 1)));
        assertEquals(List.of("KES"), codes("Orlov spoke", LocalDate.of(2005, 1, 1)));
    }

    @Test
    void longestMatchWinsOverItsPrefix() {
        List<Mention> mentions = RESOLVER.resolveSentence(sentence("the Republic of Kestria said"),
                "the Republic of Kestria said", null);
        assertEquals(1, mentions.size());
        assertEquals(new Span(4, 23), mentions.get(0).span());
        assertEquals("KES", mentions.get(0).actor().code());
    }

    @Test
    void capitalisedMetonymOpeningASentenceIsTheGovernment() {
        assertEquals(List.of("KESGOV"), codes("The Citadel said", null));
        assertEquals(List.of("KESGOV"), codes("Varan said", null));
    }

    @Test
    void agentTermsIgnoreCaseButNamesDoNot() {
        assertEquals(List.of("MIL"), codes("Troops advanced", null));
        assertEquals(List.of(), codes("kestria said", null));
    }

    @Test
    void organisationKeepsItsOwnCode() {
        assertEquals(List.of("KESREB"), codes("the Red Hand Brigade attacked", null));
    }

    @Test
    void multiWordAgentMatchesAcrossTokens() {
        List<Mention> mentions = RESOLVER.resolveSentence(sentence("the Norlandic foreign ministry said"),
                "the Norlandic foreign ministry said", null);
        assertEquals("NORGOV", mentions.get(0).actor().code());
        assertEquals("country_adjective:NOR+agent:GOV", mentions.get(0).actor().entry());
    }

    @Test
    void matchesAnotherTransliterationOfAKnownName() {
        assertEquals(List.of("NORGOV"), codes("Ghasemi said", null));
        assertEquals(List.of("NORGOV"), codes("Karim Ghasemi said", null));
    }

    @Test
    void spellingToleranceDoesNotSwallowPunctuationBeforeAName() {
        List<Mention> mentions = RESOLVER.resolveSentence(sentence("he left , Ghasemi said"), "he left , Ghasemi said", null);
        assertEquals(1, mentions.size());
        assertEquals("Ghasemi", mentions.get(0).span().of("he left , Ghasemi said"));
    }

    @Test
    void spellingToleranceNeverPicksBetweenTwoKnownPeople() {
        // Mirza and Merza share a skeleton, so a third spelling matches neither.
        assertEquals(List.of(), codes("Mirsa said", null).stream().filter(c -> !c.isEmpty()).toList());
        assertEquals(List.of(), codes("Myrza said", null));
        assertEquals(List.of("KESGOV"), codes("Mirza said", null));
        assertTrue(DICTIONARY.ambiguousSkeletonCount() >= 1);
    }

    @Test
    void knownSurnameAfterAStrangersFirstNameIsNotTheKnownPerson() {
        assertEquals(List.of(), codes("said Oscar Orlov yesterday", LocalDate.of(2015, 1, 1)));
        assertEquals(List.of("KESGOV"), codes("said Mr. Orlov yesterday", LocalDate.of(2015, 1, 1)));
        assertEquals(List.of("KESGOV"), codes("Orlov said", LocalDate.of(2015, 1, 1)));
    }

    @Test
    void spotterSeesOnlySentencesWithActors() {
        assertTrue(RESOLVER.mayNameActor(sentence("rebels fled")));
        assertFalse(RESOLVER.mayNameActor(sentence("the weather was mild")));
    }

    /** Like {@link #sentence}, with one part-of-speech tag per token, as the tagger gives them. */
    static Sentence tagged(String text, String tags) {
        Sentence plain = sentence(text);
        String[] tagList = tags.split(" ");
        List<Token> tokens = new ArrayList<>();
        for (Token token : plain.tokens()) {
            tokens.add(token.withTagAndLemma(tagList[token.index()], token.word().toLowerCase()));
        }
        return Sentence.unparsed(0, plain.span(), tokens);
    }

    private static List<String> taggedCodes(String text, String tags) {
        return RESOLVER.resolveSentence(tagged(text, tags), text, null).stream().map(m -> m.actor().code()).toList();
    }

    private static List<String> articleCodes(String... sentences) {
        String text = String.join(" ", sentences);
        List<Sentence> parsedSentences = new ArrayList<>();
        int offset = 0;
        for (int s = 0; s < sentences.length; s++) {
            List<Token> tokens = new ArrayList<>();
            Matcher matcher = Pattern.compile("'s|[^\\s']+|'").matcher(sentences[s]);
            while (matcher.find()) {
                tokens.add(Token.unparsed(tokens.size(), matcher.group(),
                        new Span(offset + matcher.start(), offset + matcher.end())));
            }
            parsedSentences.add(Sentence.unparsed(s, new Span(offset, offset + sentences[s].length()), tokens));
            offset += sentences[s].length() + 1;
        }
        return RESOLVER.resolve(new Parsed(text, parsedSentences), null).mentions().stream()
                .map(m -> m.actor().code()).toList();
    }

    @Test
    void titleBeforeAnUnknownNameTakesTheCountryOfThePossessive() {
        assertEquals(List.of("NORGOV"), taggedCodes("Norland's government spokesman John Doe said",
                "NNP POS NN NN NNP NNP VBD"));
    }

    @Test
    void modifiersBetweenACountryAndItsAgentKeepOnePhrase() {
        assertEquals(List.of("KESGOV"), taggedCodes("leaders met Kestria's new government",
                "NNS VBD NNP POS JJ NN"));
        assertEquals(List.of("KESMIL"), taggedCodes("the Kestrian border troops advanced", "DT JJ NN NNS VBD"));
    }

    @Test
    void aVerbBetweenACountryAndAnAgentSplitsThem() {
        assertEquals(List.of("KES", "MIL"), taggedCodes("Kestria attacked troops", "NNP VBD NNS"));
    }

    @Test
    void alliancesTroopsAreTheAlliancesMilitary() {
        assertEquals(List.of("IGOWSTNALMIL"), taggedCodes("Alliance peacekeeping troops arrived", "NNP NN NNS VBD"));
        assertEquals(List.of("IGOWSTNAL"), taggedCodes("an Alliance spokesman said", "DT NNP NN VBD"));
    }

    @Test
    void anAgentOfACountryIsThatCountrysAgent() {
        assertEquals(List.of("NORMIL"), codes("the troops of Norland left", null));
        assertEquals(List.of("KESGOV"), codes("the government of the Republic of Kestria said", null));
        assertEquals(List.of("KESGOV"), taggedCodes("leaders of Kestria's new government met",
                "NNS IN NNP POS JJ NN VBD"));
    }

    @Test
    void aSpokesmanForABodySpeaksForIt() {
        assertEquals(List.of("KESMIL"), codes("a spokesman for the Kestrian army said", null));
        assertEquals(List.of("MIL", "NOR"), codes("troops for Norland arrived", null));
        assertEquals(List.of("KESMIL"), codes("Orlov spokesman for the Kestrian army , said", LocalDate.of(2005, 1, 1)));
    }

    @Test
    void anAgentOfCoordinatedCountriesIsLeftToTheCoder() {
        assertEquals(List.of("GOV", "NOR", "KES"), codes("the government of Norland and Kestria said", null));
    }

    @Test
    void bareAgentTakesTheOnlyCountryOfItsSentence() {
        assertEquals(List.of("KESGOV", "KESREB"), articleCodes("a Kestrian spokesman said rebels attacked"));
    }

    @Test
    void bareAgentTakesTheArticlesOnlyCountryWhenItsSentenceNamesNone() {
        assertEquals(List.of("KES", "KESMIL"), articleCodes("Kestria held elections", "troops stayed in barracks"));
    }

    @Test
    void bareAgentStaysBareWhenTwoCountriesAreInView() {
        assertEquals(List.of("KES", "NOR", "MIL"), articleCodes("Kestria met Norland", "troops stayed in barracks"));
        assertEquals(List.of("KES", "NOR", "REB"), articleCodes("Kestria and Norland said rebels attacked"));
    }

    @Test
    void backedRebelsTakeNoCountryFromTheirBacker() {
        assertEquals(List.of("KES", "REB"), articleCodes("Kestria - backed rebels attacked"));
    }
}
