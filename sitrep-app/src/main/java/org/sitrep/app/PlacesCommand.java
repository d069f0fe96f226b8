package org.sitrep.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.app.internal.ErrorHandler;
import org.sitrep.app.internal.PublishedOption;
import org.sitrep.app.internal.TextTable;
import org.sitrep.geo.Gazetteer;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.Location;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceMention;
import org.sitrep.pipeline.Input;
import org.sitrep.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep places}: shows each place name of a text, the place it resolved to, and where events happened. */
@Command(name = "places", mixinStandardHelpOptions = true,
        description = {"Shows each place name of a text and the place it resolves to (GeoNames id, region, "
                + "country, coordinates, score), then each event's location and how it was chosen.",
                "Exits with 1 when the GeoNames index (module sitrep-geonames) is not on the class path."})
public final class PlacesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private SitrepCommand sitrep;

    @Parameters(paramLabel = "TEXT", description = "The text; its first line is read as the title.")
    private String text;

    @Mixin
    private PublishedOption published;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (Gazetteer.standard().isEmpty()) {
            err.println("sitrep: geolocation is off: the GeoNames index (module sitrep-geonames) is not on the "
                    + "class path");
            return ErrorHandler.FAILURE;
        }
        Input input = ArticleReader.fromText(text, "command line", published.date(), Pipeline.DEFAULT_MAX_CHARS);
        if (!(input instanceof Input.Readable readable)) {
            err.println(((Input.Unreadable) input).problem().message());
            return ErrorHandler.FAILURE;
        }
        CodedArticle coded = sitrep.pipeline().process(readable.article(), readable.problems());
        TextTable table = new TextTable(List.of("NAME", "PLACE", "ID", "KIND", "LAT", "LON", "SCORE", "NOTE"),
                30, 44, 16, 8, 9, 9, 6, 24);
        for (PlaceMention mention : coded.places()) {
            table.add(row(mention));
        }
        table.print(out);
        out.println("(" + coded.places().size() + " place names, "
                + coded.places().stream().filter(PlaceMention::isResolved).count() + " resolved)");
        if (!coded.events().isEmpty()) {
            out.println();
            TextTable events = new TextTable(List.of("EVENT", "CODE", "LOCATION", "HOW", "DATE"), 40, 4, 44, 14, 10);
            for (Event event : coded.events()) {
                Location location = event.location();
                events.add(List.of(event.source().name() + (event.target() == null ? "" : " -> " + event.target().name()),
                        event.cameoCode(), location == null ? "-" : location.place().fullName(),
                        location == null ? "-" : location.basis().name().toLowerCase(Locale.ROOT),
                        event.date() == null ? "-" : event.date().date().toString()));
            }
            events.print(out);
        }
        out.flush();
        return 0;
    }

    private static List<String> row(PlaceMention mention) {
        Place place = mention.place();
        String note = mention.actorUse() ? "stands for an actor" : place == null
                ? mention.candidates() + (mention.candidates() == 1 ? " candidate" : " candidates") + ", none plausible"
                : mention.candidates() > 1 ? "1 of " + mention.candidates() + " candidates" : "";
        if (place == null) {
            return List.of(mention.text(), "-", "-", "-", "-", "-", "-", note);
        }
        return List.of(mention.text(), place.fullName(), place.featureId(), place.kind().name().toLowerCase(Locale.ROOT),
                String.format(Locale.ROOT, "%.4f", place.latitude()), String.format(Locale.ROOT, "%.4f", place.longitude()),
                String.format(Locale.ROOT, "%.1f", mention.score()), note);
    }
}
