package org.sitrep.coding;

import java.util.List;
import org.sitrep.internal.DependencyTree;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;
import org.sitrep.model.Problem;
import org.sitrep.pipeline.EventCoder;

/** A coder that can say, sentence by sentence, which patterns it tried and why each fired or not. */
public interface ExplainableCoder extends EventCoder {

    /**
     * Codes one parsed sentence. When {@code trace} is not null, a line is added for every pattern tried and
     * why it fired or not.
     */
    List<Event> codeSentence(DependencyTree tree, List<Mention> mentions, String articleId, List<Problem> problems,
                             List<String> trace);
}
