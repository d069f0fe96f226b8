/**
 * The CoreNLP-backed stages: {@link org.sitrep.nlp.CoreNlpSegmenter} (tokenize, ssplit) and
 * {@link org.sitrep.nlp.CoreNlpParser} (POS tagger, lemmatiser, neural dependency parser), and
 * {@link org.sitrep.nlp.StandardPipeline}, which wires them to the dictionaries of sitrep-core.
 *
 * <p>Consumes article text; produces {@link org.sitrep.model.Sentence sentences} with tokens, tags, lemmas
 * and basic Universal Dependencies. This is the only module that imports Stanford CoreNLP
 * (GPL-3.0-or-later). The slow annotators (CRF NER, SUTime, the constituency parser) are deliberately not
 * used: they cap throughput at about a tenth of what this path reaches. The module's one class in CoreNLP's own
 * package, {@code edu.stanford.nlp.parser.nndep.SinglePrecisionClassifier}, is the parser's faster scorer; it
 * must live there to override a package-private method.
 */
package org.sitrep.nlp;
