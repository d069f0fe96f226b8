package org.sitrep.model;

import java.util.Objects;

/**
 * Something wrong with the data, recorded instead of thrown: processing goes on.
 *
 * @param kind    what went wrong
 * @param origin  where: {@code file:line} for input problems, {@code article-id#sentence} for coding ones
 * @param message one line for a person
 */
public record Problem(Kind kind, String origin, String message) {

    /** The kinds of bad data sitrep recognises. Those that stop an article from being coded are fatal. */
    public enum Kind {
        /** The file or record has no text to code. */
        EMPTY(true),
        /** The bytes are not text (NUL bytes or mostly control characters). */
        BINARY(true),
        /** The bytes are not valid UTF-8; the article is coded with replacement characters. */
        BROKEN_ENCODING(false),
        /** A JSON line that does not parse, or lacks a text field. */
        MALFORMED_RECORD(true),
        /** Larger than the configured maximum article size. */
        TOO_LARGE(true),
        /** The date field does not parse; the article is coded without a date. */
        BAD_DATE(false),
        /**
         * The article is not in English, the only language the dictionaries code; the message begins with
         * its language code ({@code LANGUAGE de}).
         */
        LANGUAGE(true),
        /**
         * The source held no article body, only a summary (a feed entry); the summary is coded and its events
         * are as thin as it is.
         */
        SUMMARY_ONLY(false),
        /**
         * A feed entry with no usable date (none, or only an implausible one) while no default date was given:
         * an undated report cannot be placed on the timeline, so it is skipped rather than coded.
         */
        NO_DATE(true),
        /** A page or record holds no article: a front page, a listing, a non-HTML or non-response record. */
        NO_ARTICLE(true),
        /** The same content was ingested before. */
        DUPLICATE(true),
        /** An event pattern fired but its source names no actor the dictionaries know. */
        UNKNOWN_ACTOR(false),
        /** A sentence names two or more actors but no pattern of the lexicon matched it. */
        NO_VERB_MATCH(false),
        /** The environment failed (I/O, database, models) while processing this article. */
        FAILURE(true);

        private final boolean fatal;

        Kind(boolean fatal) {
            this.fatal = fatal;
        }

        /** Whether an article with this problem is skipped rather than coded. */
        public boolean fatal() {
            return fatal;
        }
    }

    public Problem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(message, "message");
    }
}
