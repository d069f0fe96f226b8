package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The pipeline a user of a dictionary coder runs before coding: CoreNLP's {@code tokenize, ssplit, pos,
 * lemma, ner, depparse} on every sentence of every article, with CoreNLP's own thread pool. {@code sitrep
 * bench --baseline corenlp} times it on the same articles as sitrep, in the same JVM, so that the ratio
 * between the two can be checked on any machine. Not thread-safe: one run at a time.
 */
public final class CoreNlpBaseline {

    /** The annotators of the baseline, in CoreNLP's order. */
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";

    /** What one timed run did. */
    public record Result(int articles, long sentences, long tokens, long nanos, long loadNanos) {

        public Result {
            if (articles < 0 || sentences < 0 || tokens < 0 || nanos < 0 || loadNanos < 0) {
                throw new IllegalArgumentException("negative baseline figure");
            }
        }

        public double articlesPerSecond() {
            return nanos == 0 ? 0 : articles * 1e9 / nanos;
        }

        public double tokensPerSecond() {
            return nanos == 0 ? 0 : tokens * 1e9 / nanos;
        }
    }

    private final StanfordCoreNLP pipeline;
    private final int threads;
    private final long loadNanos;

    /** Loads the models (a minute or so, most of it NER's). */
    public CoreNlpBaseline(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive: " + threads);
        }
        Properties properties = new Properties();
        properties.setProperty("annotators", ANNOTATORS);
        properties.setProperty("threads", Integer.toString(threads));
        long start = System.nanoTime();
        this.pipeline = new StanfordCoreNLP(properties);
        this.loadNanos = System.nanoTime() - start;
        this.threads = threads;
    }

    /** Annotates the texts, all of them, and times it; the texts are whole articles, headline first. */
    public Result run(List<String> texts) {
        List<Annotation> annotations = new ArrayList<>(texts.size());
        for (String text : texts) {
            annotations.add(new Annotation(text));
        }
        long start = System.nanoTime();
        pipeline.annotate(annotations, threads);
        long nanos = System.nanoTime() - start;
        long sentences = 0;
        long tokens = 0;
        for (Annotation annotation : annotations) {
            var sentenceList = annotation.get(CoreAnnotations.SentencesAnnotation.class);
            sentences += sentenceList == null ? 0 : sentenceList.size();
            var tokenList = annotation.get(CoreAnnotations.TokensAnnotation.class);
            tokens += tokenList == null ? 0 : tokenList.size();
        }
        return new Result(texts.size(), sentences, tokens, nanos, loadNanos);
    }
}
