package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/** The real index, as the build compiled it from the GeoNames packages. */
class GeonamesGazetteerTest {

    private static final Pattern WORD = Pattern.compile(
            "(?:'s)(?![\\p{L}])|[\\p{L}\\p{N}]+(?:(?:-|['\u2019](?!s(?![\\p{L}])))[\\p{L}\\p{N}]+)*|\\S");

    private final Gazetteer gazetteer = Gazetteer.standard().orElseThrow();

    /** One sentence per line, tokens as words and single punctuation marks. */
    private static List<Sentence> sentences(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int lineStart = 0;
        for (String line : text.split("\n", -1)) {
            List<Token> tokens = new ArrayList<>();
            Matcher matcher = WORD.matcher(line);
            while (matcher.find()) {
                Span span = new Span(lineStart + matcher.start(), lineStart + matcher.end());
                tokens.add(Token.unparsed(tokens.size(), matcher.group(), span));
            }
            if (!tokens.isEmpty()) {
                sentences.add(Sentence.unparsed(sentences.size(),
                        new Span(tokens.get(0).span().begin(), tokens.get(tokens.size() - 1).span().end()), tokens));
            }
            lineStart += line.length() + 1;
        }
        return sentences;
    }

    private PlaceMention resolve(String text, String name) {
        Geography geography = new PlaceResolver(gazetteer).resolve(text, sentences(text), List.of());
        return geography.mentions().stream().filter(m -> m.text().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not found in " + geography.mentions()));
    }

    @Test
    void loadsFromTheClassPathQuicklyAndCompactly() {
        assertTrue(gazetteer.townCount() > 190_000, "towns: " + gazetteer.townCount());
        assertTrue(gazetteer.loadMillis() < 5_000, "load took " + gazetteer.loadMillis() + " ms");
        assertTrue(gazetteer.heapBytes() < 64L << 20, "heap " + gazetteer.heapBytes());
    }

    @Test
    void everySupplementRowHasItsParentInTheIndex() {
        assertEquals(List.of(), gazetteer.skippedSupplementRows());
        assertTrue(gazetteer.supplementCount() >= 150, "supplement places: " + gazetteer.supplementCount());
    }

    @Test
    void resolvesDamascusSuburbsAndCampsInASyrianStory() {
        String text = "Syrian forces pushed into Al-Hajar al-Aswad and the Yarmouk camp south of Damascus.\n"
                + "Buses carried fighters away from eastern Ghouta, Jobar and Wadi Barada.";
        PlaceMention hajar = resolve(text, "Al-Hajar al-Aswad");
        assertEquals(8419677, hajar.place().geonameId());
        assertEquals(33.458, hajar.place().latitude(), 0.01);
        assertEquals(36.304, hajar.place().longitude(), 0.01);
        Place damascus = resolve(text, "Damascus").place();
        assertEquals(170654, damascus.geonameId());
        assertEquals(33.51, damascus.latitude(), 0.01);
        assertEquals("S:yarmouk-camp", resolve(text, "Yarmouk camp").place().featureId());
        assertEquals("S:eastern-ghouta", resolve(text, "eastern Ghouta").place().featureId());
        assertEquals("S:jobar", resolve(text, "Jobar").place().featureId());
        assertEquals("S:wadi-barada", resolve(text, "Wadi Barada").place().featureId());
    }

    @Test
    void resolvesAcrossTheRegionsTheSupplementCovers() {
        assertEquals("PS", resolve("Israeli strikes hit Khan Younis and Jabalia overnight.", "Khan Younis")
                .place().countryCode());
        assertEquals("UA", resolve("Shelling continued across the Donbas, Ukrainian officials said.", "Donbas")
                .place().countryCode());
        assertEquals(168325, resolve("Syrian jets struck Khan Sheikhoun again.", "Khan Sheikhoun").place().geonameId());
        assertEquals("SY.12", resolve("Rebels hold most of Idlib province.", "Idlib province").place().featureId());
    }

    @Test
    void resolvesWarTownsThatCities500LacksRatherThanALookalike() {
        // "Karabla" is a skeleton of Karbala too: the Anbar border town must win, not the shrine city 300 km away.
        Place karabilah = resolve("Iraqi jets struck a convoy heading to Karabla, in Anbar province near the "
                + "Syrian border.", "Karabla").place();
        assertEquals("S:karabilah", karabilah.featureId());
        assertEquals("IQ.01", karabilah.admin1Code());
        assertEquals("S:anadan", resolve("Rebels shelled Anadan, north of Aleppo.", "Anadan").place().featureId());
        assertEquals("S:jalawla", resolve("Kurdish fighters retook Jalula in Diyala province, Iraq.", "Jalula")
                .place().featureId());
    }

    @Test
    void keepsWellKnownPlacesInTheirCountry() {
        assertEquals("IQ", resolve("The convoy reached Mosul and then Erbil.", "Mosul").place().countryCode());
        assertEquals("LB", resolve("Protesters gathered in Beirut on Sunday.", "Beirut").place().countryCode());
        assertEquals("FR", resolve("The summit opened in Paris.", "Paris").place().countryCode());
    }
}
