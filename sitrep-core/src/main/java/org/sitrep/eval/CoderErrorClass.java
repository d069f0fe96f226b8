package org.sitrep.eval;

/**
 * The coder's error classes of issue 10, by which gold sentences are tagged (a gold line's optional
 * {@code classes}) so that {@code eval gold} can report each class's figures. What puts a sentence in a class is
 * written in {@code docs/annotation.md}; a sentence can be in several classes or in none.
 */
public enum CoderErrorClass {

    VERBS(1, "verbs, nominal events"),
    INTENT(2, "intent, promise, future"),
    REPORTED_SPEECH(3, "reported speech"),
    TARGETS(4, "targets"),
    ACTOR_COUNTRY(5, "actor country"),
    MAIN_EVENT(6, "main event"),
    PASSIVE_AGENTLESS(7, "passive, agentless"),
    PRECISION_TRAPS(8, "precision traps");

    private final int number;
    private final String label;

    CoderErrorClass(int number, String label) {
        this.number = number;
        this.label = label;
    }

    /** The class's number in issue 10 and in gold files, 1 to 8. */
    public int number() {
        return number;
    }

    /** A short name for report tables. */
    public String label() {
        return label;
    }

    /** The class numbered {@code number}; an IllegalArgumentException for a number outside 1 to 8. */
    public static CoderErrorClass of(int number) {
        for (CoderErrorClass errorClass : values()) {
            if (errorClass.number == number) {
                return errorClass;
            }
        }
        throw new IllegalArgumentException("error class must be a number from 1 to " + values().length + ": "
                + number);
    }
}
