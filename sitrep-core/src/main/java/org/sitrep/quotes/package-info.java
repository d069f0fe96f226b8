/**
 * Who said what: direct quotes in any quotation-mark style, over paragraphs, and indirect speech, each with
 * its speaker resolved to an actor mention where one names it.
 *
 * <p>Consumes an article's text, {@link org.sitrep.model.Sentence sentences} and actor
 * {@link org.sitrep.model.Mention mentions}; produces {@link org.sitrep.model.Quote quotes} in text order
 * ({@link org.sitrep.quotes.QuoteFinder}).
 */
package org.sitrep.quotes;
