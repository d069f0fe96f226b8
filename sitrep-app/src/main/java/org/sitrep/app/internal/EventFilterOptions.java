package org.sitrep.app.internal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import org.sitrep.store.EventQuery;
import picocli.CommandLine.Option;

/** The event filters that {@code events} and {@code export} share. */
public final class EventFilterOptions {

    private static final Pattern ACTOR_PREFIX = Pattern.compile("[A-Z0-9]{1,30}");
    private static final Pattern CODE_PREFIX = Pattern.compile("[0-9]{1,4}");

    @Option(names = "--actor", paramLabel = "CODE",
            description = "Only events whose source or target actor code starts with CODE (IRN, SYRMIL).")
    private String actor;

    @Option(names = "--code", paramLabel = "CAMEO",
            description = "Only events whose CAMEO code starts with CAMEO: 19 matches 190 to 196.")
    private String code;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", converter = LocalDateConverter.class,
            description = "Only events of articles published on or after this date.")
    private LocalDate since;

    /** The query these options describe, checked so that a typo is bad usage rather than an empty result. */
    public EventQuery query(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("--limit must be 0 (no limit) or positive: " + limit);
        }
        String actorPrefix = actor == null ? null : actor.strip().toUpperCase(Locale.ROOT);
        if (actorPrefix != null && !ACTOR_PREFIX.matcher(actorPrefix).matches()) {
            throw new IllegalArgumentException("--actor takes an actor code such as IRN or SYRMIL, not '"
                    + actor + "'");
        }
        String codePrefix = code == null ? null : code.strip();
        if (codePrefix != null && !CODE_PREFIX.matcher(codePrefix).matches()) {
            throw new IllegalArgumentException("--code takes a CAMEO code or its prefix such as 19 or 0874, not '"
                    + code + "'");
        }
        return new EventQuery(actorPrefix, codePrefix, since, limit);
    }
}
