package org.sitrep.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.app.internal.DictionariesOption;
import org.sitrep.app.internal.ErrorHandler;
import org.sitrep.app.internal.ProgressLine;
import org.sitrep.eval.GoldEvaluation;
import org.sitrep.eval.GoldFile;
import org.sitrep.eval.GoldLevel;
import org.sitrep.eval.GoldScore;
import org.sitrep.pipeline.EnvironmentException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep eval gold}: codes gold sentences one by one and scores the events against the gold ones. */
@Command(name = "gold", mixinStandardHelpOptions = true,
        description = {"Codes each sentence of a gold file alone, with its article's date, and scores the events "
                + "against the gold (source, code, target) events: recall and precision by CAMEO root, full code, "
                + "PLOVER type, PLOVER type with both actor countries, and exact triple; actor accuracy; recall and "
                + "precision per root and per PLOVER type; a root confusion table; a headline line; after it, when "
                + "the gold file tags sentences with the coder's error classes (1-8), each class's figures.",
                "A line gives its sentence as text, as a reference into the shared corpora, or by id alone, looked "
                + "up in the references file. docs/evaluation.md defines the format and every measure.",
                "Lines that cannot be used (bad JSON, unknown code, article not found, hash mismatch) are listed on "
                + "stderr and counted."})
public final class EvalGoldCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The gold file (JSON lines).")
    private Path goldFile;

    @Option(names = "--refs", paramLabel = "FILE",
            description = "References that lines without text or reference are joined with by id "
                    + "(default: refs.jsonl beside FILE, when it exists).")
    private Path refs;

    @Option(names = "--corpora", paramLabel = "DIR", defaultValue = "../shared/corpora",
            description = "Folder of the shared corpora references point into (default: ${DEFAULT-VALUE}).")
    private Path corpora;

    @Option(names = "--half", paramLabel = "dev|test|all", defaultValue = "all",
            description = "Score only the sentences of this half (default: ${DEFAULT-VALUE}); a line's half comes "
                    + "from the line or its reference.")
    private String half;

    @Option(names = "--json", description = "Print the score as one JSON object instead of tables.")
    private boolean json;

    @Option(names = "--details", paramLabel = "FILE",
            description = "Write every sentence whose events differ from the gold ones, with both sets, to FILE "
                    + "('-' for stdout, before the report).")
    private String details;

    @Mixin
    private DictionariesOption dictionaries;

    @Option(names = "--min-root-recall", paramLabel = "PERCENT",
            description = "Exit with status 1 when root recall is below PERCENT.")
    private Double minRootRecall;

    @Option(names = "--min-code-recall", paramLabel = "PERCENT",
            description = "Exit with status 1 when full-code recall is below PERCENT.")
    private Double minCodeRecall;

    @Option(names = "--min-plover-recall", paramLabel = "PERCENT",
            description = "Exit with status 1 when PLOVER-type recall is below PERCENT.")
    private Double minPloverRecall;

    @Option(names = "--min-countries-recall", paramLabel = "PERCENT",
            description = "Exit with status 1 when recall of PLOVER type with both actor countries is below PERCENT.")
    private Double minCountriesRecall;

    @Option(names = "--min-triple-recall", paramLabel = "PERCENT",
            description = "Exit with status 1 when exact-triple recall is below PERCENT.")
    private Double minTripleRecall;

    @Option(names = "--min-root-precision", paramLabel = "PERCENT",
            description = "Exit with status 1 when root precision is below PERCENT.")
    private Double minRootPrecision;

    @Option(names = "--max-unreadable", paramLabel = "N",
            description = "Exit with status 1 when more than N selected lines cannot be used.")
    private Integer maxUnreadable;

    /** A gate: the option's name, its figure, and the required share. */
    private record Gate(String option, String measure, double value, Double percent) {
    }

    @Override
    public Integer call() {
        GoldFile.Half selected = switch (half) {
            case "dev" -> GoldFile.Half.DEV;
            case "test" -> GoldFile.Half.TEST;
            case "all" -> GoldFile.Half.ALL;
            default -> throw new IllegalArgumentException("--half must be dev, test or all: " + half);
        };
        for (Double percent : new Double[] {minRootRecall, minCodeRecall, minPloverRecall, minCountriesRecall,
                minTripleRecall, minRootPrecision}) {
            if (percent != null && !(percent >= 0 && percent <= 100)) {
                throw new IllegalArgumentException("a --min- figure must be a percentage from 0 to 100: " + percent);
            }
        }
        if (!Files.isRegularFile(goldFile)) {
            throw new IllegalArgumentException("no such gold file: " + goldFile);
        }
        Path references = refs;
        if (references == null) {
            Path beside = goldFile.toAbsolutePath().resolveSibling("refs.jsonl");
            references = Files.isRegularFile(beside) ? beside : null;
        } else if (!Files.isRegularFile(references)) {
            throw new IllegalArgumentException("no such references file: " + references);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        GoldFile.Contents contents = GoldFile.read(goldFile, references, corpora, selected);
        contents.errors().forEach(error -> err.println("unusable line " + error));
        err.flush();
        SitrepCommand sitrep = (SitrepCommand) spec.parent().parent().userObject();
        ProgressLine progress = new ProgressLine(err, ProgressLine.stderrIsTerminal());
        GoldScore score = new GoldEvaluation(sitrep.pipeline(dictionaries.folder())).run(contents, progress);
        progress.finish();
        if (details != null) {
            writeDetails(score.details(), out);
        }
        if (json) {
            out.println(score.toJson(new ObjectMapper()).toString());
        } else {
            out.print(score.format());
        }
        out.flush();
        return gates(score, err);
    }

    private void writeDetails(String text, PrintWriter out) {
        if (details.equals("-")) {
            out.print(text);
            out.println();
            return;
        }
        try {
            Files.writeString(Path.of(details), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EnvironmentException("cannot write " + details, e);
        }
    }

    private int gates(GoldScore score, PrintWriter err) {
        List<Gate> gates = new ArrayList<>(List.of(
                new Gate("--min-root-recall", "root recall", score.level(GoldLevel.ROOT).recall(), minRootRecall),
                new Gate("--min-code-recall", "code recall", score.level(GoldLevel.CODE).recall(), minCodeRecall),
                new Gate("--min-plover-recall", "PLOVER type recall", score.level(GoldLevel.PLOVER).recall(),
                        minPloverRecall),
                new Gate("--min-countries-recall", "PLOVER type+countries recall",
                        score.level(GoldLevel.PLOVER_COUNTRIES).recall(), minCountriesRecall),
                new Gate("--min-triple-recall", "exact triple recall", score.level(GoldLevel.TRIPLE).recall(),
                        minTripleRecall),
                new Gate("--min-root-precision", "root precision", score.level(GoldLevel.ROOT).precision(),
                        minRootPrecision)));
        int status = 0;
        for (Gate gate : gates) {
            // An undefined figure (no gold or no produced event) cannot show the requirement is met.
            if (gate.percent() != null && !(100 * gate.value() >= gate.percent())) {
                err.println(String.format(Locale.ROOT, "sitrep eval gold: %s %s is below the required %.1f%% (%s)",
                        gate.measure(), GoldScore.percent(gate.value()), gate.percent(), gate.option()));
                status = ErrorHandler.FAILURE;
            }
        }
        if (maxUnreadable != null && score.unreadable() > maxUnreadable) {
            err.println("sitrep eval gold: " + score.unreadable() + " lines could not be used, more than the "
                    + maxUnreadable + " allowed (--max-unreadable)");
            status = ErrorHandler.FAILURE;
        }
        err.flush();
        return status;
    }
}
