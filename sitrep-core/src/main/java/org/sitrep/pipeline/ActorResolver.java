package org.sitrep.pipeline;

/**
 * Stage 4: finds the actor mentions of every sentence, parsed or not.
 *
 * <p>Input: parsed text. Output: mentions in text order that do not overlap. Bad data: proper names the
 * dictionaries lack become mentions of {@link org.sitrep.model.Actor#unknown unknown actors}.
 * Implementations are thread-safe.
 */
public interface ActorResolver {

    Resolved resolve(Parsed parsed);
}
