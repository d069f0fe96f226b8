/**
 * When things happened: time expressions ({@link org.sitrep.time.TimeExpressionFinder}), their dates counted
 * from the article's publication date with the tense of their clause ({@link org.sitrep.time.DateResolver},
 * {@link org.sitrep.time.TimeResolver}), and each event's date ({@link org.sitrep.time.EventDater}).
 *
 * <p>Consumes an article's text, {@link org.sitrep.model.Sentence sentences} (tags and parses used where
 * present) and publication date; produces {@link org.sitrep.time.DatedExpression dated expressions} and, per
 * event, an {@link org.sitrep.model.EventDate}. Written for sitrep; CoreNLP's SUTime is not used.
 */
package org.sitrep.time;
