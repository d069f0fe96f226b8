/**
 * Stories: articles about the same news story, grouped, labelled and summarised.
 *
 * <p>Consumes {@link org.sitrep.stories.StoryInput}s, made from plain {@link org.sitrep.model.Article articles}
 * or from {@link org.sitrep.model.CodedArticle coded} ones (whose actors and events then count too); produces
 * {@link org.sitrep.stories.Story stories}, each with a {@link org.sitrep.stories.StoryLabel} (key actors,
 * action, place), key terms and an extractive summary. The {@link org.sitrep.stories.StoryClusterer} is
 * incremental: new articles join the stories already formed.
 */
package org.sitrep.stories;
