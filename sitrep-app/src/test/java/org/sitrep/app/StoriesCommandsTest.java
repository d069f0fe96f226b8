package org.sitrep.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.pipeline.Parsed;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Resolved;
import org.sitrep.pipeline.Segmented;

/** ingest --limit, stories, export --format gdelt-mentions and eval stories, with a small stand-in coder. */
class StoriesCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final String WIRE = "Kestria attacked Norland border posts near the town of Ovra early on Tuesday, "
            + "the Norland defence ministry said. Two guards were wounded and a watchtower was destroyed. "
            + "Kestria said its forces had answered fire from across the border. The Ovra crossing was closed "
            + "to traffic and residents of nearby villages were told to stay indoors until further notice.";

    @TempDir
    Path folder;

    /** One event wherever "Kestria attacked Norland" stands; no CoreNLP needed. */
    private static final Supplier<Pipeline> PIPELINE = () -> new Pipeline(
            text -> new Segmented(text, List.of(Sentence.unparsed(0, new Span(0, text.length()), List.of()))),
            sentence -> false,
            (segmented, worthTagging, worthParsing) -> new Parsed(segmented.text(), segmented.sentences()),
            (parsed, date) -> new Resolved(parsed, List.of()),
            (resolved, articleId, problems) -> {
                int at = resolved.parsed().text().indexOf("Kestria attacked Norland");
                if (at < 0) {
                    return List.of();
                }
                Span source = new Span(at, at + 7);
                Span target = new Span(at + 17, at + 24);
                return List.of(new Event(Event.idOf(articleId, 0, "190", "KST", "NRL", source.union(target)),
                        articleId, 0, new Actor("KST", "Kestria", "country:KST"),
                        new Actor("NRL", "Norland", "country:NRL"), "190", -10, 4, source, target,
                        source.union(target), new Span(at + 8, at + 16), "test"));
            });

    private static String line(String title, String text, String date, String source) {
        ObjectNode node = JSON.createObjectNode();
        node.put("title", title);
        node.put("text", text);
        node.put("date", date);
        node.put("source", source);
        node.put("url", "https://" + source + ".example/" + Math.abs(text.hashCode()));
        return node.toString();
    }

    private static Cli.Result run(String... args) {
        return Cli.run(PIPELINE, "", args);
    }

    @Test
    void ingestLinksCopiesMergesEventsAndListsStoriesAndMentions() throws IOException {
        Path corpus = folder.resolve("feed.jsonl");
        Files.writeString(corpus, String.join("\n",
                line("Kestria attacks Norland border posts", WIRE, "2023-04-11", "wire"),
                line("Border posts hit near Ovra", WIRE.substring(0, WIRE.indexOf(" The Ovra")), "2023-04-12",
                        "daily"),
                line("Norland guards wounded", "Kestria attacked Norland again, said a guard in Ovra, who described "
                        + "shells falling on the watchtower at dawn while villagers hid.", "2023-04-11", "post"),
                line("Spring fair in Sarn", "The spring fair of Sarn opened with horse races and a market of local "
                        + "cheese, drawing crowds from the valley.", "2023-04-13", "post")) + "\n",
                StandardCharsets.UTF_8);
        String database = folder.resolve("store.duckdb").toString();

        Cli.Result first = run("ingest", corpus.toString(), "--limit", "3", "--db", database);
        assertEquals(0, first.status(), first.toString());
        assertEquals(List.of("read 3, coded 2, skipped 1 (DUPLICATE 1), events 2, problems 1",
                "2 coded events -> 1 merged events (3 mentions, 1 republished copies)"), first.outLines());
        Cli.Result second = run("ingest", corpus.toString(), "--db", database);
        assertEquals(0, second.status(), second.toString());
        assertTrue(second.outLines().get(0).startsWith("read 4, coded 1, skipped 3"), second.toString());

        Cli.Result stories = run("stories", "--db", database);
        assertEquals(0, stories.status(), stories.toString());
        assertTrue(stories.outLines().get(0).startsWith("#1  3 articles  2023-04-11..2023-04-12  "),
                stories.toString());
        assertTrue(stories.out().contains("#2  1 article  2023-04-13..2023-04-13"), stories.toString());
        assertEquals("(2 stories)", stories.outLines().get(stories.outLines().size() - 1));
        Cli.Result limited = run("stories", "--db", database, "--limit", "1");
        assertTrue(limited.out().endsWith("(2 stories, the first 1; --limit 0 shows all)\n"), limited.toString());

        Cli.Result mentions = run("export", "--format", "gdelt-mentions", "--db", database);
        assertEquals(0, mentions.status(), mentions.toString());
        assertEquals(3, mentions.outLines().size(), mentions.toString());
        Cli.Result merged = run("export", "--format", "gdelt-merged", "--db", database);
        assertEquals(0, merged.status(), merged.toString());
        assertEquals(1, merged.outLines().size(), merged.toString());
        String[] event = merged.outLines().get(0).split("\t", -1);
        assertEquals(61, event.length);
        assertTrue(event[59].matches("[0-9]{10}(00|15|30|45)00"), "DATEADDED is a 15-minute batch: " + event[59]);
        for (String row : mentions.outLines()) {
            String[] fields = row.split("\t", -1);
            assertEquals(16, fields.length, row);
            assertEquals(mentions.outLines().get(0).split("\t")[0], fields[0], "one merged event");
            assertEquals(event[59], fields[1], "EventTimeDate is the merged event's DATEADDED");
            assertEquals("1", fields[3]);
        }
        assertTrue(mentions.outLines().stream().anyMatch(row -> row.split("\t")[4].equals("daily.example")),
                "MentionSourceName is the domain");
        assertEquals(mentions.outLines().get(0).split("\t")[0], event[0], "mentions refer to the merged event");
        assertEquals(List.of("KST", "NRL", "190", "3", "3", "3"),
                List.of(event[5], event[15], event[26], event[31], event[32], event[33]));
        Cli.Result filtered = run("export", "--format", "gdelt-mentions", "--code", "19", "--db", database);
        assertEquals(2, filtered.status(), "filters do not apply to mentions: " + filtered);
    }

    private void labelled(Path corpus, String name, int event, String title, String text) throws IOException {
        ObjectNode node = JSON.createObjectNode();
        node.put("title", title);
        node.put("text", text);
        node.put("date_publish", "2022-01-0" + event);
        node.putObject("newsCluster").put("EventId", event);
        Files.writeString(corpus.resolve(name + ".json"), node.toString(), StandardCharsets.UTF_8);
    }

    @Test
    void evalStoriesPrintsScoresAndFailsBelowTheRequiredF1() throws IOException {
        Path corpus = Files.createDirectories(folder.resolve("labelled"));
        labelled(corpus, "a", 1, "Dam bursts above Kelby", "The Kelby dam burst after rain and flooded valley farms.");
        labelled(corpus, "b", 1, "Kelby valley flooded", "Farms in the Kelby valley flooded when the dam burst.");
        labelled(corpus, "c", 2, "Pell orchestra tours", "The Pell orchestra starts a tour of six cities.");
        Cli.Result pass = run("eval", "stories", corpus.toString(), "--min-f1", "0.99");
        assertEquals(0, pass.status(), pass.toString());
        assertEquals(List.of("articles 3, gold events 2, predicted stories 2",
                "B-cubed precision 1.000, recall 1.000, F1 1.000", "adjusted Rand index 1.000"), pass.outLines());
        // The same story under a third label: the clustering cannot agree with that.
        labelled(corpus, "d", 3, "Kelby dam burst floods farms", "The dam above Kelby burst and flooded the farms.");
        Cli.Result fail = run("eval", "stories", corpus.toString(), "--min-f1", "0.99");
        assertEquals(1, fail.status(), fail.toString());
        assertTrue(fail.err().contains("is below the required 0.990"), fail.toString());
        assertEquals(2, run("eval", "stories", folder.resolve("missing").toString()).status());
    }
}
