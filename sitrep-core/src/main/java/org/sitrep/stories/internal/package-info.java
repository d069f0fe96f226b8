/**
 * Helpers of story clustering that are not API: the features of an article ({@link
 * org.sitrep.stories.internal.Features}: words, names, places, coded actors) and the vocabulary with its
 * document frequencies ({@link org.sitrep.stories.internal.Vocabulary}). Consumes
 * {@link org.sitrep.stories.StoryInput}; produces weighted feature counts and sparse vectors.
 */
package org.sitrep.stories.internal;
