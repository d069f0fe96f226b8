/**
 * The stages of sitrep and the straight-line {@link org.sitrep.pipeline.Pipeline} that runs them.
 *
 * <p>Consumes an {@link org.sitrep.model.Article}; produces a {@link org.sitrep.model.CodedArticle}. Each
 * stage is one small interface whose input type is the previous stage's output type, so the compiler keeps
 * them in order:
 * <ol>
 *   <li>{@link org.sitrep.pipeline.Segmenter}: text to {@link org.sitrep.pipeline.Segmented} sentences and
 *       tokens;</li>
 *   <li>{@link org.sitrep.pipeline.ActorSpotter}: which sentences name an actor and so are worth parsing;</li>
 *   <li>{@link org.sitrep.pipeline.Parser}: tags and lemmas for those, and dependencies for the tagged ones
 *       the {@link org.sitrep.pipeline.EventCoder} says hold a trigger word, giving
 *       {@link org.sitrep.pipeline.Parsed};</li>
 *   <li>{@link org.sitrep.pipeline.ActorResolver}: actor mentions, giving
 *       {@link org.sitrep.pipeline.Resolved};</li>
 *   <li>{@link org.sitrep.pipeline.EventCoder}: events, giving {@link org.sitrep.pipeline.Coded};</li>
 *   <li>{@link org.sitrep.pipeline.Situator}: each event's location and date, the article's place names and
 *       quotes, giving {@link org.sitrep.pipeline.Situated}.</li>
 * </ol>
 * Bad data are recorded as {@link org.sitrep.model.Problem problems}; a broken environment surfaces as
 * {@link org.sitrep.pipeline.EnvironmentException}, which the {@link org.sitrep.pipeline.BatchRunner}
 * catches per article.
 */
package org.sitrep.pipeline;
