package org.sitrep.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.app.internal.StoreOption;
import org.sitrep.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep load DIR}: adds the output folder of the sitrep Flink job to the event store, so that
 * {@code sitrep serve}, {@code events}, {@code sql} and {@code export} show what the cluster coded.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Adds the output folder of the sitrep Flink job (articles, events, problems, copies, merged "
                + "events and their mentions, as JSON lines by day) to the event store, creating it when missing.",
                "Articles the store has already are skipped, so loading a folder again adds nothing."})
public final class LoadCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The job's --out folder.")
    private Path folder;

    @Mixin
    private StoreOption db;

    @Override
    public Integer call() {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("no such folder: " + folder);
        }
        Map<String, Long> added;
        try (EventStore store = EventStore.open(db.path())) {
            added = store.loadJobOutput(folder);
        }
        PrintWriter out = spec.commandLine().getOut();
        StringBuilder line = new StringBuilder("loaded into ").append(db.path()).append(':');
        added.forEach((table, rows) -> line.append(' ').append(table).append(' ').append(rows));
        out.println(line);
        out.flush();
        return 0;
    }
}
