package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.fixtures.Events;
import org.sitrep.fixtures.Texts;
import org.sitrep.model.Event;
import org.sitrep.model.Location;
import org.sitrep.model.Sentence;

class EventLocatorTest {

    private final PlaceResolver resolver = new PlaceResolver(SampleGazetteer.get());
    private final EventLocator locator = new EventLocator(SampleGazetteer.get());

    private Location locate(String text, int sentence, String source, String target, String trigger) {
        return locate(text, Map.of(), sentence, source, target, trigger);
    }

    private Location locate(String text, Map<String, String> actors, int sentence, String source, String target,
                            String trigger) {
        List<Sentence> sentences = Texts.sentences(text);
        Geography geography = resolver.resolve(text, sentences, Texts.mentions(text, sentences, new LinkedHashMap<>(actors)));
        Event event = Events.event(text, sentences, sentence, source, codeOf(actors, source), target,
                target == null ? "" : codeOf(actors, target), trigger);
        return locator.locate(event, sentences.get(sentence), geography, text);
    }

    private Location locateCoded(String text, Map<String, String> actors, int sentence, String source, String target,
                                 String trigger, String cameoCode) {
        List<Sentence> sentences = Texts.sentences(text);
        Geography geography = resolver.resolve(text, sentences, Texts.mentions(text, sentences, new LinkedHashMap<>(actors)));
        Event event = Events.event(text, sentences, sentence, source, codeOf(actors, source), target,
                target == null ? "" : codeOf(actors, target), trigger, cameoCode);
        return locator.locate(event, sentences.get(sentence), geography, text);
    }

    private static String codeOf(Map<String, String> actors, String phrase) {
        String value = actors.getOrDefault(phrase, "");
        return value.isEmpty() ? "" : value.substring(0, value.indexOf('|'));
    }

    @Test
    void aPlaceInTheTriggersClauseWinsOverOneElsewhereInTheSentence() {
        Location location = locate("Syrian troops shelled Douma, while envoys met in Damascus.", 0, "troops", null,
                "shelled");
        assertEquals(170592, location.place().geonameId());
        assertEquals(Location.Basis.SAME_CLAUSE, location.basis());
        assertEquals("Douma", location.span().of("Syrian troops shelled Douma, while envoys met in Damascus."));
    }

    @Test
    void aPlaceElsewhereInTheSentenceWhenTheClauseNamesNone() {
        Location location = locate("Rebels attacked a checkpoint; the fighting later spread to Idlib.", 0, "Rebels",
                null, "attacked");
        assertEquals(169389, location.place().geonameId());
        assertEquals(Location.Basis.SAME_SENTENCE, location.basis());
    }

    @Test
    void theNarrowestPlaceOfTheClauseWins() {
        Location location = locate("Syrian jets bombed Khan Shaykhun in Idlib province.", 0, "jets", null, "bombed");
        assertEquals(168325, location.place().geonameId());
    }

    @Test
    void theEventsOwnActorsAreNotItsLocation() {
        String text = "Fighting flared around Aleppo. Syria accused Turkey of arming the rebels. "
                + "Shells fell on Aleppo again.";
        Location location = locate(text, Map.of("Syria", "SYR|country:SYR", "Turkey", "TUR|country:TUR"), 1, "Syria",
                "Turkey", "accused");
        assertEquals(170063, location.place().geonameId());
        assertEquals(Location.Basis.SAME_PARAGRAPH, location.basis());
    }

    @Test
    void aCapitalStandingForItsGovernmentIsNeverTheLocation() {
        String text = "Damascus condemned the air strike on Idlib.";
        Location location = locate(text, Map.of("Damascus", "SYRGOV|government_metonym:SYR"), 0, "Damascus", null,
                "condemned");
        assertEquals(169389, location.place().geonameId());
    }

    @Test
    void theDatelineWhenTheSentenceNamesNoPlace() {
        String text = "BEIRUT (Reuters) - Gunmen kidnapped two aid workers on Tuesday. Officials in Baghdad "
                + "and Mosul said nothing.";
        Location location = locate(text, 0, "Gunmen", null, "kidnapped");
        assertEquals(276781, location.place().geonameId());
        assertEquals(Location.Basis.DATELINE, location.basis());
    }

    @Test
    void noLocationWhenTheArticleNamesNoPlace() {
        assertNull(locate("Gunmen kidnapped two aid workers on Tuesday.", 0, "Gunmen", null, "kidnapped"));
    }

    @Test
    void aPlaceTakenForAnUnknownTargetIsTheLocation() {
        Location location = locate("Syrian jets bombed Idlib at dawn.", 0, "jets", "Idlib", "bombed");
        assertEquals(169389, location.place().geonameId());
        assertEquals(Location.Basis.SAME_CLAUSE, location.basis());
    }

    @Test
    void aCountryGivesWayToATownOfItNamedElsewhereInTheSentence() {
        String text = "Government jets struck rebel positions in Syria overnight, and residents of Idlib counted the dead.";
        Location location = locate(text, 0, "jets", null, "struck");
        assertEquals(169389, location.place().geonameId());
        assertEquals(Location.Basis.SAME_SENTENCE, location.basis());
    }

    @Test
    void aCountryGivesWayToTheNearestTownOfItInTheParagraph() {
        String text = "Heavy fighting was reported near Aleppo on Monday. Government jets struck rebel positions in Syria.";
        Location location = locate(text, 1, "jets", null, "struck");
        assertEquals(170063, location.place().geonameId());
        assertEquals(Location.Basis.SAME_PARAGRAPH, location.basis());
    }

    @Test
    void aTownInAnotherParagraphDoesNotNarrowTheCountryButTheFocusDoes() {
        String text = "Government jets struck rebel positions in Syria, monitors said.\n\nLater, a convoy reached Idlib. "
                + "Another convoy reached Aleppo, and a third left Aleppo.";
        Location location = locate(text, 0, "jets", null, "struck");
        assertEquals(170063, location.place().geonameId());
        assertEquals(Location.Basis.ARTICLE_FOCUS, location.basis());
    }

    @Test
    void aTownOfAnotherCountryDoesNotReplaceTheCountry() {
        String text = "Government jets struck rebel positions in Syria. Envoys met in Amman.";
        Location location = locate(text, 0, "jets", null, "struck");
        assertEquals("SY", location.place().featureId());
    }

    @Test
    void anEventWithoutAPlaceInItsSentenceTakesTheNearestPlaceOfItsParagraph() {
        String text = "Shells fell on Idlib at dawn. Rebels attacked a checkpoint an hour later.\n\nAid agencies met in Amman.";
        Location location = locate(text, 1, "Rebels", null, "attacked");
        assertEquals(169389, location.place().geonameId());
        assertEquals(Location.Basis.SAME_PARAGRAPH, location.basis());
    }

    @Test
    void aRegionGivesWayToATownInsideItNamedInTheParagraph() {
        String text = "The gunman opened fire in Pensacola on Friday. Investigators in Florida searched his rooms.";
        Location location = locate(text, 1, "Investigators", null, "searched");
        assertEquals(4168228, location.place().geonameId());
        assertEquals(Location.Basis.SAME_PARAGRAPH, location.basis());
    }

    private static final String WAR_ABROAD = "Rebels shelled positions in Syria at dawn, monitors said.\n\n";
    private static final String TOWN_ABROAD = "Rebels shelled Aleppo at dawn, and Aleppo's hospitals filled.\n\n";

    @Test
    void aForeignGovernmentSpeakingAboutAWarAbroadSpeaksFromItsCapital() {
        String text = WAR_ABROAD + "The ministry condemned the shelling on Friday.";
        Location location = locateCoded(text, Map.of("ministry", "USAGOV|test:USAGOV"), 1, "ministry", null,
                "condemned", "111");
        assertEquals(4140963, location.place().geonameId());
        assertEquals(Location.Basis.SPEAKER_SEAT, location.basis());
        assertNull(location.span());
    }

    @Test
    void aGovernmentSpeakingAboutItsOwnCountryKeepsTheArticlesFocus() {
        String text = WAR_ABROAD + "The ministry condemned the shelling on Friday.";
        Location location = locateCoded(text, Map.of("ministry", "SYRGOV|test:SYRGOV"), 1, "ministry", null,
                "condemned", "111");
        assertEquals("SY", location.place().featureId());
        assertEquals(Location.Basis.ARTICLE_FOCUS, location.basis());
    }

    @Test
    void aStoryAboutATownAbroadKeepsAForeignGovernmentsStatementsThere() {
        String text = TOWN_ABROAD + "The ministry condemned the shelling on Friday.";
        Location location = locateCoded(text, Map.of("ministry", "USAGOV|test:USAGOV"), 1, "ministry", null,
                "condemned", "111");
        assertEquals(170063, location.place().geonameId());
        assertEquals(Location.Basis.ARTICLE_FOCUS, location.basis());
    }

    @Test
    void aForeignCountryAStatementIsAboutIsNotWhereItWasMade() {
        String text = "Lawmakers warned of a wider war in Syria.";
        Location location = locateCoded(text, Map.of("Lawmakers", "RUSLEG|test:RUSLEG"), 0, "Lawmakers", null,
                "warned", "138");
        assertEquals(524901, location.place().geonameId());
        assertEquals(Location.Basis.SPEAKER_SEAT, location.basis());
    }

    @Test
    void aTownTheStatementNamesStaysItsLocation() {
        String text = "Lawmakers condemned the siege of Idlib.";
        Location location = locateCoded(text, Map.of("Lawmakers", "RUSLEG|test:RUSLEG"), 0, "Lawmakers", null,
                "condemned", "111");
        assertEquals(169389, location.place().geonameId());
    }

    @Test
    void deedsMediaAndRebelsDoNotMoveToACapital() {
        String text = WAR_ABROAD + "The ministry sent more advisers on Friday. The channel condemned the shelling. "
                + "The fighters demanded a truce.";
        Map<String, String> actors = Map.of("ministry", "USAGOV|test:USAGOV", "channel", "USAMED|test:USAMED",
                "fighters", "USAREB|test:USAREB");
        assertEquals("SY", locateCoded(text, actors, 1, "ministry", null, "sent", "074").place().featureId());
        assertEquals("SY", locateCoded(text, actors, 2, "channel", null, "condemned", "111").place().featureId());
        assertEquals("SY", locateCoded(text, actors, 3, "fighters", null, "demanded", "100").place().featureId());
    }

    @Test
    void theDatelineStillPlacesAForeignGovernmentsStatement() {
        String text = "BEIRUT (Reuters) - Officials condemned the shelling on Tuesday.";
        Location location = locateCoded(text, Map.of("Officials", "USAGOV|test:USAGOV"), 0, "Officials", null,
                "condemned", "111");
        assertEquals(276781, location.place().geonameId());
        assertEquals(Location.Basis.DATELINE, location.basis());
    }

    @Test
    void aLeadOpeningOnATownServesAsTheDateline() {
        String text = "Envoys split over a strike\n\nIn Paris, the push for a strike on Syria divided the envoys. "
                + "Several delegations left early.";
        Location location = locate(text, Map.of("Syria", "SYR|country:SYR"), 1, "push", "Syria", "strike");
        assertEquals(2988507, location.place().geonameId());
        assertEquals(Location.Basis.DATELINE, location.basis());
        Location later = locate(text, Map.of("Syria", "SYR|country:SYR"), 2, "delegations", null, "left");
        assertEquals(2988507, later.place().geonameId());
    }

    @Test
    void aLeadOpeningOnACountryIsNoDateline() {
        String text = "Envoys split over a strike\n\nIn Syria, the push for a strike divided the envoys. "
                + "Several delegations left early. Others stayed in Paris.";
        List<Sentence> sentences = Texts.sentences(text);
        assertNull(resolver.resolve(text, sentences, List.of()).dateline());
    }

    @Test
    void aLeadOpeningOnACityThatIsAlsoItsRegionServesAsTheDateline() {
        String text = "Talks stall again\n\nIn Moscow, the push for a strike on Syria divided the envoys.";
        Location location = locate(text, Map.of("Syria", "SYR|country:SYR"), 1, "push", "Syria", "strike");
        assertEquals(524901, location.place().geonameId());
        assertEquals(Location.Basis.DATELINE, location.basis());
    }

    @Test
    void aLeadOpeningOnATownAfterATitleRunIntoItServesAsTheDateline() {
        String text = "Talks stall again\nIn Moscow, the push for a strike on Syria divided the envoys.";
        Location location = locate(text, Map.of("Syria", "SYR|country:SYR"), 0, "push", "Syria", "strike");
        assertEquals(524901, location.place().geonameId());
        assertEquals(Location.Basis.DATELINE, location.basis());
    }
}
