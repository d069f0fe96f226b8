package org.sitrep.merge;

/**
 * When two coded events are one real event. Both must have:
 * <ul>
 *   <li>the same CAMEO root (the family of "what": 19 Fight covers 190–196);</li>
 *   <li>the same or coreferent source actors, and the same or coreferent targets: codes are coreferent when
 *       one refines the other ({@code SYR} and {@code SYRMIL}: "Syria" and "the Syrian army" in two reports of
 *       one attack), and all codes of one merged event must lie on one such chain, so {@code SYRMIL} and
 *       {@code SYRGOV} never meet; a missing target fits any target; actors the dictionaries do not know, and
 *       actors coded by role alone ("the president", {@code GOV} with no country), match only by the same
 *       code and name;</li>
 *   <li>compatible places: either unknown, the same place, one inside the other (a town and its country or
 *       region), or two towns within 25 km;</li>
 *   <li>days within the window: a merged event's reports span at most {@code windowDays} days. An event's day
 *       is the one its text gives when that fixes the day ("on Monday"), else its article's date. Undated
 *       reports merge only with undated reports of the same article: without a date nothing says two articles
 *       tell of the same day.</li>
 * </ul>
 *
 * @param windowDays longest span of days between the first and last report of one event
 */
public record MergeRules(int windowDays) {

    /** Two days: a report the day after an event is common, a week later it is usually a new event. */
    public static final int DEFAULT_WINDOW_DAYS = 2;

    public MergeRules {
        if (windowDays < 0) {
            throw new IllegalArgumentException("window must not be negative: " + windowDays);
        }
    }

    public static MergeRules defaults() {
        return new MergeRules(DEFAULT_WINDOW_DAYS);
    }
}
