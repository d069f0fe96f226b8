package org.sitrep.pipeline;

import java.time.LocalDate;
import java.util.List;

/**
 * Stage 6: where and when each event happened, and who said what.
 *
 * <p>Input: the coded text and the article's publication date ({@code null} when unknown). Output: the same
 * events in the same order, each with its {@link org.sitrep.model.Location} and
 * {@link org.sitrep.model.EventDate} where they can be told (either may stay {@code null}), the place names
 * found and the quotes. Bad data: a name no place fits stays an unresolved place mention; nothing is thrown
 * for it. Implementations are thread-safe.
 */
public interface Situator {

    /** A situator that adds nothing: events keep no location or date; no places, no quotes. */
    Situator NONE = (coded, published) -> new Situated(coded.events(), List.of(), List.of());

    Situated situate(Coded coded, LocalDate published);
}
