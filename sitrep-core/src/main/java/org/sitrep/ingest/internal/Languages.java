package org.sitrep.ingest.internal;

import java.util.Locale;

/** Language names as sources declare them ({@code en}, {@code en-US}, {@code eng}, {@code English}). */
public final class Languages {

    /** The code of the one language sitrep codes. */
    public static final String ENGLISH = "en";

    private Languages() {
    }

    /**
     * The lower-case primary language code of a declared language: {@code de} for {@code de-AT},
     * {@code en} for {@code eng} or {@code English}; {@code null} when nothing is declared.
     */
    public static String code(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        String value = declared.strip().toLowerCase(Locale.ROOT);
        int cut = 0;
        while (cut < value.length() && Character.isLetter(value.charAt(cut))) {
            cut++;
        }
        String primary = cut == 0 ? value : value.substring(0, cut);
        if (primary.equals("eng") || primary.equals("english")) {
            return ENGLISH;
        }
        return primary;
    }
}
