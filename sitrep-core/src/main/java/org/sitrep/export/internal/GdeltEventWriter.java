package org.sitrep.export.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sitrep.actors.ActorCodeParts;
import org.sitrep.export.EventWriter;
import org.sitrep.geo.CountryCodes;
import org.sitrep.model.Actor;
import org.sitrep.model.Location;
import org.sitrep.model.Place;
import org.sitrep.model.Event;
import org.sitrep.store.StoredEvent;

/**
 * GDELT 2.0 Events export rows: 61 tab-separated columns in GDELT's order, no header, one row per event,
 * lines ended by {@code \n}. sitrep fills the date, actor, event and source columns; tone and geography are
 * left empty (geographic types are 0, GDELT's value for "no location"), and each event counts as one mention
 * in one source and one article.
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

    private static final int ACTION_GEO = COLUMNS.indexOf("ActionGeo_Type");

    /** GDELT counts the lead sentences of an article as its root events; sentence 0 is the headline. */
    public static final int LAST_ROOT_SENTENCE = 2;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT);
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("uuuuMMddHHmmss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final String dateAdded;

    public GdeltEventWriter(java.io.Writer out, Instant dateAdded) {
        super(out);
        this.dateAdded = SECOND.format(dateAdded);
    }

    @Override
    public void write(StoredEvent stored) {
        emit(String.join("\t", row(stored, dateAdded)) + "\n");
    }

    /** The 61 fields of one event, tabs and line breaks inside them replaced by spaces. */
    public static String[] row(StoredEvent stored, String dateAdded) {
        Event event = stored.event();
        String[] fields = new String[COLUMNS.size()];
        Arrays.fill(fields, "");
        fields[0] = Long.toString(globalEventId(event.id()));
        // SQLDATE is when the event happened: its own date where the text gives one, else the article's.
        LocalDate date = event.date() != null ? event.date().date() : stored.date();
        if (date != null) {
            fields[1] = DAY.format(date);
            fields[2] = fields[1].substring(0, 6);
            fields[3] = fields[1].substring(0, 4);
            fields[4] = fractionDate(date);
        }
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
        fields[35] = "0";
        fields[43] = "0";
        fields[ACTION_GEO] = "0";
        putActionGeo(fields, event.location());
        fields[59] = dateAdded;
        fields[60] = stored.url();
        for (int i = 0; i < fields.length; i++) {
            fields[i] = clean(fields[i]);
        }
        return fields;
    }

    /** ActionGeo_Type .. ActionGeo_FeatureID (columns 51 to 58) from the event's location, GDELT's codes. */
    private static void putActionGeo(String[] fields, Location location) {
        if (location == null) {
            return;
        }
        Place place = location.place();
        CountryCodes codes = CountryCodes.standard();
        int at = ACTION_GEO;
        fields[at] = Integer.toString(place.gdeltType());
        fields[at + 1] = place.fullName();
        fields[at + 2] = codes.fipsCountry(place);
        fields[at + 3] = codes.adm1(place);
        // at + 4 is ADM2Code, a GAUL code GeoNames does not give.
        fields[at + 5] = String.format(Locale.ROOT, "%.4f", place.latitude());
        fields[at + 6] = String.format(Locale.ROOT, "%.4f", place.longitude());
        fields[at + 7] = codes.featureId(place);
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

    /** A positive 63-bit number from the event id: the same event gets the same number in every export. */
    static long globalEventId(String eventId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(eventId.getBytes(StandardCharsets.UTF_8));
            long value = 0;
            for (int i = 0; i < 8; i++) {
                value = (value << 8) | (hash[i] & 0xFF);
            }
            value &= Long.MAX_VALUE;
            return value == 0 ? 1 : value;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String clean(String field) {
        return field.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
