package org.sitrep.ingest.internal;

/**
 * Text with nothing to read: {@link String#isBlank()} misses the no-break spaces, zero-width characters and
 * byte-order marks that web pages and word processors leave behind, and such a text would be coded as an
 * article without a word in it.
 */
public final class Blank {

    private Blank() {
    }

    /** Whether every character is white space, a no-break or zero-width space, a joiner or a BOM. */
    public static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isInvisible(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The text without the invisible characters at its ends. */
    public static String strip(String text) {
        int begin = 0;
        int end = text.length();
        while (begin < end && isInvisible(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && isInvisible(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(begin, end);
    }

    private static boolean isInvisible(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF'
                || c == '\u180E';
    }
}
