/**
 * What was done: the CAMEO code table, the event-pattern lexicon and the dependency-based coder.
 *
 * <p>Consumes {@link org.sitrep.pipeline.Resolved} sentences with their actor mentions; produces
 * {@link org.sitrep.model.Event events}, each naming the {@link org.sitrep.coding.EventPattern} that fired
 * and the evidence span. The lexicon ({@code verbs.txt}) and the code table ({@code cameo-codes.tsv}, with the
 * CAMEO-to-PLOVER map) are data files next to these classes, as are the coder's constructions: what an intended
 * or refused event is coded as ({@code intent-codes.tsv}) and the word lists of intent, refusal, allegation,
 * attack nouns and civilian objects ({@code construction-words.txt}). An {@link org.sitrep.coding.ExplainableCoder} says
 * which patterns it tried and why; {@link org.sitrep.coding.Explanation} turns that, the parse and the actors
 * into the text {@code sitrep explain} prints.
 */
package org.sitrep.coding;
