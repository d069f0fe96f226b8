package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Segmenter;
import org.sitrep.pipeline.Segmented;

/**
 * Tokenizes and splits sentences with CoreNLP's rule-based English tokenizer. A blank line always ends a
 * sentence, so a headline without final punctuation stays apart from the body. Thread-safe.
 */
public final class CoreNlpSegmenter implements Segmenter {

    private final StanfordCoreNLP tokenizer;

    public CoreNlpSegmenter() {
        Properties properties = new Properties();
        properties.setProperty("annotators", "tokenize,ssplit");
        properties.setProperty("tokenize.language", "en");
        properties.setProperty("ssplit.newlineIsSentenceBreak", "two");
        // Keep words as written: dictionaries match surface forms, and PTB escaping would turn "(" into -LRB-.
        properties.setProperty("tokenize.options", "ptb3Escaping=false,normalizeParentheses=false,"
                + "normalizeOtherBrackets=false,splitHyphenated=false,invertible=true");
        this.tokenizer = new StanfordCoreNLP(properties, false);
    }

    @Override
    public Segmented segment(String text) {
        Annotation annotation = new Annotation(text);
        tokenizer.annotate(annotation);
        List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        List<Sentence> sentences = new ArrayList<>(coreSentences.size());
        for (CoreMap coreSentence : coreSentences) {
            List<CoreLabel> labels = coreSentence.get(CoreAnnotations.TokensAnnotation.class);
            if (labels.isEmpty()) {
                continue;
            }
            List<Token> tokens = new ArrayList<>(labels.size());
            for (CoreLabel label : labels) {
                tokens.add(Token.unparsed(tokens.size(), label.word(),
                        new Span(label.beginPosition(), label.endPosition())));
            }
            Span span = new Span(tokens.get(0).span().begin(), tokens.get(tokens.size() - 1).span().end());
            sentences.add(Sentence.unparsed(sentences.size(), span, tokens));
        }
        return new Segmented(text, sentences);
    }
}
