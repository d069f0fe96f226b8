package org.sitrep.pipeline;

import java.util.List;
import org.sitrep.model.Event;
import org.sitrep.model.Problem;
import org.sitrep.model.Sentence;

/**
 * Stage 5: codes events from parsed sentences and their actor mentions.
 *
 * <p>Input: resolved text and the id of its article. Output: events in text order, each with the rule that
 * fired and its evidence. Bad data: a pattern whose source is not a known actor, or a sentence with two
 * actors and no pattern, is reported to {@code problems} and coding goes on. Implementations are
 * thread-safe.
 */
@FunctionalInterface
public interface EventCoder {

    List<Event> code(Resolved resolved, String articleId, List<Problem> problems);

    /**
     * Whether a tagged sentence has a word that could trigger an event; the pipeline parses only those.
     * Must not miss a sentence the coder would code; by default every sentence may.
     */
    default boolean mayTrigger(Sentence tagged) {
        return true;
    }
}
