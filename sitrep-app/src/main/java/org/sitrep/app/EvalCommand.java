package org.sitrep.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sitrep eval}: measures sitrep against reference data sets. */
@Command(name = "eval", mixinStandardHelpOptions = true, subcommands = {EvalPetrarchCommand.class},
        description = "Measures sitrep's coding against reference data.")
public final class EvalCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
