/**
 * The data sitrep works on, as immutable records: an {@link org.sitrep.model.Article} goes in; its
 * {@link org.sitrep.model.Sentence sentences} and {@link org.sitrep.model.Token tokens}, the actor
 * {@link org.sitrep.model.Mention mentions} found in them, the coded {@link org.sitrep.model.Event events}
 * and the {@link org.sitrep.model.Problem problems} met on the way come out, gathered in a
 * {@link org.sitrep.model.CodedArticle}.
 *
 * <p>Every position in the text is a {@link org.sitrep.model.Span}: UTF-16 code units of
 * {@link org.sitrep.model.Article#text()}, the one offset unit of the whole project.
 */
package org.sitrep.model;
