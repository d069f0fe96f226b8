package org.sitrep.ingest.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as sources write them: ISO dates ({@code 2016-09-20}), ISO date-times with or without
 * an offset ({@code 2016-09-20T14:03:00Z}, also with a space for the {@code T}), and US-style
 * {@code M/D/YY} or {@code M/D/YYYY}. A date-time keeps the calendar date as written: the publisher's day,
 * not UTC's.
 */
public final class Dates {

    /** Earliest year taken as a real publication date; earlier ones are data-entry slips such as year 1. */
    public static final int EARLIEST_YEAR = 1900;

    private static final Pattern US_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})");
    private static final Pattern SPACED_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d.*");

    private Dates() {
    }

    /** What became of a date field. */
    public sealed interface Result permits Parsed, Rejected {
    }

    /** A plausible date. */
    public record Parsed(LocalDate date) implements Result {
    }

    /** No usable date, and why, in words for a problem report. */
    public record Rejected(String reason) implements Result {
    }

    /**
     * Reads a date field.
     *
     * @param today the day sitrep runs; dates more than a year after it are rejected as implausible
     */
    public static Result parse(String raw, LocalDate today) {
        String value = raw.strip();
        LocalDate date = read(value, today);
        if (date == null) {
            return new Rejected("date '" + raw + "' is not YYYY-MM-DD, an ISO date-time or M/D/YY");
        }
        if (date.getYear() < EARLIEST_YEAR || date.isAfter(today.plusYears(1))) {
            return new Rejected("date '" + raw + "' is implausible (before " + EARLIEST_YEAR
                    + " or more than a year ahead)");
        }
        return new Parsed(date);
    }

    private static LocalDate read(String value, LocalDate today) {
        Matcher us = US_DATE.matcher(value);
        try {
            if (us.matches()) {
                int year = Integer.parseInt(us.group(3));
                if (us.group(3).length() == 2) {
                    // Two-digit years are this century unless that would put them more than a year ahead.
                    year += 2000;
                    if (year > today.getYear() + 1) {
                        year -= 100;
                    }
                }
                return LocalDate.of(year, Integer.parseInt(us.group(1)), Integer.parseInt(us.group(2)));
            }
            String iso = SPACED_DATE_TIME.matcher(value).matches() ? value.replaceFirst(" ", "T") : value;
            if (iso.length() == 10) {
                return LocalDate.parse(iso, DateTimeFormatter.ISO_LOCAL_DATE);
            }
            if (iso.length() > 10 && iso.charAt(10) == 'T') {
                try {
                    return OffsetDateTime.parse(iso, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toLocalDate();
                } catch (DateTimeParseException noOffset) {
                    return LocalDateTime.parse(iso, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toLocalDate();
                }
            }
            return null;
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
