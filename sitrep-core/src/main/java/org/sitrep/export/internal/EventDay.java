package org.sitrep.export.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import org.sitrep.store.StoredEvent;

/**
 * The day an exported event happened, never missing, and how it was found: the event's own date where the
 * text gives one, else the article's publication date, else the day sitrep stored the article, else (for an
 * event not stored yet) the day of the export. Also GDELT's 15-minute batch times.
 *
 * @param day   the day
 * @param basis where it comes from: {@code event}, {@code article}, {@code ingested} or {@code exported}
 */
public record EventDay(LocalDate day, String basis) {

    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("uuuuMMddHHmmss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    public EventDay {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(basis, "basis");
    }

    /** The day of {@code stored}; {@code exported} stands in for events that were never stored. */
    public static EventDay of(StoredEvent stored, Instant exported) {
        if (stored.event().date() != null) {
            return new EventDay(stored.event().date().date(), "event");
        }
        if (stored.date() != null) {
            return new EventDay(stored.date(), "article");
        }
        if (stored.ingestedAt() != null) {
            return new EventDay(stored.ingestedAt().atZone(ZoneOffset.UTC).toLocalDate(), "ingested");
        }
        return new EventDay(exported.atZone(ZoneOffset.UTC).toLocalDate(), "exported");
    }

    /**
     * GDELT's DATEADDED form of a moment: the start of its 15-minute batch, {@code YYYYMMDDHHMMSS} in UTC
     * ({@code 20191024143000}), as GDELT stamps all rows of one 15-minute update.
     */
    public static String batch(Instant when) {
        Instant start = when.truncatedTo(ChronoUnit.MINUTES);
        long minute = start.atZone(ZoneOffset.UTC).getMinute();
        return SECOND.format(start.minus(minute % 15, ChronoUnit.MINUTES));
    }
}
