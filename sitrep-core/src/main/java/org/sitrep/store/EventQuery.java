package org.sitrep.store;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Which stored events to return.
 *
 * @param actor CAMEO actor code prefix matched against source or target ({@code SYR} matches {@code SYRMIL}),
 *              case-insensitive, or {@code null} for any actor
 * @param code  CAMEO event code prefix ({@code 19} matches {@code 190} to {@code 196}), or {@code null} for
 *              any code
 * @param since earliest article date, inclusive; events of undated articles never match a date filter.
 *              {@code null} for any date, undated included
 * @param limit most events to return, or 0 for all of them
 */
public record EventQuery(String actor, String code, LocalDate since, int limit) {

    public EventQuery {
        if (actor != null) {
            actor = actor.strip().toUpperCase(Locale.ROOT);
        }
        if (code != null) {
            code = code.strip();
        }
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        if (actor != null && !actor.matches("[A-Z0-9]*")) {
            throw new IllegalArgumentException("not a CAMEO actor code prefix: " + actor);
        }
        if (code != null && !code.matches("[0-9]*")) {
            throw new IllegalArgumentException("not a CAMEO event code prefix: " + code);
        }
        if (actor != null && actor.isEmpty()) {
            actor = null;
        }
        if (code != null && code.isEmpty()) {
            code = null;
        }
    }

    /** Every event, undated ones included. */
    public static EventQuery all() {
        return new EventQuery(null, null, null, 0);
    }
}
