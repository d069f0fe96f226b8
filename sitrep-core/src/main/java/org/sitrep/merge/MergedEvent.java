package org.sitrep.merge;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.sitrep.model.Actor;
import org.sitrep.model.Place;

/**
 * One real event as reported by one or more articles.
 *
 * @param id          stable id, derived from the coded event that first reported it
 * @param foundingEventId that coded event, whose sentence stands for the merged event
 * @param source      who acts: the most specific actor its reports name (of "SYR" and "SYRMIL", the army)
 * @param target      who is acted upon, or {@code null} when no report names anyone
 * @param cameoCode   the code most reports gave it, ties to the more specific and then the smaller code
 * @param goldstein   Goldstein score of that code
 * @param quadClass   QuadClass of that code
 * @param place       where: the narrowest place its reports give, or {@code null} when none gives one
 * @param firstSeen   date of the earliest report, or {@code null} when no report is dated
 * @param lastSeen    date of the latest report, or {@code null}
 * @param numMentions reports, counting several in one article and republished copies (GDELT's NumMentions)
 * @param numSources  distinct publishers among the reports (NumSources)
 * @param numArticles distinct articles among the reports (NumArticles)
 * @param mentions    the reports, in the order they were merged
 */
public record MergedEvent(String id, String foundingEventId, Actor source, Actor target, String cameoCode, double goldstein,
                          int quadClass, Place place, LocalDate firstSeen, LocalDate lastSeen, int numMentions,
                          int numSources, int numArticles, List<EventMention> mentions) {

    public MergedEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(foundingEventId, "foundingEventId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(cameoCode, "cameoCode");
        mentions = List.copyOf(mentions);
        if (mentions.isEmpty() || numMentions != mentions.size()) {
            throw new IllegalArgumentException("numMentions " + numMentions + " but " + mentions.size()
                    + " mentions");
        }
        if (numArticles < 1 || numArticles > numMentions || numSources > numArticles) {
            throw new IllegalArgumentException("counts do not fit: mentions " + numMentions + ", articles "
                    + numArticles + ", sources " + numSources);
        }
        if ((firstSeen == null) != (lastSeen == null) || (firstSeen != null && firstSeen.isAfter(lastSeen))) {
            throw new IllegalArgumentException("bad date range " + firstSeen + ".." + lastSeen);
        }
    }

    /** The two-digit CAMEO root of {@link #cameoCode()}. */
    public String rootCode() {
        return cameoCode.substring(0, 2);
    }
}
