package org.sitrep.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Actor;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;
import org.sitrep.model.Problem;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Builds coded articles by hand for store and export tests: the headline is sentence 0, each body sentence
 * follows, tokens are runs of non-space characters, and events name their actors and trigger by text.
 */
public final class CodedArticles {

    private static final Pattern WORD = Pattern.compile("\\S+");

    private final String title;
    private final List<String> bodySentences = new ArrayList<>();
    private final List<EventSpec> events = new ArrayList<>();
    private final List<Problem.Kind> problemKinds = new ArrayList<>();
    private LocalDate date;
    private String source = "";
    private String url = "";
    private String origin = "test.jsonl:1";

    private record EventSpec(int sentence, String sourceText, String sourceCode, String trigger, String targetText,
                             String targetCode, String cameoCode, double goldstein, int quadClass) {
    }

    private CodedArticles(String title) {
        this.title = title;
    }

    public static CodedArticles titled(String title) {
        return new CodedArticles(title);
    }

    public CodedArticles sentence(String text) {
        bodySentences.add(text);
        return this;
    }

    public CodedArticles date(LocalDate value) {
        date = value;
        return this;
    }

    public CodedArticles source(String value) {
        source = value;
        return this;
    }

    public CodedArticles url(String value) {
        url = value;
        return this;
    }

    public CodedArticles origin(String value) {
        origin = value;
        return this;
    }

    public CodedArticles problem(Problem.Kind kind) {
        problemKinds.add(kind);
        return this;
    }

    /** An event in the given sentence (0 is the headline); a null target text means no target. */
    public CodedArticles event(int sentence, String sourceText, String sourceCode, String trigger,
                               String targetText, String targetCode, String cameoCode, double goldstein,
                               int quadClass) {
        events.add(new EventSpec(sentence, sourceText, sourceCode, trigger, targetText, targetCode, cameoCode,
                goldstein, quadClass));
        return this;
    }

    public CodedArticle build() {
        Article article = Article.of(title, String.join(" ", bodySentences), date, source, url, origin);
        String text = article.text();
        List<Sentence> sentences = new ArrayList<>();
        List<String> all = new ArrayList<>();
        all.add(title);
        all.addAll(bodySentences);
        int offset = 0;
        for (int i = 0; i < all.size(); i++) {
            String sentence = all.get(i);
            int begin = text.indexOf(sentence, offset);
            List<Token> tokens = new ArrayList<>();
            Matcher word = WORD.matcher(sentence);
            while (word.find()) {
                tokens.add(Token.unparsed(tokens.size(), word.group(),
                        new Span(begin + word.start(), begin + word.end())));
            }
            sentences.add(Sentence.unparsed(i, new Span(begin, begin + sentence.length()), tokens));
            offset = begin + sentence.length();
        }
        Map<Span, Mention> mentions = new LinkedHashMap<>();
        List<Event> coded = new ArrayList<>();
        for (EventSpec spec : events) {
            Sentence sentence = sentences.get(spec.sentence());
            Span sourceSpan = find(text, sentence, spec.sourceText());
            Span triggerSpan = find(text, sentence, spec.trigger());
            Actor sourceActor = new Actor(spec.sourceCode(), spec.sourceText(), "test:" + spec.sourceCode());
            mentions.putIfAbsent(sourceSpan, mention(sentence, sourceSpan, sourceActor));
            Span targetSpan = null;
            Actor targetActor = null;
            Span evidence = sourceSpan.union(triggerSpan);
            if (spec.targetText() != null) {
                targetSpan = find(text, sentence, spec.targetText());
                targetActor = new Actor(spec.targetCode(), spec.targetText(), "test:" + spec.targetCode());
                mentions.putIfAbsent(targetSpan, mention(sentence, targetSpan, targetActor));
                evidence = evidence.union(targetSpan);
            }
            String id = Event.idOf(article.id(), spec.sentence(), spec.cameoCode(), spec.sourceCode(),
                    spec.targetCode() == null ? "" : spec.targetCode(), evidence);
            coded.add(new Event(id, article.id(), spec.sentence(), sourceActor, targetActor, spec.cameoCode(),
                    spec.goldstein(), spec.quadClass(), sourceSpan, targetSpan, evidence, triggerSpan, "rule-"
                    + spec.cameoCode()));
        }
        List<Mention> mentionList = new ArrayList<>(mentions.values());
        mentionList.sort(Comparator.comparingInt(m -> m.span().begin()));
        List<Problem> problems = problemKinds.stream()
                .map(kind -> new Problem(kind, origin, "invented " + kind + " problem")).toList();
        return new CodedArticle(article, sentences, mentionList, coded, problems);
    }

    private static Span find(String text, Sentence sentence, String words) {
        int at = text.indexOf(words, sentence.span().begin());
        if (at < 0 || at + words.length() > sentence.span().end()) {
            throw new IllegalArgumentException("'" + words + "' is not in sentence " + sentence.index());
        }
        return new Span(at, at + words.length());
    }

    private static Mention mention(Sentence sentence, Span span, Actor actor) {
        int first = -1;
        int last = -1;
        for (Token token : sentence.tokens()) {
            if (token.span().end() > span.begin() && token.span().begin() < span.end()) {
                if (first < 0) {
                    first = token.index();
                }
                last = token.index();
            }
        }
        return new Mention(sentence.index(), first, last, span, actor);
    }
}
