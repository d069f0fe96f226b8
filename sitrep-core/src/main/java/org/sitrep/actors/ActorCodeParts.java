package org.sitrep.actors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A CAMEO actor code split the way GDELT 2.0 splits it into its actor columns: country, known group,
 * religions and up to three types. GDELT's own output shows the rules: {@code IGOEUREEC} is type IGO,
 * country EUR, known group EEC; {@code MNCUSAGOV} is country USA, types MNC and GOV; {@code GOVMIL} has no
 * country. A part that is neither a type, a religion nor a country or region is a known group (UNO, WBK);
 * GDELT itself recognises only the groups of its own list and leaves others, such as the African Union's
 * AFU, out, where sitrep keeps them.
 *
 * <p>{@code MUS} is Mauritius only where a country can stand at the head of a code ({@code MUSGOV}). After
 * another part it is the Muslim marker of sitrep's dictionaries ({@code IMGMUSISI}, the Islamic State, is an
 * armed group, not a Mauritian one; {@code SYRREBMUS}), written as CAMEO's religion code {@code MOS}. This
 * class is the one place sitrep splits actor codes for export.
 *
 * @param country      the first country or region part, or empty
 * @param knownGroup   the first known-group part, or empty
 * @param religion1    the first religion part, or empty
 * @param religion2    the second religion part, or empty
 * @param types        the type parts, in order, at most three
 */
public record ActorCodeParts(String country, String knownGroup, String religion1, String religion2,
                             List<String> types) {

    /** CAMEO agent and organisation types. */
    private static final Set<String> TYPES = Set.of("COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "UIS",
            "SEP", "SPY", "UAF", "AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB",
            "LEG", "MED", "MOD", "RAD", "REF", "IGO", "NGO", "IMG", "MNC", "NGM", "INT");

    /**
     * Parts GDELT writes in no column: political party and the generic "religious" marker, which name
     * neither a type GDELT lists nor a particular religion.
     */
    private static final Set<String> UNCOLUMNED = Set.of("PTY", "REL");

    /** CAMEO religion codes. */
    private static final Set<String> RELIGIONS = Set.of("ADR", "ALE", "ATH", "BAH", "BUD", "CHR", "CON",
            "CPT", "CTH", "DOX", "HIN", "HSD", "ITR", "JAN", "JEW", "JHW", "LDS", "MOS", "MRN", "NRM", "PAG",
            "PRO", "SFI", "SHI", "SHN", "SIK", "SUN", "TAO", "ZRO");

    /** CAMEO regions, which GDELT reports as country codes, beside the ISO 3166 alpha-3 countries. */
    private static final Set<String> REGIONS = Set.of("AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU",
            "EIN", "EAF", "EEU", "EUR", "LAM", "MEA", "MDT", "NAF", "NMR", "PGS", "SCN", "SAM", "SAS", "SEA",
            "SAF", "WAF", "WST", "KOS");

    private static final Set<String> COUNTRIES = countries();

    /** sitrep's Muslim marker, which is also Mauritius's country code; see the class comment. */
    private static final String MUSLIM = "MUS";
    private static final String MUSLIM_RELIGION = "MOS";

    public ActorCodeParts {
        types = List.copyOf(types);
    }

    public static ActorCodeParts of(String code) {
        if (code.length() % 3 != 0) {
            throw new IllegalArgumentException("not a run of three-letter parts: " + code);
        }
        String country = "";
        String knownGroup = "";
        List<String> religions = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (int i = 0; i < code.length(); i += 3) {
            String part = code.substring(i, i + 3);
            if (UNCOLUMNED.contains(part)) {
                continue;
            }
            if (part.equals(MUSLIM) && i > 0) {
                religions.add(MUSLIM_RELIGION);
                continue;
            }
            if (TYPES.contains(part)) {
                types.add(part);
            } else if (RELIGIONS.contains(part)) {
                religions.add(part);
            } else if (COUNTRIES.contains(part) || REGIONS.contains(part)) {
                if (country.isEmpty()) {
                    country = part;
                }
            } else if (knownGroup.isEmpty()) {
                knownGroup = part;
            }
        }
        return new ActorCodeParts(country, knownGroup, religions.size() > 0 ? religions.get(0) : "",
                religions.size() > 1 ? religions.get(1) : "", types.subList(0, Math.min(3, types.size())));
    }

    /** The n-th type (from 0), or empty. */
    public String type(int n) {
        return n < types.size() ? types.get(n) : "";
    }

    private static Set<String> countries() {
        Set<String> codes = new HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
        // Places CAMEO codes as countries that ISO 3166 does not list (or lists under other codes).
        codes.addAll(Arrays.asList("ROM", "ZAR", "TMP", "YUG", "SCG", "PSE", "XKX"));
        return Set.copyOf(codes);
    }
}
