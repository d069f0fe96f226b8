package org.sitrep.eval;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a sentence sits in a shared corpus, without its text.
 *
 * @param corpus  {@code allsides} (article {@code ID}, body {@code content_original}) or {@code newscluster}
 *                (article file name, body {@code text})
 * @param article the article's id in that corpus
 * @param start   offset of the sentence's first character in the body, counted in Unicode code points
 * @param end     offset just after its last character, likewise
 * @param sha256  leading hex digits (at least 8) of the SHA-256 of the sentence's UTF-8 bytes
 */
public record SentenceRef(String corpus, String article, int start, int end, String sha256) {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{8,64}");
    private static final Pattern ARTICLE = Pattern.compile("[A-Za-z0-9_.-]+");

    public SentenceRef {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(sha256, "sha256");
        if (!corpus.equals("allsides") && !corpus.equals("newscluster")) {
            throw new IllegalArgumentException("unknown corpus '" + corpus + "' (allsides or newscluster)");
        }
        // Also keeps a file name from leaving the corpus folder.
        if (!ARTICLE.matcher(article).matches() || article.startsWith(".")) {
            throw new IllegalArgumentException("not an article id: '" + article + "'");
        }
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
        if (!HEX.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 is not 8 to 64 lower-case hex digits: '" + sha256 + "'");
        }
    }
}
