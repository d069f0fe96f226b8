package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Place;
import org.sitrep.pipeline.EnvironmentException;

class GazetteerTest {

    private final Gazetteer gazetteer = SampleGazetteer.get();

    private Place only(String name, Place.Kind kind) {
        List<Place> places = gazetteer.lookup(name).stream().map(Gazetteer.Candidate::place)
                .filter(p -> p.kind() == kind).toList();
        assertEquals(1, places.size(), () -> name + " as " + kind + ": " + places);
        return places.get(0);
    }

    @Test
    void knowsTownsWithRegionCountryPopulationAndCoordinates() {
        Place duma = only("Duma", Place.Kind.TOWN);
        assertEquals("170592", duma.featureId());
        assertEquals(170592, duma.geonameId());
        assertEquals("SY", duma.countryCode());
        assertEquals("SY.08", duma.admin1Code());
        assertEquals("Rif-dimashq", duma.admin1Name());
        assertEquals("Syria", duma.countryName());
        assertEquals(111864, duma.population());
        assertEquals(33.57175, duma.latitude(), 1e-4);
        assertEquals(36.4027, duma.longitude(), 1e-4);
    }

    @Test
    void findsTownsByTheirAlternateNames() {
        List<Gazetteer.Candidate> found = gazetteer.lookup("Halab");
        assertEquals(1, found.size());
        assertEquals(170063, found.get(0).place().geonameId());
        assertEquals(Gazetteer.NameMatch.ALTERNATE, found.get(0).match());
    }

    @Test
    void knowsCountriesByTheTeamsNamesWithTheirCentralPoint() {
        Place syria = only("Syrian Arab Republic", Place.Kind.COUNTRY);
        assertEquals("SY", syria.featureId());
        assertEquals(35.0, syria.latitude(), 1e-9);
        assertEquals(1, syria.gdeltType());
        assertEquals("SY", only("Syria", Place.Kind.COUNTRY).countryCode());
        assertEquals("Russia", only("Russian Federation", Place.Kind.COUNTRY).name());
    }

    @Test
    void knowsFirstLevelRegionsByTheFormsNewsUse() {
        Place province = only("Idlib province", Place.Kind.ADMIN1);
        assertEquals("SY.12", province.featureId());
        assertEquals("SY.12", only("Idlib Governorate", Place.Kind.ADMIN1).featureId());
        assertEquals("SY.13", only("Damascus Governorate", Place.Kind.ADMIN1).featureId());
        // Its coordinates come from its towns.
        assertEquals(35.9, province.latitude(), 0.6);
        assertEquals(5, province.gdeltType());
    }

    @Test
    void knowsSecondLevelRegionsWithTheirGeonamesId() {
        Place district = only("Douma District", Place.Kind.ADMIN2);
        assertEquals(170590, district.geonameId());
        assertEquals("SY.08", district.admin1Code());
    }

    @Test
    void tiesSupplementPlacesToTheirParentWithTheirOwnCoordinates() {
        Place camp = only("Yarmouk camp", Place.Kind.LOCALITY);
        assertEquals("S:yarmouk-camp", camp.featureId());
        assertEquals(170654, camp.geonameId(), "the parent's GeoNames id");
        assertEquals("SY", camp.countryCode());
        assertEquals("SY.13", camp.admin1Code());
        assertEquals(33.4749, camp.latitude(), 1e-9);
        Place ghouta = only("Eastern Ghouta", Place.Kind.LOCALITY);
        assertEquals("SY.08", ghouta.admin1Code(), "a region code as parent");
    }

    @Test
    void generatedSpellingVariantsFindTheSamePlace() {
        long hajar = 8419677;
        for (String spelling : List.of("Hajar al-Aswad", "Al-Hajar al-Aswad", "al-Hajar al-Aswad", "El-Hajar el-Aswad",
                "Hajar Al Aswad")) {
            assertEquals(hajar, only(spelling, Place.Kind.TOWN).geonameId(), spelling);
        }
        for (String spelling : List.of("Maarat al-Numan", "Ma'arrat al-Nu'man", "Ma\u2019arrat al-Numan",
                "Maarrat an-Numan")) {
            assertEquals(167611, only(spelling, Place.Kind.TOWN).geonameId(), spelling);
        }
        for (String spelling : List.of("Khan Sheikhoun", "Khan Shaykhun", "Khan Sheikhun", "Khan Shaykhoun")) {
            assertEquals(168325, only(spelling, Place.Kind.TOWN).geonameId(), spelling);
        }
        for (String spelling : List.of("eastern Ghouta", "East Ghouta", "Eastern Ghuta")) {
            assertEquals("S:eastern-ghouta", only(spelling, Place.Kind.LOCALITY).featureId(), spelling);
        }
        assertEquals("S:yarmouk-camp", only("Yarmouk refugee camp", Place.Kind.LOCALITY).featureId());
    }

    @Test
    void looseTransliterationsAreMarkedAsSuch() {
        Gazetteer.Candidate loose = gazetteer.lookup("Khan Shaykhoun").get(0);
        assertEquals(Gazetteer.NameMatch.SKELETON, loose.match());
        assertEquals(Gazetteer.NameMatch.PRIMARY, gazetteer.lookup("Khan Shaykhun").get(0).match());
    }

    @Test
    void shortCapitalCountryFormsMatchOnlyInCapitals() {
        assertTrue(gazetteer.lookup("US").stream().anyMatch(c -> c.place().countryCode().equals("US")
                && c.place().kind() == Place.Kind.COUNTRY));
        assertTrue(gazetteer.lookup("us").isEmpty());
        assertTrue(gazetteer.lookup("Us").isEmpty());
    }

    @Test
    void mapsDemonymsAndActorCodesToCountries() {
        assertEquals(Optional.of("SY"), gazetteer.countryOfDemonym("Syrian"));
        assertEquals(Optional.of("IL"), gazetteer.countryOfDemonym("Israelis"));
        assertEquals(Optional.empty(), gazetteer.countryOfDemonym("Damascus"));
        assertEquals(Optional.of("SY"), gazetteer.countryOfActorCode("SYRMIL"));
        assertEquals(Optional.of("RU"), gazetteer.countryOfActorCode("RUS"));
        assertEquals(Optional.empty(), gazetteer.countryOfActorCode("IGOUNO"));
        assertEquals("IZ", gazetteer.fipsCode("IQ"));
    }

    @Test
    void skipsSupplementRowsWhoseParentTheIndexLacks() {
        assertTrue(gazetteer.skippedSupplementRows().contains("jenin-camp"));
        assertFalse(gazetteer.skippedSupplementRows().contains("yarmouk-camp"));
        assertTrue(gazetteer.supplementCount() > 10);
    }

    @Test
    void refusesAStreamThatIsNotAnIndex() {
        byte[] junk = "cities500.txt is not an index".getBytes(StandardCharsets.UTF_8);
        assertThrows(EnvironmentException.class, () -> Gazetteer.load(new ByteArrayInputStream(junk)));
    }

    @Test
    void isDisabledWithoutTheGeonamesIndexOnTheClassPath() {
        // sitrep-core's own tests run without the sitrep-geonames module.
        assertTrue(Gazetteer.class.getResource(Gazetteer.INDEX_RESOURCE) == null);
        assertEquals(Optional.empty(), Gazetteer.standard());
        assertEquals(Optional.empty(), Gazetteer.standard(), "asking again neither fails nor loads");
    }

    @Test
    void knowsEachCountrysCapital() {
        assertEquals(170654, gazetteer.capital("SY").orElseThrow().geonameId());
        assertEquals(4140963, gazetteer.capital("US").orElseThrow().geonameId());
        assertTrue(gazetteer.capital("ZZ").isEmpty());
    }
}
