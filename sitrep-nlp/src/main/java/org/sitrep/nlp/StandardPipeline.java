package org.sitrep.nlp;

import org.sitrep.actors.ActorDictionary;
import org.sitrep.actors.DictionaryActorResolver;
import org.sitrep.coding.CameoTable;
import org.sitrep.coding.DependencyCoder;
import org.sitrep.coding.Lexicon;
import org.sitrep.pipeline.Pipeline;

/** Wires the default pipeline: CoreNLP stages, the built-in actor dictionaries and event lexicon. */
public final class StandardPipeline {

    private StandardPipeline() {
    }

    /** The default pipeline. Loading the models takes a few seconds; build one and share it across threads. */
    public static Pipeline create() {
        return create(ActorDictionary.standard(), Lexicon.standard());
    }

    public static Pipeline create(ActorDictionary dictionary, Lexicon lexicon) {
        DictionaryActorResolver resolver = new DictionaryActorResolver(dictionary);
        return new Pipeline(new CoreNlpSegmenter(), resolver, new CoreNlpParser(), resolver,
                new DependencyCoder(lexicon, CameoTable.standard()));
    }
}
