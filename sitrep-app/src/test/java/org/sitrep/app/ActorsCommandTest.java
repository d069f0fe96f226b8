package org.sitrep.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ActorsCommandTest {

    @Test
    void printsEachMentionWithCodeAndEntries() {
        Cli.Result result = Cli.run("actors", "A Turkish army spokesman said Iraqi police arrested Erdogan's envoy.",
                "--date", "2020-01-01");
        assertEquals(0, result.status(), result.toString());
        List<String> lines = result.outLines();
        assertTrue(lines.get(0).startsWith("SENT"), result.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("Turkish army spokesman") && l.contains("TURMIL")), result.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("Iraqi police") && l.contains("IRQCOP")), result.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("Erdogan's envoy") && l.contains("TURGOV")), result.toString());
    }

    @Test
    void emptyTextIsBadUsage() {
        assertEquals(2, Cli.run("actors", "  ").status());
    }
}
