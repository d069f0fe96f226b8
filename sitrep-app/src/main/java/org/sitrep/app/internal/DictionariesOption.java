package org.sitrep.app.internal;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --dictionaries DIR} option of the commands that code text, declared once. */
public final class DictionariesOption {

    @Option(names = "--dictionaries", paramLabel = "DIR",
            description = "Code with the PETRARCH dictionaries in DIR (verbs, actors, agents, discards) instead "
                    + "of sitrep's own.")
    private Path folder;

    /** The folder the user gave, or {@code null} for sitrep's own dictionaries. */
    public Path folder() {
        return folder;
    }
}
