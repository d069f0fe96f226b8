package org.sitrep.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One news article as read from its source.
 *
 * @param id      content hash of title and body (see {@link #contentId}); equal texts get equal ids, which is
 *                what makes re-ingesting an article a no-op
 * @param title   headline, possibly empty
 * @param body    text below the headline, possibly empty (an empty article is recorded as a problem, not
 *                rejected here)
 * @param date    publication date, or {@code null} when the source gives none
 * @param source  publisher name, possibly empty
 * @param url     address the article was published at, possibly empty
 * @param origin  where sitrep read it from, such as {@code file.jsonl.gz:1234}; used in problem reports
 */
public record Article(String id, String title, String body, LocalDate date, String source, String url,
                      String origin) {

    /** Separates headline and body in {@link #text()}; a blank line, so sentence splitting keeps them apart. */
    public static final String TITLE_SEPARATOR = "\n\n";

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(origin, "origin");
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id is blank");
        }
    }

    /** An article whose id is the content hash of its title and body. */
    public static Article of(String title, String body, LocalDate date, String source, String url, String origin) {
        return new Article(contentId(title, body), title, body, date, source, url, origin);
    }

    /**
     * The text every {@link Span} of this article refers to: the title, a blank line and the body (or just
     * the body when there is no title). Headlines are coded like any other sentence.
     */
    public String text() {
        return title.isEmpty() ? body : title + TITLE_SEPARATOR + body;
    }

    /** First 16 bytes of the SHA-256 of title and body, in hex. Whitespace at either end does not count. */
    public static String contentId(String title, String body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(title.strip().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(body.strip().getBytes(StandardCharsets.UTF_8));
            byte[] hash = digest.digest();
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
