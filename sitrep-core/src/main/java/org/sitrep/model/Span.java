package org.sitrep.model;

/**
 * A half-open range {@code [begin, end)} of the article text, counted in UTF-16 code units, that is, in
 * Java {@code String} indices of {@link Article#text()}. This is the only offset unit sitrep uses: token,
 * sentence, mention and evidence positions are all spans of the same string.
 */
public record Span(int begin, int end) {

    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
        }
    }

    public int length() {
        return end - begin;
    }

    public boolean contains(Span other) {
        return begin <= other.begin && other.end <= end;
    }

    /** The smallest span covering both. */
    public Span union(Span other) {
        return new Span(Math.min(begin, other.begin), Math.max(end, other.end));
    }

    /** The covered part of {@code text}, which must be the text this span was taken from. */
    public String of(String text) {
        if (end > text.length()) {
            throw new IllegalArgumentException("span " + this + " is outside a text of length " + text.length());
        }
        return text.substring(begin, end);
    }

    @Override
    public String toString() {
        return "[" + begin + ", " + end + ")";
    }
}
