package org.sitrep.app.internal;

import picocli.CommandLine.Option;

/** The {@code --keep-statements} option of the commands that code text, declared once. */
public final class StatementsOption {

    @Option(names = "--keep-statements",
            description = "Keep every statement (CAMEO 010, \"X said\"); by default, as in PETRARCH, a statement "
                    + "is coded only when nothing else is coded from its sentence.")
    private boolean keep;

    public boolean keep() {
        return keep;
    }
}
