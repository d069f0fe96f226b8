package org.sitrep.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.eval.Agreement;
import org.sitrep.eval.GoldFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep eval agreement}: how well two independent annotations of the same sentences agree. */
@Command(name = "agreement", mixinStandardHelpOptions = true,
        description = {"Compares two independent annotations of the same sentences (gold-file lines with id and "
                + "events; text and references are not read): per level (root, code, PLOVER type, type with "
                + "countries, triple) the keys each gives, those both give, F1 and the share of identical "
                + "sentences; and Cohen's kappa of event or none and of the first event's root.",
                "docs/evaluation.md defines the measures."})
public final class EvalAgreementCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "The first annotation file.")
    private Path first;

    @Parameters(index = "1", paramLabel = "B", description = "The second annotation file.")
    private Path second;

    @Option(names = "--json", description = "Print the agreement as one JSON object instead of a table.")
    private boolean json;

    @Override
    public Integer call() {
        GoldFile.Annotations a = GoldFile.readAnnotations(first);
        GoldFile.Annotations b = GoldFile.readAnnotations(second);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        a.errors().forEach(error -> err.println("unusable line " + error));
        b.errors().forEach(error -> err.println("unusable line " + error));
        err.flush();
        Agreement agreement = Agreement.of(a.events(), b.events());
        if (json) {
            out.println(agreement.toJson(new ObjectMapper()).toString());
        } else {
            out.print(agreement.format());
        }
        out.flush();
        return 0;
    }
}
