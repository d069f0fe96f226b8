package org.sitrep.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.app.internal.ErrorHandler;
import org.sitrep.petrarch.PetrarchDictionaries;
import org.sitrep.petrarch.PetrarchEvaluation;
import org.sitrep.petrarch.UnitTestRecords;
import org.sitrep.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep eval petrarch}: runs PETRARCH's unit-test records with their own dictionaries. */
@Command(name = "petrarch", mixinStandardHelpOptions = true,
        description = {"Codes each sentence of PETRARCH's unit-test records (PETR.UnitTest.records.xml) with the "
                + "PETRARCH dictionaries the records name, and prints matched, missed and spurious "
                + "(source, code, target) triples per category and overall.",
                "Spurious% is the share of coded triples that were not expected."})
public final class EvalPetrarchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private EvalCommand eval;

    @Parameters(paramLabel = "RECORDS", description = "The records file, PETR.UnitTest.records.xml.")
    private Path recordsFile;

    @Option(names = "--dictionaries", paramLabel = "DIR", required = true,
            description = "Folder of the dictionaries the records name (Verbfile, Actorfile, Agentfile, "
                    + "Discardfile); without such names, the folder's verbs, actors, agents and discards files.")
    private Path dictionaries;

    @Option(names = "--details", description = "Also list every record with a missed or spurious triple.")
    private boolean details;

    @Option(names = "--min-matched", paramLabel = "PERCENT",
            description = "Exit with status 1 when fewer than PERCENT of the expected triples are matched.")
    private Double minMatched;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(recordsFile)) {
            throw new IllegalArgumentException("no such records file: " + recordsFile);
        }
        UnitTestRecords records = UnitTestRecords.read(recordsFile);
        PetrarchDictionaries loaded = load(records.files());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        err.println(loaded.summary());
        if (!loaded.warnings().isEmpty()) {
            err.println(loaded.warnings().size() + " dictionary lines not used, the first: " + loaded.warnings().get(0));
        }
        SitrepCommand sitrep = (SitrepCommand) spec.parent().parent().userObject();
        Pipeline pipeline = loaded.pipeline(sitrep.pipeline());
        PetrarchEvaluation.Report report = new PetrarchEvaluation(pipeline, loaded.coder(true)).run(records);
        out.print(report.format(details));
        out.flush();
        if (minMatched != null && 100 * report.overall().matchedShare() < minMatched) {
            err.println(String.format(Locale.ROOT, "matched %.1f%% of the expected triples, below the required %.1f%%",
                    100 * report.overall().matchedShare(), minMatched));
            return ErrorHandler.FAILURE;
        }
        return 0;
    }

    private PetrarchDictionaries load(Map<String, String> named) {
        if (!Files.isDirectory(dictionaries)) {
            throw new IllegalArgumentException("not a folder: " + dictionaries);
        }
        String verbs = named.get("Verbfile");
        if (verbs == null) {
            return PetrarchDictionaries.load(dictionaries);
        }
        return PetrarchDictionaries.load(dictionaries.resolve(verbs), files(named.get("Actorfile")),
                files(named.get("Agentfile")), files(named.get("Discardfile")));
    }

    private List<Path> files(String name) {
        return name == null || name.isEmpty() ? List.of() : List.of(dictionaries.resolve(name));
    }
}
