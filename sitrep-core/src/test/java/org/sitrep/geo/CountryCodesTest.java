package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.internal.DataFile;
import org.sitrep.model.Place;

class CountryCodesTest {

    private static final CountryCodes CODES = CountryCodes.standard();

    private static Place town(String country, String admin1) {
        return new Place("1", 1, "Testville", Place.Kind.TOWN, country, country + "." + admin1, "Some Region",
                "Some Country", 10, 10, 1000);
    }

    private static Place region(String country, String admin1) {
        return new Place(country + "." + admin1, 2, "Some Region", Place.Kind.ADMIN1, country,
                country + "." + admin1, "Some Region", "Some Country", 10, 10, 0);
    }

    @Test
    void isoStyleGeoNamesRegionsNoLongerLeakIntoGdeltAdm1() {
        assertEquals("UK", CODES.adm1(town("GB", "WLS")));
        assertEquals("EI", CODES.adm1(town("IE", "L")));
        assertEquals("NP", CODES.adm1(town("NP", "3")));
        assertEquals("FR", CODES.adm1(town("FR", "44")));
    }

    @Test
    void crosswalkedRegionsTakeTheirFipsCode() {
        assertEquals("FRA8", CODES.adm1(town("FR", "11")));
        assertEquals("FRB8", CODES.adm1(town("FR", "93")));
        assertEquals("BE13", CODES.adm1(town("BE", "VLG")));
        assertEquals("BE11", CODES.adm1(town("BE", "BRU")));
        assertEquals("SZ07", CODES.adm1(town("CH", "GE")));
        assertEquals("SZ25", CODES.adm1(town("CH", "ZH")));
        assertEquals("MJ16", CODES.adm1(town("ME", "24")));
        assertEquals("GR35", CODES.adm1(town("GR", "ESYE31")));
    }

    @Test
    void regionFeatureIdFollowsTheCrosswalk() {
        assertEquals("SZ07", CODES.featureId(region("CH", "GE")));
        assertEquals("UK", CODES.featureId(region("GB", "SCT")));
    }

    @Test
    void regionsGeoNamesAlreadyCodesAsFipsKeepTheirCode() {
        assertEquals("SY08", CODES.adm1(town("SY", "08")));
        assertEquals("USNY", CODES.adm1(town("US", "NY")));
        assertEquals("USDC", CODES.adm1(town("US", "DC")));
        assertEquals("IS05", CODES.adm1(town("IL", "05")));
        assertEquals("SP29", CODES.adm1(town("ES", "29")));
        assertEquals("MJ13", CODES.adm1(town("ME", "13")));
    }

    @Test
    void regionCodesThatCannotBeFipsGiveTheCountryOnly() {
        assertEquals("UG", CODES.adm1(town("UG", "C")));
        assertEquals("GR", CODES.adm1(town("GR", "ESYE43")));
    }

    @Test
    void westBankPlacesFiledUnderIsraelAreWestBank() {
        assertEquals("WE", CODES.fipsCountry(town("IL", "WE")));
        assertEquals("WE", CODES.adm1(town("IL", "WE")));
        assertEquals("IS", CODES.fipsCountry(town("IL", "06")));
    }

    @Test
    void crosswalkRejectsMalformedAndDuplicateRows() {
        List<DataFile.Line> countries = List.of();
        assertThrows(IllegalArgumentException.class, () -> new CountryCodes(countries,
                List.of(new DataFile.Line("x", 1, "FR\t11\tA8X\tIle-de-France"))));
        assertThrows(IllegalArgumentException.class, () -> new CountryCodes(countries,
                List.of(new DataFile.Line("x", 1, "FR\t11\tA8\tA"), new DataFile.Line("x", 2, "FR\t11\tA8\tB"))));
    }
}
