package org.sitrep.app.internal;

import java.time.LocalDate;
import java.util.Locale;
import org.sitrep.model.Actor;
import org.sitrep.model.Problem;

/** How actors, dates and problems read in tables and messages. */
public final class Labels {

    private Labels() {
    }

    /** The actor's code; an actor the dictionaries lack shows its text in quotes; no actor is a dash. */
    public static String actor(Actor actor) {
        if (actor == null) {
            return "-";
        }
        return actor.isKnown() ? actor.code() : "\"" + actor.name() + "\"";
    }

    public static String date(LocalDate date) {
        return date == null ? "-" : date.toString();
    }

    public static String goldstein(double goldstein) {
        return String.format(Locale.ROOT, "%+.1f", goldstein);
    }

    /** One line such as {@code EMPTY notes/blank.txt: article has no text}. */
    public static String problem(Problem problem) {
        return problem.kind() + " " + problem.origin() + ": " + problem.message();
    }
}
