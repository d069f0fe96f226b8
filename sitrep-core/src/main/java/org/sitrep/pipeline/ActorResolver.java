package org.sitrep.pipeline;

import java.time.LocalDate;

/**
 * Stage 4: finds the actor mentions of every sentence, parsed or not.
 *
 * <p>Input: parsed text and the article's publication date ({@code null} when unknown), which decides the
 * role of people whose offices are dated. Output: mentions in text order that do not overlap. Bad data: proper names the
 * dictionaries lack become mentions of {@link org.sitrep.model.Actor#unknown unknown actors}.
 * Implementations are thread-safe.
 */
public interface ActorResolver {

    Resolved resolve(Parsed parsed, LocalDate date);
}
