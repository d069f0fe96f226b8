package org.sitrep.stories;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sitrep.internal.SentenceSplitter;
import org.sitrep.model.Actor;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;

/**
 * What story clustering knows of one article: its text and sentences, and, when it was coded, the actors it
 * names and the CAMEO codes of its events.
 *
 * @param article    the article
 * @param sentences  its sentences, spans of {@link Article#text()}
 * @param actors     actors of its mentions, in text order; empty when the article was not coded
 * @param eventCodes CAMEO codes of its events, in text order; empty when not coded or nothing was coded
 */
public record StoryInput(Article article, List<Span> sentences, List<Actor> actors, List<String> eventCodes) {

    public StoryInput {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        actors = List.copyOf(actors);
        eventCodes = List.copyOf(eventCodes);
        int length = article.text().length();
        for (Span sentence : sentences) {
            if (sentence.end() > length) {
                throw new IllegalArgumentException("sentence " + sentence + " outside a text of length " + length);
            }
        }
    }

    /** An article that was not coded: sentences come from a rule-based splitter. */
    public static StoryInput of(Article article) {
        return new StoryInput(article, SentenceSplitter.split(article.text()), List.of(), List.of());
    }

    /** A coded article: its own sentences, actors and event codes. */
    public static StoryInput of(CodedArticle coded) {
        List<Span> sentences = new ArrayList<>();
        for (Sentence sentence : coded.sentences()) {
            sentences.add(sentence.span());
        }
        if (sentences.isEmpty()) {
            sentences = SentenceSplitter.split(coded.article().text());
        }
        List<Actor> actors = new ArrayList<>();
        for (Mention mention : coded.mentions()) {
            actors.add(mention.actor());
        }
        List<String> codes = new ArrayList<>();
        for (Event event : coded.events()) {
            codes.add(event.cameoCode());
        }
        return new StoryInput(coded.article(), sentences, actors, codes);
    }
}
