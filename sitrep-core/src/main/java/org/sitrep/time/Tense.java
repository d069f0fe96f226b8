package org.sitrep.time;

/** The tense of the clause a time expression stands in, which decides which Monday "on Monday" is. */
public enum Tense {
    PAST,
    /** Present tense, which news uses for what is scheduled ("talks open on Monday"). */
    PRESENT,
    FUTURE,
    /** No verb tells. */
    UNKNOWN
}
