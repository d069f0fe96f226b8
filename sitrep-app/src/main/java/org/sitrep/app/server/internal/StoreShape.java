package org.sitrep.app.server.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a given store holds beyond the first schema: columns giving events a place and a date of their own,
 * and the stories and quotes tables. Found once at start-up, so one server serves old and new stores alike.
 *
 * @param eventColumns  the events table's columns, lower case
 * @param tableColumns  every table's VARCHAR-or-other columns by table name, lower case, in table order
 * @param eventDate     the column holding the event's own date, or {@code null}: then the article's date
 *                      stands in
 * @param location      the event location columns, or {@code null} when the store has none
 */
public record StoreShape(Set<String> eventColumns, Map<String, List<Column>> tableColumns, String eventDate,
                         Location location) {

    /** A column and whether it holds text. */
    public record Column(String name, boolean text) {
    }

    /** Names of the event columns that place an event. */
    public record Location(String name, String country, String latitude, String longitude) {
    }

    // Names a geocoder's schema is likely to use, GDELT's ActionGeo_* among them; the first present wins.
    private static final List<String> EVENT_DATE = List.of("event_date", "day", "action_date");
    private static final List<String> PLACE_NAME = List.of("place_name", "location_name", "geo_name",
            "action_geo_fullname", "geo_fullname", "place");
    private static final List<String> PLACE_COUNTRY = List.of("place_country", "location_country",
            "geo_country", "geo_country_code", "action_geo_countrycode", "action_geo_country_code",
            "country_code");
    private static final List<String> LATITUDE = List.of("latitude", "lat", "place_lat", "geo_lat",
            "action_geo_lat", "location_lat");
    private static final List<String> LONGITUDE = List.of("longitude", "lon", "lng", "long", "place_lon",
            "place_long", "geo_lon", "geo_long", "action_geo_long", "location_lon");

    public StoreShape {
        eventColumns = Set.copyOf(eventColumns);
        tableColumns = Map.copyOf(tableColumns);
    }

    /** Reads the shape of the store behind a connection. */
    public static StoreShape read(Connection connection) throws SQLException {
        Map<String, List<Column>> tables = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT lower(table_name), lower(column_name), data_type
                     FROM information_schema.columns
                     WHERE table_schema = 'main'
                     ORDER BY table_name, ordinal_position""")) {
            while (rows.next()) {
                tables.computeIfAbsent(rows.getString(1), name -> new ArrayList<>())
                        .add(new Column(rows.getString(2), rows.getString(3).toUpperCase(Locale.ROOT)
                                .startsWith("VARCHAR")));
            }
        }
        Set<String> events = new LinkedHashSet<>();
        tables.getOrDefault("events", List.of()).forEach(column -> events.add(column.name()));
        String eventDate = first(events, EVENT_DATE).orElse(null);
        Location location = null;
        Optional<String> latitude = first(events, LATITUDE);
        Optional<String> longitude = first(events, LONGITUDE);
        if (latitude.isPresent() && longitude.isPresent()) {
            location = new Location(first(events, PLACE_NAME).orElse(null),
                    first(events, PLACE_COUNTRY).orElse(null), latitude.get(), longitude.get());
        }
        return new StoreShape(events, tables, eventDate, location);
    }

    private static Optional<String> first(Set<String> present, List<String> candidates) {
        return candidates.stream().filter(present::contains).findFirst();
    }

    public boolean hasTable(String name) {
        return tableColumns.containsKey(name);
    }

    /** Whether the store has the merged events and their reports (empty until an ingest merges them). */
    public boolean hasMergedEvents() {
        return hasTable("merged_events") && hasTable("event_mentions");
    }

    /** Whether events carry the date and place columns of schema version 2, which exporters write out. */
    public boolean situated() {
        return eventColumns.containsAll(org.sitrep.store.EventStore.situationColumnNames());
    }

    /** SQL for the date an event happened: its own when the store has one, else its article's. */
    public String dateExpression() {
        return eventDate == null ? "e.date" : "coalesce(e." + quoted(eventDate) + ", e.date)";
    }

    /** A column name quoted for SQL; names come from the catalogue, never from a request. */
    public static String quoted(String column) {
        return '"' + column.replace("\"", "\"\"") + '"';
    }
}
