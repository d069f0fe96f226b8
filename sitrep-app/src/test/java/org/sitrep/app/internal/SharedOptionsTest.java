package org.sitrep.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.sitrep.app.Main;
import org.sitrep.app.SitrepCommand;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

class SharedOptionsTest {

    private static final List<String> READ_TEXT = List.of("code", "quotes", "explain", "actors", "places", "ingest",
            "watch");
    private static final List<String> USE_STORE = List.of("events", "export", "ingest", "serve", "sql", "stories",
            "watch");

    private static Map<String, OptionSpec> option(String name) {
        CommandLine sitrep = Main.commandLine(new SitrepCommand());
        Map<String, OptionSpec> byCommand = new TreeMap<>();
        sitrep.getSubcommands().forEach((command, line) -> {
            OptionSpec option = line.getCommandSpec().findOption(name);
            if (option != null) {
                byCommand.put(command, option);
            }
        });
        return byCommand;
    }

    @Test
    void everyCommandThatReadsTextTakesTheOneDateOption() {
        Map<String, OptionSpec> dates = option("--date");
        assertEquals(READ_TEXT.stream().sorted().toList(), List.copyOf(dates.keySet()));
        OptionSpec shared = new CommandLine(new PublishedOption()).getCommandSpec().findOption("--date");
        dates.forEach((command, option) -> {
            assertEquals(List.of(shared.description()), List.of(option.description()), command);
            assertNull(option.defaultValue(), command + ": --date has no default such as today");
        });
    }

    @Test
    void everyCommandThatDefaultsToTheStoreFileTakesTheOneStoreOption() {
        Map<String, OptionSpec> stores = option("--db");
        OptionSpec shared = new CommandLine(new StoreOption()).getCommandSpec().findOption("--db");
        for (String command : USE_STORE) {
            OptionSpec option = stores.get(command);
            assertNotNull(option, command);
            assertEquals(List.of(shared.description()), List.of(option.description()), command);
            assertEquals("sitrep.duckdb", option.defaultValue(), command);
        }
    }

    @Test
    void theDateIsReadAsAnIsoDay() {
        PublishedOption published = new PublishedOption();
        new CommandLine(published).parseArgs("--date", "2031-07-09");
        assertEquals(LocalDate.of(2031, 7, 9), published.date());
        PublishedOption none = new PublishedOption();
        new CommandLine(none).parseArgs();
        assertNull(none.date());
    }
}
