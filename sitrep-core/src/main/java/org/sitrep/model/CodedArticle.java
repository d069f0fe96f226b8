package org.sitrep.model;

import java.util.List;
import java.util.Objects;

/**
 * The result of running the pipeline on one article.
 *
 * @param article   the input
 * @param sentences its sentences; parsed ones carry tags and dependencies
 * @param mentions  actor mentions, in text order
 * @param events    coded events, in text order
 * @param problems  bad data met on the way, in the order met
 * @param places    place names found, resolved or not, in text order
 * @param quotes    what the article reports people said, in text order
 */
public record CodedArticle(Article article, List<Sentence> sentences, List<Mention> mentions,
                           List<Event> events, List<Problem> problems, List<PlaceMention> places,
                           List<Quote> quotes) {

    public CodedArticle {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        events = List.copyOf(events);
        problems = List.copyOf(problems);
        places = List.copyOf(places);
        quotes = List.copyOf(quotes);
    }

    /** A coded article without places and quotes. */
    public CodedArticle(Article article, List<Sentence> sentences, List<Mention> mentions, List<Event> events,
                        List<Problem> problems) {
        this(article, sentences, mentions, events, problems, List.of(), List.of());
    }

    /** An article that could not be coded at all. */
    public static CodedArticle skipped(Article article, List<Problem> problems) {
        return new CodedArticle(article, List.of(), List.of(), List.of(), problems);
    }

    public boolean wasSkipped() {
        return problems.stream().anyMatch(p -> p.kind().fatal());
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }

    /** The text of one sentence. */
    public String sentenceText(int sentenceIndex) {
        return sentences.get(sentenceIndex).span().of(article.text());
    }
}
