package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.merge.EventMention;
import org.sitrep.merge.MergeRules;
import org.sitrep.model.Actor;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Problem;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.pipeline.BatchReport;
import org.sitrep.pipeline.BatchRunner;
import org.sitrep.pipeline.Input;
import org.sitrep.pipeline.Parsed;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Resolved;
import org.sitrep.pipeline.Segmented;
import org.sitrep.stories.Story;
import org.sitrep.stories.StoryOptions;

/** Near-duplicates at ingest, merged events and stories, through the batch runner into a store. */
class CopiesAndDerivedTablesTest {

    private static final LocalDate DAY = LocalDate.of(2023, 4, 11);

    static final String WIRE = "Kestria attacked Norland border posts near the town of Ovra early on Tuesday, "
            + "the Norland defence ministry said. Two guards were wounded and a watchtower was destroyed. "
            + "Kestria said its forces had answered fire from across the border. The Ovra crossing was closed "
            + "to traffic and residents of nearby villages were told to stay indoors until further notice. "
            + "Diplomats from both capitals are expected to meet in the neutral city of Sarn next week.";

    /** Counts the articles each coding call sees, so a test can tell copies were not coded. */
    private final List<String> coded = new ArrayList<>();

    /** One sentence per article; an event "Kestria attacked Norland" wherever the words stand. */
    private Pipeline pipeline() {
        return new Pipeline(
                text -> new Segmented(text, List.of(Sentence.unparsed(0, new Span(0, text.length()), List.of()))),
                sentence -> false,
                (segmented, worthTagging, worthParsing) -> new Parsed(segmented.text(), segmented.sentences()),
                (parsed, date) -> new Resolved(parsed, List.of()),
                (resolved, articleId, problems) -> {
                    synchronized (coded) {
                        coded.add(articleId);
                    }
                    String text = resolved.parsed().text();
                    int source = text.indexOf("Kestria attacked Norland");
                    if (source < 0) {
                        return List.of();
                    }
                    Span sourceSpan = new Span(source, source + 7);
                    Span trigger = new Span(source + 8, source + 16);
                    Span target = new Span(source + 17, source + 24);
                    Span evidence = sourceSpan.union(target);
                    return List.of(new Event(Event.idOf(articleId, 0, "190", "KST", "NRL", evidence), articleId, 0,
                            new Actor("KST", "Kestria", "country:KST"), new Actor("NRL", "Norland", "country:NRL"),
                            "190", -10, 4, sourceSpan, target, evidence, trigger, "test"));
                });
    }

    private static Input article(String title, String body, int day, String source) {
        return new Input.Readable(Article.of(title, body, DAY.plusDays(day), source,
                "https://" + source + ".example/" + day, source + ".jsonl:" + day), List.of());
    }

    @TempDir
    Path folder;

    @Test
    void copiesAreLinkedNotCodedAndCountAsMentionsOfOneMergedEvent() {
        Path database = folder.resolve("stories.duckdb");
        List<Input> inputs = List.of(
                article("Kestria attacks Norland border posts", WIRE, 0, "wire"),
                // The wire story again under another headline, its last sentence cut.
                article("Border posts hit near Ovra", WIRE.substring(0, WIRE.indexOf(" Diplomats")), 1, "daily"),
                article("Norland guards wounded", "Kestria attacked Norland again, said a guard in Ovra, who "
                        + "described shells falling on the watchtower at dawn while villagers hid.", 0, "post"),
                article("Spring fair in Sarn", "The spring fair of Sarn opened with horse races and a market of "
                        + "local cheese, drawing crowds from the valley.", 2, "post"));
        BatchReport report;
        try (EventStore store = EventStore.open(database)) {
            report = new BatchRunner(pipeline(), 2).run(inputs.iterator(), store, (read, events, problems) -> { });
        }
        assertEquals(3, report.coded());
        assertEquals(Map.of(Problem.Kind.DUPLICATE, 1L), report.skippedByReason());
        assertEquals(3, coded.size(), "the copy was not coded");
        String wireId = Article.contentId("Kestria attacks Norland border posts", WIRE);

        try (EventStore store = EventStore.open(database)) {
            assertEquals(List.of(List.of(wireId)),
                    store.sql("SELECT original_id FROM copies", 0).rows());
            MergeSummary summary = store.mergeEvents(MergeRules.defaults());
            assertEquals(new MergeSummary(2, 1, 1, 3), summary);
            assertEquals(List.of(List.of(3, 3, 3)),
                    store.sql("SELECT num_mentions, num_articles, num_sources FROM merged_events", 0).rows());
            List<StoredMention> mentions = new ArrayList<>();
            store.forEachEventMention(mentions::add);
            assertEquals(3, mentions.size());
            EventMention copy = mentions.stream().map(StoredMention::mention).filter(EventMention::isRepublished)
                    .findFirst().orElseThrow();
            assertEquals(wireId, copy.republishedFrom());
            String copyText = "Border posts hit near Ovra\n\n" + WIRE.substring(0, WIRE.indexOf(" Diplomats"));
            assertEquals(copyText.indexOf("Kestria"), copy.actor1Offset());
            assertTrue(mentions.stream().allMatch(m -> m.eventDate().equals(DAY)));
            assertEquals(copyText.length(), mentions.stream().filter(m -> m.mention().isRepublished())
                    .findFirst().orElseThrow().documentLength());

            List<Story> stories = store.buildStories(StoryOptions.defaults(), code -> Optional.empty());
            assertEquals(2, stories.size());
            assertEquals(3, stories.get(0).articleIds().size(), "wire, independent report and the copy");
            assertEquals(stories, store.stories(0));
        }

        // A later run: the index is read back from the stored texts and still knows the wire story.
        BatchReport later;
        try (EventStore store = EventStore.open(database)) {
            later = new BatchRunner(pipeline(), 1).run(List.of(article("Ovra attack", WIRE + " More soon.", 3,
                    "herald")).iterator(), store, (read, events, problems) -> { });
            assertEquals(new MergeSummary(2, 2, 1, 4), store.mergeEvents(MergeRules.defaults()));
        }
        assertEquals(Map.of(Problem.Kind.DUPLICATE, 1L), later.skippedByReason());
    }
}
