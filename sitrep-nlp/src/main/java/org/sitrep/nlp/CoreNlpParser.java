package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.SinglePrecisionClassifier;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.CancellationException;
import java.util.function.Predicate;
import org.sitrep.model.Dependency;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;
import org.sitrep.pipeline.EnvironmentException;
import org.sitrep.pipeline.Parsed;
import org.sitrep.pipeline.Parser;
import org.sitrep.pipeline.Segmented;

/**
 * Tags, lemmatises and dependency-parses the chosen sentences with CoreNLP's left-3-words maximum-entropy
 * tagger and its neural transition-based parser (English Universal Dependencies model). Calls the models
 * directly rather than through annotators, so that only chosen sentences are parsed and no enhanced graphs
 * are built. The parser scores with {@link SinglePrecisionClassifier}, about three times faster than CoreNLP's
 * own classifier for the same parses. Thread-safe: the models are read-only and the lemmatiser, which keeps
 * state, is per thread.
 */
public final class CoreNlpParser implements Parser {

    /** Longer sentences are left unparsed: they are almost always lists or run-on text and cost quadratic time. */
    public static final int MAX_PARSE_TOKENS = 100;

    private static final String TAGGER_MODEL =
            "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";
    private static final String PARSER_MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

    private final MaxentTagger tagger;
    private final DependencyParser dependencyParser;
    private final ThreadLocal<Morphology> morphology = ThreadLocal.withInitial(Morphology::new);

    public CoreNlpParser() {
        try {
            this.tagger = new MaxentTagger(TAGGER_MODEL);
            // An instance of our own, not CoreNLP's shared cached one: the classifier is replaced below, and a
            // CoreNLP pipeline in the same JVM (bench's baseline) must keep the stock one.
            this.dependencyParser = new DependencyParser(new Properties());
            dependencyParser.loadModelFile(PARSER_MODEL);
            // The stock classifier stays reachable (-Dsitrep.stockClassifier=true) to measure the difference.
            if (!Boolean.getBoolean("sitrep.stockClassifier")) {
                SinglePrecisionClassifier.install(dependencyParser);
            }
        } catch (RuntimeException e) {
            throw new EnvironmentException("cannot load the CoreNLP models (is stanford-corenlp:models on the class path?)", e);
        }
    }

    @Override
    public Parsed parse(Segmented segmented, Predicate<Sentence> worthTagging, Predicate<Sentence> worthParsing) {
        List<Sentence> result = new ArrayList<>(segmented.sentences().size());
        for (Sentence sentence : segmented.sentences()) {
            // A server whose client hung up interrupts the coding thread: stop between sentences.
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("parsing was interrupted");
            }
            if (sentence.parsed() || sentence.tokens().size() > MAX_PARSE_TOKENS || !worthTagging.test(sentence)) {
                result.add(sentence);
                continue;
            }
            List<CoreLabel> labels = labels(sentence);
            Sentence tagged = tag(sentence, labels);
            result.add(worthParsing.test(tagged) ? tagged.withParse(tagged.tokens(), dependencies(labels)) : tagged);
        }
        return new Parsed(segmented.text(), result);
    }

    /**
     * The tagger often calls lower-case nouns next to a capitalised unknown word proper nouns ("Kestrian
     * troops" as NNP NNPS), and the lemmatiser leaves proper nouns alone; a lower-case word is never a name.
     */
    private static String lemmaTag(String word, String tag) {
        if (tag.startsWith("NNP") && !word.isEmpty() && Character.isLowerCase(word.charAt(0))) {
            return tag.equals("NNPS") ? "NNS" : "NN";
        }
        return tag;
    }

    /** Parses one sentence regardless of length or choice; for explanation and tests. */
    public Sentence parseOne(Sentence sentence) {
        List<CoreLabel> labels = labels(sentence);
        Sentence tagged = tag(sentence, labels);
        return tagged.withParse(tagged.tokens(), dependencies(labels));
    }

    private static List<CoreLabel> labels(Sentence sentence) {
        List<CoreLabel> labels = new ArrayList<>(sentence.tokens().size());
        for (Token token : sentence.tokens()) {
            CoreLabel label = new CoreLabel();
            label.setWord(token.word());
            label.setValue(token.word());
            label.setOriginalText(token.word());
            label.setIndex(token.index() + 1);
            label.setBeginPosition(token.span().begin());
            label.setEndPosition(token.span().end());
            labels.add(label);
        }
        return labels;
    }

    private Sentence tag(Sentence sentence, List<CoreLabel> labels) {
        tagger.tagCoreLabels(labels);
        Morphology lemmatiser = morphology.get();
        List<Token> tagged = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel label = labels.get(i);
            String lemma = lemmatiser.lemma(label.word(), lemmaTag(label.word(), label.tag()));
            tagged.add(sentence.tokens().get(i).withTagAndLemma(label.tag(), lemma.toLowerCase(Locale.ROOT)));
        }
        return new Sentence(sentence.index(), sentence.span(), tagged, List.of(), false);
    }

    private List<Dependency> dependencies(List<CoreLabel> labels) {
        GrammaticalStructure structure = dependencyParser.predict(labels);
        List<Dependency> arcs = new ArrayList<>(labels.size());
        for (TypedDependency dependency : structure.typedDependencies()) {
            IndexedWord governor = dependency.gov();
            int governorIndex = governor.index() == 0 ? Dependency.ROOT : governor.index() - 1;
            int dependentIndex = dependency.dep().index() - 1;
            if (governorIndex == dependentIndex) {
                continue;
            }
            arcs.add(new Dependency(governorIndex, dependentIndex, dependency.reln().toString()));
        }
        return arcs;
    }
}
