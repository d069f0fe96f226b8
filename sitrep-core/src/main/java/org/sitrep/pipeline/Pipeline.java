package org.sitrep.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.Problem;

/**
 * Runs the stages on one article, in the only order their types allow. Thread-safe when its stages are,
 * which their contracts require: one instance serves every worker thread.
 */
public final class Pipeline {

    /** Articles longer than this many characters are skipped as {@link Problem.Kind#TOO_LARGE}. */
    public static final int DEFAULT_MAX_CHARS = 1_000_000;

    private final Segmenter segmenter;
    private final ActorSpotter spotter;
    private final Parser parser;
    private final ActorResolver resolver;
    private final EventCoder coder;
    private final Situator situator;
    private final int maxChars;
    private final StageTimes times;

    public Pipeline(Segmenter segmenter, ActorSpotter spotter, Parser parser, ActorResolver resolver,
                    EventCoder coder, Situator situator, int maxChars) {
        this(segmenter, spotter, parser, resolver, coder, situator, maxChars, null);
    }

    private Pipeline(Segmenter segmenter, ActorSpotter spotter, Parser parser, ActorResolver resolver,
                     EventCoder coder, Situator situator, int maxChars, StageTimes times) {
        this.times = times;
        this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
        this.spotter = Objects.requireNonNull(spotter, "spotter");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.coder = Objects.requireNonNull(coder, "coder");
        this.situator = Objects.requireNonNull(situator, "situator");
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
        }
        this.maxChars = maxChars;
    }

    public Pipeline(Segmenter segmenter, ActorSpotter spotter, Parser parser, ActorResolver resolver,
                    EventCoder coder, Situator situator) {
        this(segmenter, spotter, parser, resolver, coder, situator, DEFAULT_MAX_CHARS);
    }

    /** A pipeline without the {@link Situator} stage: events get no location or date, articles no quotes. */
    public Pipeline(Segmenter segmenter, ActorSpotter spotter, Parser parser, ActorResolver resolver,
                    EventCoder coder, int maxChars) {
        this(segmenter, spotter, parser, resolver, coder, Situator.NONE, maxChars);
    }

    /** A pipeline without the {@link Situator} stage, as {@link #Pipeline(Segmenter, ActorSpotter, Parser,
     * ActorResolver, EventCoder, int)}. */
    public Pipeline(Segmenter segmenter, ActorSpotter spotter, Parser parser, ActorResolver resolver,
                    EventCoder coder) {
        this(segmenter, spotter, parser, resolver, coder, Situator.NONE, DEFAULT_MAX_CHARS);
    }

    /**
     * The same segmenter and parser, whose models are costly to load, with other dictionaries and another
     * coder: for users who bring their own (PETRARCH dictionaries, say). The situator stays, so events keep
     * their places, dates and quotes.
     */
    public Pipeline with(ActorSpotter otherSpotter, ActorResolver otherResolver, EventCoder otherCoder) {
        return new Pipeline(segmenter, otherSpotter, parser, otherResolver, otherCoder, situator, maxChars, times);
    }

    /**
     * The same pipeline, recording each stage's wall and CPU time, and the tokens tagged and parsed, into
     * {@code stageTimes}: what {@code sitrep bench} reports. Tagging and parsing are told apart by the parser's
     * calls to its two choices, which its contract makes in turn for each sentence.
     */
    public Pipeline timed(StageTimes stageTimes) {
        return new Pipeline(segmenter, spotter, parser, resolver, coder, situator, maxChars,
                java.util.Objects.requireNonNull(stageTimes, "stageTimes"));
    }

    /** The same pipeline, situator included, with another coder: the same coder with other options, say. */
    public Pipeline withCoder(EventCoder otherCoder) {
        return new Pipeline(segmenter, spotter, parser, resolver, otherCoder, situator, maxChars, times);
    }

    public EventCoder coder() {
        return coder;
    }

    /**
     * Segments, parses every sentence (not only those that may hold an event) and resolves actors, without
     * coding: what an explanation of the coder's choices starts from.
     */
    public Resolved resolveEverySentence(Article article) {
        Segmented segmented = segmenter.segment(article.text());
        Parsed parsed = parser.parse(segmented, sentence -> true, sentence -> true);
        return resolver.resolve(parsed, article.date());
    }

    public CodedArticle process(Article article) {
        return process(article, List.of());
    }

    /**
     * Codes one article.
     *
     * @param earlierProblems problems the reader already found (a bad date, broken encoding), kept in front
     */
    public CodedArticle process(Article article, List<Problem> earlierProblems) {
        List<Problem> problems = new ArrayList<>(earlierProblems);
        String text = article.text();
        if (text.isBlank()) {
            problems.add(new Problem(Problem.Kind.EMPTY, article.origin(), "article has no text"));
            return CodedArticle.skipped(article, problems);
        }
        if (text.length() > maxChars) {
            problems.add(new Problem(Problem.Kind.TOO_LARGE, article.origin(),
                    "article has " + text.length() + " characters, more than the limit of " + maxChars));
            return CodedArticle.skipped(article, problems);
        }
        if (times != null) {
            return timedProcess(article, text, problems);
        }
        Segmented segmented = segmenter.segment(text);
        Parsed parsed = parser.parse(segmented, spotter::mayNameActor,
                tagged -> coder.mayTrigger(tagged) || spotter.needsParse(tagged));
        Resolved resolved = resolver.resolve(parsed, article.date());
        List<Event> events = coder.code(resolved, article.id(), problems);
        return situate(article, parsed, resolved, events, problems);
    }

    /** {@link #process} with each stage's time recorded; the stages and their order are the same. */
    private CodedArticle timedProcess(Article article, String text, List<Problem> problems) {
        StageTimes.Lap lap = times.start();
        Segmented segmented = segmenter.segment(text);
        lap.lap(StageTimes.Stage.SEGMENT);
        // Between the parser's calls to its two choices it tags (after "worth tagging") or parses (after
        // "worth parsing"); the choices themselves are dictionary and trigger look-ups.
        StageTimes.Stage[] pending = {StageTimes.Stage.PARSE};
        Parsed parsed = parser.parse(segmented, sentence -> {
            lap.lap(pending[0]);
            boolean worth = spotter.mayNameActor(sentence);
            lap.lap(StageTimes.Stage.RESOLVE);
            pending[0] = StageTimes.Stage.TAG;
            return worth;
        }, tagged -> {
            lap.lap(StageTimes.Stage.TAG);
            boolean worth = coder.mayTrigger(tagged) || spotter.needsParse(tagged);
            lap.lap(StageTimes.Stage.CODE);
            pending[0] = StageTimes.Stage.PARSE;
            return worth;
        });
        lap.lap(pending[0]);
        long all = 0;
        long tagged = 0;
        long parsedTokens = 0;
        for (org.sitrep.model.Sentence sentence : parsed.sentences()) {
            int size = sentence.tokens().size();
            all += size;
            if (sentence.parsed()) {
                parsedTokens += size;
            }
            if (size > 0 && !sentence.tokens().get(0).tag().isEmpty()) {
                tagged += size;
            }
        }
        times.addTokens(all, tagged, parsedTokens);
        Resolved resolved = resolver.resolve(parsed, article.date());
        lap.lap(StageTimes.Stage.RESOLVE);
        List<Event> events = coder.code(resolved, article.id(), problems);
        lap.lap(StageTimes.Stage.CODE);
        CodedArticle coded = situate(article, parsed, resolved, events, problems);
        lap.lap(StageTimes.Stage.SITUATE);
        return coded;
    }

    private CodedArticle situate(Article article, Parsed parsed, Resolved resolved, List<Event> events,
                                 List<Problem> problems) {
        Situated situated = situator.situate(new Coded(resolved, events), article.date());
        if (situated.events().size() != events.size()) {
            throw new IllegalStateException("the situator must return every event it was given");
        }
        return new CodedArticle(article, parsed.sentences(), resolved.mentions(), situated.events(), problems,
                situated.places(), situated.quotes());
    }
}
