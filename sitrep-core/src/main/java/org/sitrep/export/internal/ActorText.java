package org.sitrep.export.internal;

/** The words of a span as exports write them: without the punctuation a clause leaves at either end. */
public final class ActorText {

    private static final String EDGE = "[\\s,.;:!?\"'“”‘’()\\[\\]—–-]+";

    private ActorText() {
    }

    /** "Obama," becomes "Obama"; "the U.S." keeps its final stop only when it closes an abbreviation. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.replaceAll("^" + EDGE, "");
        String tail = stripped.replaceAll(EDGE + "$", "");
        // An abbreviation such as "U.S." keeps its last stop: a stop after a single capital letter.
        if (stripped.length() > tail.length() && stripped.charAt(tail.length()) == '.'
                && tail.length() >= 2 && tail.charAt(tail.length() - 2) == '.') {
            return tail + ".";
        }
        return tail;
    }
}
