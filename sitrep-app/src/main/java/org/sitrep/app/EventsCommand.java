package org.sitrep.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.app.internal.EventFilterOptions;
import org.sitrep.app.internal.Labels;
import org.sitrep.app.internal.StoreOption;
import org.sitrep.app.internal.Stores;
import org.sitrep.app.internal.TextTable;
import org.sitrep.export.EventJson;
import org.sitrep.model.Event;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoredEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep events}: lists stored events, as a table for reading or JSON lines for programs. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Lists stored events: date, source, CAMEO code, target, the rule that fired and the "
                + "evidence text.")
public final class EventsCommand implements Callable<Integer> {

    private static final int EVIDENCE_WIDTH = 90;

    @Spec
    private CommandSpec spec;

    @Mixin
    private EventFilterOptions filter;

    @Mixin
    private StoreOption db;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50",
            description = "At most N events, 0 for all (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Option(names = "--json", description = "JSON lines, one event a line, instead of a table.")
    private boolean json;

    @Override
    public Integer call() {
        EventQuery query = filter.query(limit);
        PrintWriter out = spec.commandLine().getOut();
        try (EventStore store = EventStore.openReadOnly(Stores.existing(db.path()))) {
            if (json) {
                store.forEachEvent(query, event -> out.println(EventJson.toJson(event)));
            } else {
                TextTable table = new TextTable(List.of("DATE", "SOURCE", "CODE", "TARGET", "RULE", "EVIDENCE"),
                        10, 24, 4, 24, 30, EVIDENCE_WIDTH);
                store.forEachEvent(query, stored -> table.add(row(stored)));
                table.print(out);
                out.println("(" + table.size() + (table.size() == 1 ? " event" : " events")
                        + (limit > 0 && table.size() == limit ? ", the first " + limit
                        + "; --limit 0 shows all" : "") + ")");
            }
        }
        out.flush();
        return 0;
    }

    private static List<String> row(StoredEvent stored) {
        Event event = stored.event();
        return List.of(Labels.date(stored.date()), Labels.actor(event.source()), event.cameoCode(),
                Labels.actor(event.target()), event.rule(), stored.evidenceText());
    }
}
