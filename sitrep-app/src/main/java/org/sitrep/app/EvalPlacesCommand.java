package org.sitrep.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.app.internal.ErrorHandler;
import org.sitrep.eval.CorpusArticles;
import org.sitrep.eval.PlaceEvaluation;
import org.sitrep.eval.PlaceGold;
import org.sitrep.geo.Gazetteer;
import org.sitrep.model.CodedArticle;
import org.sitrep.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep eval places FILE}: event locations against hand-annotated places. */
@Command(name = "places", mixinStandardHelpOptions = true,
        description = {"Codes the articles a place gold file names (references into the shared corpora) and "
                + "reports, within 161 km of the gold place: (a) articles with any resolved place near it, "
                + "(b) events located near it, (c) articles whose modal event location is near it, and the "
                + "misses of (c) by error class. The format is in docs/places.md."})
public final class EvalPlacesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The gold file, JSON lines, such as gold/places/refs.jsonl.")
    private Path goldFile;

    @Option(names = "--corpora", paramLabel = "DIR", required = true,
            description = "The folder holding allsides/ and newscluster/, such as ../shared/corpora.")
    private Path corpora;

    @Option(names = "--half", paramLabel = "HALF", description = "Score only the entries of this half (dev, test).")
    private String half;

    @Option(names = "--min-any-place", paramLabel = "PERCENT",
            description = "Exit with status 1 when (a), articles with a resolved place near the gold one, is below PERCENT.")
    private Double minAnyPlace;

    @Option(names = "--min-modal", paramLabel = "PERCENT",
            description = "Exit with status 1 when (c), articles whose modal event location is near the gold place, "
                    + "is below PERCENT.")
    private Double minModal;

    @Option(names = "--details", description = "Also list each article: gold place, modal location, distance.")
    private boolean details;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(goldFile)) {
            throw new IllegalArgumentException("no such gold file: " + goldFile);
        }
        if (!Files.isDirectory(corpora)) {
            throw new IllegalArgumentException("not a folder: " + corpora);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Gazetteer> gazetteer = Gazetteer.standard();
        if (gazetteer.isEmpty()) {
            err.println("sitrep: geolocation is off: the GeoNames index (module sitrep-geonames) is not on the "
                    + "class path");
            return ErrorHandler.FAILURE;
        }
        List<PlaceGold> gold = PlaceGold.read(goldFile).stream()
                .filter(g -> half == null || g.half().equals(half)).toList();
        if (gold.isEmpty()) {
            throw new IllegalArgumentException("no gold entries" + (half == null ? "" : " in half '" + half + "'"));
        }
        CorpusArticles.Contents contents = CorpusArticles.read(corpora, gold);
        contents.problems().forEach(p -> err.println(p.kind() + " " + p.origin() + ": " + p.message()));
        SitrepCommand sitrep = (SitrepCommand) spec.parent().parent().userObject();
        Pipeline pipeline = sitrep.pipeline();
        List<PlaceEvaluation.Case> cases = new ArrayList<>();
        for (PlaceGold entry : gold) {
            CorpusArticles.Found found = contents.articles().get(CorpusArticles.key(entry));
            if (found != null) {
                CodedArticle coded = pipeline.process(found.article(), List.of());
                cases.add(new PlaceEvaluation.Case(entry, coded, found.bodyOffset()));
            }
        }
        PlaceEvaluation.Score score = new PlaceEvaluation(gazetteer.get()::byGeonameId).score(cases);
        if (details) {
            for (PlaceEvaluation.Outcome o : score.outcomes()) {
                out.printf(Locale.ROOT, "%-5s %-24s %-44s %7s %s%n", o.gold().id(), o.gold().place().name(),
                        o.modal() == null ? "-" : o.modal().fullName(),
                        o.modal() == null ? "-" : String.format(Locale.ROOT, "%.0fkm", o.modalKm()),
                        o.error() == null ? "ok" : o.error().name().toLowerCase(Locale.ROOT)
                                + (o.anyPlace() ? " (right place named)" : ""));
            }
            out.println();
        }
        out.printf(Locale.ROOT, "articles %d, events %d (within %.0f km of the gold place)%n", score.articles(),
                score.events(), PlaceEvaluation.RADIUS_KM);
        out.printf(Locale.ROOT, "(a) any resolved place      %5.1f%%  (%d of %d articles)%n", 100 * score.anyPlaceShare(),
                score.anyPlace(), score.articles());
        out.printf(Locale.ROOT, "(b) event locations         %5.1f%%  (%d of %d events)%n", 100 * score.eventShare(),
                score.eventsNear(), score.events());
        out.printf(Locale.ROOT, "(c) modal event location    %5.1f%%  (%d of %d articles)%n", 100 * score.modalShare(),
                score.modalNear(), score.articles());
        out.printf(Locale.ROOT, "misses of (c): %d, of which %d name a right place elsewhere%n",
                score.articles() - score.modalNear(), score.missesNamingRightPlace());
        for (PlaceEvaluation.ErrorClass error : PlaceEvaluation.ErrorClass.values()) {
            out.printf(Locale.ROOT, "  %-26s %d%n", error.name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    score.errors().getOrDefault(error, 0));
        }
        out.flush();
        boolean failed = false;
        if (minAnyPlace != null && 100 * score.anyPlaceShare() < minAnyPlace) {
            spec.commandLine().getErr().printf(Locale.ROOT, "eval places: (a) %.1f%% is below --min-any-place %.1f%%%n",
                    100 * score.anyPlaceShare(), minAnyPlace);
            failed = true;
        }
        if (minModal != null && 100 * score.modalShare() < minModal) {
            spec.commandLine().getErr().printf(Locale.ROOT, "eval places: (c) %.1f%% is below --min-modal %.1f%%%n",
                    100 * score.modalShare(), minModal);
            failed = true;
        }
        spec.commandLine().getErr().flush();
        return failed ? ErrorHandler.FAILURE : 0;
    }
}
