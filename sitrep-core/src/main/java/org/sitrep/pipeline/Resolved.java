package org.sitrep.pipeline;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.Mention;

/** Output of the {@link ActorResolver}: parsed sentences and the actor mentions found in them. */
public record Resolved(Parsed parsed, List<Mention> mentions) {

    public Resolved {
        Objects.requireNonNull(parsed, "parsed");
        mentions = List.copyOf(mentions);
    }

    /** The mentions in one sentence, in text order. */
    public List<Mention> mentionsIn(int sentence) {
        return mentions.stream().filter(m -> m.sentence() == sentence).toList();
    }
}
