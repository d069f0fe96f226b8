package org.sitrep.nlp;

import org.sitrep.actors.ActorDictionary;
import org.sitrep.actors.DictionaryActorResolver;
import org.sitrep.coding.CameoTable;
import org.sitrep.coding.DependencyCoder;
import org.sitrep.coding.Lexicon;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Situator;
import org.sitrep.situation.StandardSituator;

/**
 * Wires the default pipeline: CoreNLP stages, the built-in actor dictionaries and event lexicon, and the
 * standard situator (places when the GeoNames index is on the class path, dates, quotes).
 */
public final class StandardPipeline {

    private StandardPipeline() {
    }

    /** The default pipeline. Loading the models takes a few seconds; build one and share it across threads. */
    public static Pipeline create() {
        return create(ActorDictionary.standard(), Lexicon.standard());
    }

    public static Pipeline create(ActorDictionary dictionary, Lexicon lexicon) {
        return create(dictionary, lexicon, StandardSituator.standard());
    }

    public static Pipeline create(ActorDictionary dictionary, Lexicon lexicon, Situator situator) {
        DictionaryActorResolver resolver = new DictionaryActorResolver(dictionary);
        return new Pipeline(new CoreNlpSegmenter(), resolver, new CoreNlpParser(), resolver,
                new DependencyCoder(lexicon, CameoTable.standard()), situator);
    }
}
