package org.sitrep.pipeline;

import org.sitrep.model.Sentence;

/**
 * Stage 2: a cheap look at unparsed tokens that decides which sentences are worth parsing.
 *
 * <p>Input: an unparsed sentence. Output: whether it may name an actor. False negatives lose events, false
 * positives only cost time. Implementations are thread-safe.
 */
@FunctionalInterface
public interface ActorSpotter {

    boolean mayNameActor(Sentence sentence);

    /**
     * Whether a tagged sentence needs its dependency parse for actor resolution alone, even without an event
     * trigger: an apposition ("Xavier Ortiz, a Kestrian army spokesman,") says who a name is. By default
     * none does.
     */
    default boolean needsParse(Sentence tagged) {
        return false;
    }
}
