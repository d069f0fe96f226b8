package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.fixtures.Texts;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Sentence;

class PlaceResolverTest {

    private final PlaceResolver resolver = new PlaceResolver(SampleGazetteer.get());

    private Geography resolve(String text) {
        return resolve(text, Map.of());
    }

    private Geography resolve(String text, Map<String, String> actors) {
        List<Sentence> sentences = Texts.sentences(text);
        List<Mention> mentions = Texts.mentions(text, sentences, new LinkedHashMap<>(actors));
        return resolver.resolve(text, sentences, mentions);
    }

    private static PlaceMention mention(Geography geography, String text) {
        return geography.mentions().stream().filter(m -> m.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not found in " + geography.mentions()));
    }

    private static boolean named(Geography geography, String text) {
        return geography.mentions().stream().anyMatch(m -> m.text().equals(text));
    }

    @Test
    void choosesTheCountryTheArticleIsAboutOverTheMorePopulousPlace() {
        Geography maryland = resolve("Firefighters from Rockville spent the night at a barn fire near Damascus. "
                + "No one was hurt, county officials said.");
        assertEquals(4352728, mention(maryland, "Damascus").place().geonameId());

        Geography syria = resolve("Syrian shelling hit the outskirts of Damascus overnight.");
        assertEquals(170654, mention(syria, "Damascus").place().geonameId());
    }

    @Test
    void actorsCountriesFromMentionCodesAreAWeakerContext() {
        String text = "Fighting reached Hamra overnight, the commander said.";
        assertEquals(99999005, mention(resolve(text), "Hamra").place().geonameId(), "the larger town without context");
        Geography jordanian = resolve(text, Map.of("the commander", "JORMIL|agent:MIL"));
        assertEquals(99999004, mention(jordanian, "Hamra").place().geonameId(), "the Jordanian town for a Jordanian");
        Geography placed = resolve("Fighting in Syria reached Hamra overnight, the commander said.",
                Map.of("the commander", "JORMIL|agent:MIL"));
        assertEquals(99999005, mention(placed, "Hamra").place().geonameId(), "where the article is beats who speaks");
    }

    @Test
    void aWidelyKnownCityBeatsItsNamesakesAbroadWhateverTheActors() {
        Geography geography = resolve("Envoys met in Paris, the American negotiator said.",
                Map.of("the American negotiator", "USAGOV|country_adjective:USA+agent:GOV"));
        assertEquals(2988507, mention(geography, "Paris").place().geonameId());
    }

    @Test
    void institutionsAreNotPlaces() {
        Geography geography = resolve("The Pentagon said the talks in Paris would go on.");
        assertFalse(named(geography, "Pentagon"), geography.mentions().toString());
    }

    @Test
    void aSeatOfGovernmentIsItsTownWhereItIsAPlaceAndAnActorWhereItSpeaks() {
        Geography outside = resolve("Protesters waited outside the White House on Friday.");
        PlaceMention place = mention(outside, "White House");
        assertEquals(4140963, place.place().geonameId());
        assertFalse(place.actorUse());
        Geography speaking = resolve("The Kremlin said the talks in Paris would go on.",
                Map.of("Kremlin", "RUSGOV|government_metonym:RUS"));
        PlaceMention actor = mention(speaking, "Kremlin");
        assertEquals(524901, actor.place().geonameId());
        assertTrue(actor.actorUse());
    }

    @Test
    void aFacilityNamedAfterItsTownDoesNotMakeTheTownASurname() {
        Geography geography = resolve("A gunman opened fire at Naval Air Station Pensacola. Pensacola mourned.");
        assertTrue(geography.mentions().stream().anyMatch(m -> m.text().equals("Pensacola") && m.isResolved()),
                geography.mentions().toString());
    }

    @Test
    void aSurnameOfSomeoneNamedInFullIsNotAPlace() {
        Geography geography = resolve("Envoy Dana Rami arrived in Amman. Rami met officials there.");
        assertFalse(named(geography, "Rami"), geography.mentions().toString());
    }

    @Test
    void aCapitalisedFunctionWordDoesNotStartAName() {
        Geography geography = resolve("In Syria, fighting went on.");
        assertEquals("SY", mention(geography, "Syria").place().countryCode());
    }

    @Test
    void regionsNamedInTheArticlePullTheirTownsIn() {
        Geography texas = resolve("Storms flooded roads across Texas, and Paris saw the worst of it.");
        assertEquals(4717560, mention(texas, "Paris").place().geonameId());
        assertEquals(Place.Kind.ADMIN1, mention(texas, "Texas").place().kind());
        Geography france = resolve("Storms flooded roads across France, and Paris saw the worst of it.");
        assertEquals(2988507, mention(france, "Paris").place().geonameId());
    }

    @Test
    void demonymsAreNotPlaces() {
        Geography geography = resolve("American advisers flew from Baghdad to Mosul.");
        assertFalse(named(geography, "American"), geography.mentions().toString());
        assertTrue(named(geography, "Mosul"));
    }

    @Test
    void aCapitalStandingForItsGovernmentIsAnActorNotAPlace() {
        String said = "Damascus accused the rebels of shelling Aleppo.";
        Geography geography = resolve(said, Map.of("Damascus", "SYRGOV|government_metonym:SYR"));
        PlaceMention damascus = mention(geography, "Damascus");
        assertEquals(170654, damascus.place().geonameId(), "still resolved");
        assertTrue(damascus.actorUse());
        assertFalse(mention(geography, "Aleppo").actorUse());

        String target = "Rebels shelled Damascus and Aleppo.";
        Geography shelled = resolve(target, Map.of("Damascus", "SYRGOV|government_metonym:SYR"));
        assertFalse(mention(shelled, "Damascus").actorUse(), "the object of shelling is a place");
    }

    @Test
    void aCountrysPossessiveIsAPlaceOnlyBeforeAGeographicNoun() {
        Map<String, String> actors = Map.of("Israel", "ISR|country:ISR", "Syria", "SYR|country:SYR",
                "Damascus", "SYRGOV|government_metonym:SYR");
        Geography geography = resolve("Damascus's threats grew as shells fell on Syria's border towns.", actors);
        assertTrue(mention(geography, "Damascus").actorUse());
        assertFalse(mention(geography, "Syria").actorUse());
    }

    @Test
    void wordsTheArticleAlsoWritesInLowerCaseAreNotPlaces() {
        Geography geography = resolve("Police said the blast hit a market. The police chief visited Aleppo.");
        assertFalse(named(geography, "Police"), geography.mentions().toString());
        assertTrue(named(geography, "Aleppo"));
    }

    @Test
    void partOfAPersonsNameIsNotAPlace() {
        Geography titled = resolve("Colonel Rami Haddad inspected the front near Idlib.");
        assertFalse(named(titled, "Rami"), titled.mentions().toString());
        Geography untitled = resolve("The talks, chaired by Rami Haddad, ended in Amman.");
        assertFalse(named(untitled, "Rami"), untitled.mentions().toString());
        Geography alone = resolve("Refugees reached Rami late on Friday.");
        assertEquals(99999001, mention(alone, "Rami").place().geonameId());
        Geography unknownActor = resolve("Witnesses saw Rami Haddad near Idlib.", Map.of("Rami Haddad", ""));
        assertFalse(named(unknownActor, "Rami"));
    }

    @Test
    void headlineWordsCountOnlyWhenTheArticleBearsThemOut() {
        Geography geography = resolve("Rami Warns Gaza Truce Will Not Hold\n\nA truce in Gaza was fraying on Friday "
                + "as rockets were fired toward Jerusalem.");
        PlaceMention headlineGaza = geography.mentions().stream().filter(m -> m.sentence() == 0 && m.text().equals("Gaza"))
                .findFirst().orElseThrow();
        assertEquals(281133, headlineGaza.place().geonameId());
        assertTrue(geography.mentions().stream().filter(m -> m.text().equals("Rami")).noneMatch(PlaceMention::isResolved));
    }

    @Test
    void resolvesSupplementPlacesAndTheirSpellingsInContext() {
        Geography geography = resolve("Syrian troops entered Al-Hajar al-Aswad and the Yarmouk refugee camp after "
                + "rebels left eastern Ghouta and Khan Sheikhoun.");
        assertEquals(8419677, mention(geography, "Al-Hajar al-Aswad").place().geonameId());
        assertEquals("S:yarmouk-camp", mention(geography, "Yarmouk refugee camp").place().featureId());
        assertEquals("S:eastern-ghouta", mention(geography, "eastern Ghouta").place().featureId());
        assertEquals(168325, mention(geography, "Khan Sheikhoun").place().geonameId());
    }

    @Test
    void looseTransliterationsNeedTheirCountryInContext() {
        Geography bare = resolve("Fighting was reported in Khan Shaykhoun.");
        assertNull(mention(bare, "Khan Shaykhoun").place());
        Geography syrian = resolve("Syrian jets struck Khan Shaykhoun.");
        assertNull(mention(syrian, "Khan Shaykhoun").place(), "a Syrian actor says who, not where");
        Geography inSyria = resolve("Jets struck Khan Shaykhoun in northern Syria.");
        assertEquals(168325, mention(inSyria, "Khan Shaykhoun").place().geonameId());
    }

    @Test
    void readsTheDateline() {
        Geography geography = resolve("AMMAN, Jordan (Reuters) - Talks between the two sides opened on Sunday.");
        assertNotNull(geography.dateline());
        assertEquals(250441, geography.dateline().place().geonameId());
        Geography agency = resolve("Gaza (AP) \u2014 Rockets were fired overnight.");
        assertEquals(281133, agency.dateline().place().geonameId());
        Geography none = resolve("Talks between the two sides opened in Amman on Sunday.");
        assertNull(none.dateline());
    }

    @Test
    void theFocusIsTheMostNamedPlaceOfTheMostNamedCountry() {
        Geography geography = resolve("Shelling hit Idlib. Aid reached Idlib by road from Aleppo. Syria denied it. "
                + "Observers in Syria counted the dead.");
        assertEquals(169389, geography.focus().geonameId());
        Geography countryOnly = resolve("Syria denied it. Observers in Syria and Iraq counted the dead.");
        assertEquals("SY", countryOnly.focus().featureId());
    }

    @Test
    void smallPlacesNeedTheirCountryInContext() {
        PlaceMention bare = mention(resolve("The convoy stopped at Tall Qasr."), "Tall Qasr");
        assertNull(bare.place());
        assertEquals(1, bare.candidates());
        assertEquals(0, bare.score());
        PlaceMention iraqi = mention(resolve("The Iraqi convoy stopped at Tall Qasr."), "Tall Qasr");
        assertEquals(99999003, iraqi.place().geonameId());
        assertTrue(iraqi.score() >= PlaceResolver.THRESHOLD);
    }

    @Test
    void aCountrysNameMeansTheCountryNotATownSoNamed() {
        Geography geography = resolve("Minnesota farmers met envoys in Jordan.");
        assertEquals(Place.Kind.COUNTRY, mention(geography, "Jordan").place().kind());
    }

    @Test
    void aRegionsNameMeansTheRegionUnlessItsSeatBearsIt() {
        Geography virginia = resolve("Storms hit Virginia and Minnesota.");
        assertEquals("US.VA", mention(virginia, "Virginia").place().featureId());
        Geography idlib = resolve("Syrian jets struck Idlib.");
        assertEquals(169389, mention(idlib, "Idlib").place().geonameId(), "the seat, a town of the region's name");
        Geography washington = resolve("Envoys flew from Washington to Amman.");
        assertEquals(4140963, mention(washington, "Washington").place().geonameId(),
                "a capital, though a state bears its name");
    }

    @Test
    void aStateNamedAfterItsCityIsTheStateNotTheCountry() {
        Geography atlanta = resolve("Protests spread from Atlanta across Georgia on Sunday.");
        assertEquals("US.GA", mention(atlanta, "Georgia").place().featureId());
        Geography tbilisi = resolve("Protests spread from Tbilisi across Georgia on Sunday.");
        assertEquals("GE", mention(tbilisi, "Georgia").place().featureId());
    }

    @Test
    void aCountryNameThatIsAlsoAStateIsTheStateAmongThatCountrysPlaces() {
        Geography voters = resolve("Voters in Georgia queued before dawn. Counting in Texas and Maryland went faster.");
        assertEquals("US.GA", mention(voters, "Georgia").place().featureId(), voters.mentions().toString());
        Geography georgians = resolve("Georgian police cleared crowds across Georgia. Observers in Texas watched.");
        assertEquals("GE", mention(georgians, "Georgia").place().featureId(), "a demonym of the country keeps it");
        Geography alone = resolve("Voters in Georgia queued before dawn.");
        assertEquals("GE", mention(alone, "Georgia").place().featureId(), "no evidence: the country's prior stands");
    }

    @Test
    void theFocusIsATownOfTheFocusCountryEvenIfNamedOnce() {
        Geography geography = resolve("Protesters gathered in Idlib. Observers in Syria counted the dead. "
                + "Aid to Syria was stopped, and Syria closed its borders.");
        assertEquals(169389, geography.focus().geonameId());
    }

    @Test
    void countriesQualifyingANounDoNotMakeTheFocus() {
        Geography geography = resolve("U.S. officials said the jets struck Idlib. U.S. lawmakers and U.S. diplomats "
                + "met U.S. officials.");
        assertEquals(169389, geography.focus().geonameId());
    }

    @Test
    void placesOfSentencesAboutEarlierYearsDoNotMakeTheFocus() {
        String text = "In 2013, militants attacked Aleppo. Aleppo was besieged in 2013 as well. "
                + "This week, jets struck Idlib.";
        List<Sentence> sentences = Texts.sentences(text);
        Geography geography = resolver.resolve(text, sentences, List.of(), java.time.LocalDate.of(2017, 5, 3));
        assertEquals(169389, geography.focus().geonameId());
        Geography undated = resolver.resolve(text, sentences, List.of());
        assertEquals(170063, undated.focus().geonameId());
    }

    @Test
    void aCountrysPossessiveWithItsApostropheLostKeepsTheCityEverywhere() {
        Geography geography = resolve("Rebels shelled Syrias Aleppo on Monday. Jets struck Aleppo again.");
        assertTrue(geography.mentions().stream().filter(m -> m.text().equals("Aleppo"))
                .allMatch(m -> m.isResolved() && m.place().geonameId() == 170063), geography.mentions().toString());
        assertEquals(2, geography.mentions().stream().filter(m -> m.text().equals("Aleppo")).count());
        Geography asActor = resolve("Rebels shelled Syrias Aleppo on Monday. Jets struck Aleppo again.",
                Map.of("Syrias Aleppo", ""));
        assertEquals(2, asActor.mentions().stream().filter(m -> m.text().equals("Aleppo") && m.isResolved()).count(),
                asActor.mentions().toString());
    }

    @Test
    void aQuarterNamedNewCityDoesNotHideTheCity() {
        Geography geography = resolve("Militants attacked New Mosul on Friday. Troops retook Mosul city on Saturday.");
        PlaceMention city = geography.mentions().stream().filter(m -> m.text().startsWith("Mosul")).findFirst()
                .orElseThrow(() -> new AssertionError(geography.mentions().toString()));
        assertEquals(99072, city.place().geonameId());
    }

    @Test
    void aCityFollowedByTheWordCityResolvesAsTheCity() {
        Geography geography = resolve("Troops retook Mosul city on Saturday, Iraqi officials said.");
        PlaceMention city = geography.mentions().stream().filter(m -> m.text().startsWith("Mosul")).findFirst()
                .orElseThrow(() -> new AssertionError(geography.mentions().toString()));
        assertEquals(99072, city.place().geonameId());
    }

    @Test
    void firstNamesAndCapitalisedCommonWordsAreNotTowns() {
        Geography geography = resolve("Front lines moved little. Nancy said the plan would fail, and Warren agreed. "
                + "War came to Idlib.");
        assertFalse(named(geography, "Front"), geography.mentions().toString());
        assertFalse(named(geography, "Nancy"));
        assertFalse(named(geography, "Warren"));
        assertFalse(named(geography, "War"));
        assertTrue(named(geography, "Idlib"));
    }

    @Test
    void aNewsAgencysAcronymIsNotATown() {
        Geography geography = resolve("The state agency SANA said jets hit Aleppo.");
        assertFalse(named(geography, "SANA"), geography.mentions().toString());
    }

    @Test
    void aHeadlineSpellingIsBorneOutByAnotherSpellingOfTheSamePlaceInTheBody() {
        Geography geography = resolve("Jets Pound Halab Overnight\n\nGovernment jets pounded Aleppo overnight, "
                + "monitors in Syria said.");
        PlaceMention headline = geography.mentions().stream().filter(m -> m.sentence() == 0 && m.text().equals("Halab"))
                .findFirst().orElseThrow(() -> new AssertionError(geography.mentions().toString()));
        assertEquals(170063, headline.place().geonameId());
    }

    @Test
    void theWiderPlaceANameIsSaidToLieInChoosesAmongHomonyms() {
        Geography north = resolve("Shelling reached Hamra, north of Aleppo, while envoys met in Amman.");
        assertEquals(99999005, mention(north, "Hamra").place().geonameId());
        Geography south = resolve("Shelling reached Hamra, north of Amman, while envoys met in Aleppo.");
        assertEquals(99999004, mention(south, "Hamra").place().geonameId());
        Geography possessive = resolve("Envoys met in Amman. Shelling hit Aleppo's Hamra district.");
        assertEquals(99999005, mention(possessive, "Hamra").place().geonameId());
    }

    @Test
    void aPlaceNamedOnceMakesTheFocusOnlyWhenSurelyResolved() {
        Geography geography = resolve("Aid to Iraq was cut. Observers in Iraq counted the dead. Iraq denied it. "
                + "A convoy stopped at Tall Qasr. Militants later attacked Baghdad.");
        PlaceMention weak = mention(geography, "Tall Qasr");
        assertTrue(weak.isResolved() && weak.score() < PlaceResolver.SURE_SCORE, weak.toString());
        assertEquals(98182, geography.focus().geonameId());
    }

    @Test
    void nATOWrittenAsAWordIsNoTown() {
        Geography geography = resolve("Nato ministers met in Kyiv.");
        assertFalse(named(geography, "Nato"), geography.mentions().toString());
    }

    @Test
    void anotherNameOfATownInAnEnglishSpeakingCountryIsNotThatTown() {
        Geography geography = resolve("Elmstead told voters across the United States that the plan would pass.");
        assertFalse(geography.mentions().stream().anyMatch(m -> m.text().equals("Elmstead") && m.isResolved()),
                geography.mentions().toString());
        Geography own = resolve("Voters across the United States watched Fairhaven.");
        assertEquals(99999010, mention(own, "Fairhaven").place().geonameId());
    }

    @Test
    void anotherNameOfATownElsewhereStillCountsInItsCountry() {
        Geography geography = resolve("Shells fell on Dovbanets in eastern Ukraine, near Donetsk.");
        assertEquals(99999011, mention(geography, "Dovbanets").place().geonameId());
    }

    @Test
    void aNameInCapitalsMatchedOnlyLooselyIsNoTown() {
        Geography geography = resolve("DOVBANETS fans marched in Ukraine, near Donetsk.");
        assertFalse(geography.mentions().stream().anyMatch(m -> m.text().equals("DOVBANETS") && m.isResolved()),
                geography.mentions().toString());
    }

    @Test
    void aRunOfStateCodesIsNoPlace() {
        Geography geography = resolve("Turnout fell in Ukraine and in MA RI, the tables showed.");
        assertFalse(named(geography, "MA RI"), geography.mentions().toString());
    }

    @Test
    void moreCapitalisedCommonWordsAndPollstersAreNotTowns() {
        Geography geography = resolve("Court papers were filed in the United States. Earth warmed again. "
                + "Gallup found support slipping in the United States.");
        assertFalse(named(geography, "Court"), geography.mentions().toString());
        assertFalse(named(geography, "Earth"));
        assertFalse(named(geography, "Gallup"));
    }

    @Test
    void militaryUnitsAndAlliancesAreNotTowns() {
        Geography geography = resolve("A spokesman for the Navy's 5th Fleet said ships were near Iran. "
                + "The Alliance said its ships stayed clear.");
        assertFalse(named(geography, "Fleet"), geography.mentions().toString());
        assertFalse(named(geography, "Alliance"), geography.mentions().toString());
    }

    @Test
    void aSeaIsNoRegionOrTownOfItsName() {
        Geography sea = resolve("Rebels fired missiles at a tanker in the Red Sea off Yemen.");
        assertFalse(sea.mentions().stream().anyMatch(m -> m.text().contains("Sea") && m.isResolved()),
                sea.mentions().toString());
        Geography region = resolve("Floods hit Red Sea governorate in Egypt.");
        assertEquals("EG.02", mention(region, "Red Sea governorate").place().featureId());
    }

    @Test
    void theFirstNameOfAPersonNamedInFullIsNotATown() {
        Geography geography = resolve("Rosalind Vance toured the United States. Later Rosalind said little.",
                Map.of("Rosalind Vance", "USAELI|person:Rosalind Vance"));
        assertFalse(geography.mentions().stream().anyMatch(m -> m.text().equals("Rosalind") && m.isResolved()),
                geography.mentions().toString());
        Geography town = resolve("Voters across the United States watched Rosalind.");
        assertEquals(99999016, mention(town, "Rosalind").place().geonameId());
    }

    @Test
    void aTownBeforeATitleInAPersonsNameStaysATown() {
        Geography geography = resolve("Houston Mayor Rosa Pike toured the United States. Floods hit Houston again.",
                Map.of("Houston Mayor Rosa Pike", "USAGOV|person:Rosa Pike"));
        assertEquals(4699066, mention(geography, "Houston").place().geonameId());
    }

    @Test
    void aPlaceBeforeATitleIsTheOfficesPlace() {
        Geography geography = resolve("Storm damage was worst where Texas Gov. Rosa Pike toured on Sunday.");
        assertEquals("US.TX", mention(geography, "Texas").place().featureId());
    }
}
