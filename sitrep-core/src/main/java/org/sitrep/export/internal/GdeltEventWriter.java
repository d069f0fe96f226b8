package org.sitrep.export.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sitrep.actors.ActorCodeParts;
import org.sitrep.export.EventWriter;
import org.sitrep.export.Tone;
import org.sitrep.geo.CountryCodes;
import org.sitrep.model.Actor;
import org.sitrep.model.Place;
import org.sitrep.model.Event;
import org.sitrep.store.StoredEvent;

/**
 * GDELT 2.0 Events export rows: 61 tab-separated columns in GDELT's order, no header, one row per event,
 * lines ended by {@code \n}. Each event counts as one mention in one source and one article; see
 * {@code docs/formats.md} for every column. In short: SQLDATE is never empty ({@link EventDay}); DATEADDED is
 * the 15-minute batch in which sitrep stored the article, so it does not change between exports; AvgTone is
 * the article's {@link org.sitrep.export.Tone}; the actor geographies follow {@link ActorGeography}.
 */
public final class GdeltEventWriter extends OutputLines implements EventWriter {

    /** GDELT 2.0's column names, in order. */
    public static final List<String> COLUMNS = List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year",
            "FractionDate", "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode",
            "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code",
            "Actor1Type2Code", "Actor1Type3Code", "Actor2Code", "Actor2Name", "Actor2CountryCode",
            "Actor2KnownGroupCode", "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code",
            "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code", "IsRootEvent", "EventCode", "EventBaseCode",
            "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
            "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
            "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID", "Actor2Geo_Type",
            "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
            "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID", "ActionGeo_Type", "ActionGeo_FullName",
            "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat",
            "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL");

    private static final int ACTOR1_GEO = COLUMNS.indexOf("Actor1Geo_Type");
    private static final int ACTOR2_GEO = COLUMNS.indexOf("Actor2Geo_Type");
    private static final int ACTION_GEO = COLUMNS.indexOf("ActionGeo_Type");

    /** GDELT counts the lead sentences of an article as its root events; sentence 0 is the headline. */
    public static final int LAST_ROOT_SENTENCE = 2;

    /** GLOBALEVENTIDs stay below this: 15 digits, exact in JavaScript numbers and in Excel. */
    public static final long ID_LIMIT = 1_000_000_000_000_000L;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT);

    private final Instant exported;

    /** {@code exported} stands in for the storing time of events that were never stored. */
    public GdeltEventWriter(java.io.Writer out, Instant exported) {
        super(out);
        this.exported = exported;
    }

    @Override
    public void write(StoredEvent stored) {
        emitRecord(String.join("\t", row(stored, exported)) + "\n");
    }

    /** The 61 fields of one event, tabs and line breaks inside them replaced by spaces. */
    public static String[] row(StoredEvent stored, Instant exported) {
        Event event = stored.event();
        String[] fields = new String[COLUMNS.size()];
        Arrays.fill(fields, "");
        fields[0] = Long.toString(globalEventId(event.id()));
        LocalDate date = EventDay.of(stored, exported).day();
        fields[1] = DAY.format(date);
        fields[2] = fields[1].substring(0, 6);
        fields[3] = fields[1].substring(0, 4);
        fields[4] = fractionDate(date);
        putActor(fields, 5, event.source());
        if (event.target() != null) {
            putActor(fields, 15, event.target());
        }
        fields[25] = event.sentence() <= LAST_ROOT_SENTENCE ? "1" : "0";
        fields[26] = event.cameoCode();
        fields[27] = event.baseCode();
        fields[28] = event.rootCode();
        fields[29] = Integer.toString(event.quadClass());
        fields[30] = Double.toString(event.goldstein());
        fields[31] = "1";
        fields[32] = "1";
        fields[33] = "1";
        fields[34] = decimal(Tone.standard().score(toneText(stored)));
        ActorGeography actors = ActorGeography.standard();
        putGeo(fields, ACTOR1_GEO, actors.placeOf(event.source(), event.location()).orElse(null));
        putGeo(fields, ACTOR2_GEO, event.target() == null ? null
                : actors.placeOf(event.target(), event.location()).orElse(null));
        putGeo(fields, ACTION_GEO, event.location() == null ? null : event.location().place());
        fields[59] = EventDay.batch(stored.ingestedAt() != null ? stored.ingestedAt() : exported);
        fields[60] = stored.url();
        for (int i = 0; i < fields.length; i++) {
            fields[i] = clean(fields[i]);
        }
        return fields;
    }

    /** The text whose tone stands for the event's: the article where it is kept, else the sentence. */
    static String toneText(StoredEvent stored) {
        return stored.articleText() != null ? stored.articleText() : stored.sentenceText();
    }

    /** A number as GDELT writes it: plain decimal notation, never an exponent. */
    static String decimal(double value) {
        String plain = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        return plain.equals("-0") ? "0" : plain;
    }

    /** One of GDELT's 8-column geographies, from its _Type column on; type 0 and nothing else without a place. */
    private static void putGeo(String[] fields, int at, Place place) {
        if (place == null) {
            fields[at] = "0";
            return;
        }
        CountryCodes codes = CountryCodes.standard();
        fields[at] = Integer.toString(place.gdeltType());
        fields[at + 1] = place.fullName();
        fields[at + 2] = codes.fipsCountry(place);
        fields[at + 3] = codes.adm1(place);
        fields[at + 4] = adm2(place);
        fields[at + 5] = String.format(Locale.ROOT, "%.4f", place.latitude());
        fields[at + 6] = String.format(Locale.ROOT, "%.4f", place.longitude());
        fields[at + 7] = codes.featureId(place);
    }

    /**
     * GDELT's ADM2Code. The seam for second-level regions: {@link Place} carries no ADM2 code yet (GDELT uses
     * GAUL ids abroad and county FIPS codes such as {@code IL113} in the US), so this is empty until the geo
     * package offers one.
     */
    static String adm2(Place place) {
        return "";
    }

    private static void putActor(String[] fields, int at, Actor actor) {
        ActorCodeParts parts = ActorCodeParts.of(actor.code());
        fields[at] = actor.code();
        fields[at + 1] = actor.name().toUpperCase(Locale.ROOT);
        fields[at + 2] = parts.country();
        fields[at + 3] = parts.knownGroup();
        // at + 4 is the ethnic code, which CAMEO actor codes as sitrep writes them do not carry.
        fields[at + 5] = parts.religion1();
        fields[at + 6] = parts.religion2();
        fields[at + 7] = parts.type(0);
        fields[at + 8] = parts.type(1);
        fields[at + 9] = parts.type(2);
    }

    /**
     * GDELT's FractionDate: the year plus ((month - 1) * 30 + day) / 365, to four places; GDELT's own rows
     * (2018-10-24 is 2018.8055) show it counts months as 30 days.
     */
    static String fractionDate(LocalDate date) {
        double fraction = ((date.getMonthValue() - 1) * 30 + date.getDayOfMonth()) / 365.0;
        return String.format(Locale.ROOT, "%.4f", date.getYear() + fraction);
    }

    /**
     * A positive number below {@link #ID_LIMIT} (at most 15 digits, so JavaScript, Excel and 53-bit doubles
     * hold it exactly) from the event id: the same event gets the same number in every export. It is a hash,
     * so two events may share one with odds of about n&sup2; / 2&middot;10&sup1;&#8309; for n events.
     */
    public static long globalEventId(String eventId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(eventId.getBytes(StandardCharsets.UTF_8));
            long value = 0;
            for (int i = 0; i < 8; i++) {
                value = (value << 8) | (hash[i] & 0xFF);
            }
            value = Math.floorMod(value, ID_LIMIT);
            return value == 0 ? 1 : value;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String clean(String field) {
        return field.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
