package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.merge.MergeRules;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;

/**
 * Merging new reports batch by batch gives the merged events a full rebuild gives, and merged events keep
 * their ids from batch to batch. Articles, actors and events are invented at random (fictional countries),
 * then stored in random batches.
 */
class IncrementalMergeTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);
    private static final String[][] ACTORS = {
            {"Kestria", "KST"}, {"Kestrian army", "KSTMIL"}, {"Kestrian government", "KSTGOV"},
            {"Norland", "NRL"}, {"Norland police", "NRLCOP"}, {"Ovrans", "OVR"}};
    private static final String[][] ACTIONS = {
            {"met", "040", "1.0", "1"}, {"consulted", "042", "1.9", "1"}, {"attacked", "190", "-10", "4"},
            {"shelled", "195", "-10", "4"}, {"criticised", "111", "-2", "3"}};

    @TempDir
    Path folder;

    /** One invented article, or a republished copy of an earlier one. */
    private record Item(CodedArticle coded, Article copy, String originalId) {
        String id() {
            return coded != null ? coded.article().id() : copy.id();
        }

        LocalDate date() {
            return coded != null ? coded.article().date() : copy.date();
        }
    }

    private static List<Item> invent(Random random, int count) {
        List<Item> items = new ArrayList<>();
        List<CodedArticle> originals = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (!originals.isEmpty() && random.nextInt(8) == 0) {
                CodedArticle original = originals.get(random.nextInt(originals.size()));
                Article source = original.article();
                LocalDate date = source.date() == null ? null : source.date().plusDays(random.nextInt(3));
                Article copy = Article.of("Reprinted " + i + ": " + source.title(), source.body(), date,
                        "reprint" + random.nextInt(3), "", "copies.jsonl:" + i);
                items.add(new Item(null, copy, source.id()));
                continue;
            }
            // Mostly dated within three weeks, so windows overlap and chain; a few undated.
            LocalDate date = random.nextInt(12) == 0 ? null : DAY.plusDays(random.nextInt(21));
            CodedArticles article = CodedArticles.titled("Dispatch number " + i + " from the valley").date(date)
                    .source("paper" + random.nextInt(4)).origin("invented.jsonl:" + i);
            int sentences = 1 + random.nextInt(3);
            for (int s = 1; s <= sentences; s++) {
                String[] source = ACTORS[random.nextInt(ACTORS.length)];
                String[] target = ACTORS[random.nextInt(ACTORS.length)];
                String[] action = ACTIONS[random.nextInt(ACTIONS.length)];
                boolean withTarget = random.nextInt(4) != 0 && !source[1].equals(target[1]);
                String sentence = source[0] + " " + action[0] + (withTarget ? " " + target[0] : "")
                        + " in sentence " + s + ".";
                article.sentence(sentence).event(s, source[0], source[1], action[0],
                        withTarget ? target[0] : null, withTarget ? target[1] : null, action[1],
                        Double.parseDouble(action[2]), Integer.parseInt(action[3]));
            }
            CodedArticle coded = article.build();
            originals.add(coded);
            items.add(new Item(coded, null, null));
        }
        return items;
    }

    private static void store(EventStore store, Item item) {
        if (item.coded() != null) {
            store.accept(item.coded());
        } else {
            store.acceptCopy(item.copy(), item.originalId(), List.of());
        }
    }

    /** Each merged event by what it is, without its id: founding report, fields, counts and its reports. */
    private static final String CONTENT = """
            SELECT m.founding_event_id, m.first_seen, m.last_seen, m.source_code, m.target_code, m.cameo_code,
                   m.place, m.num_mentions, m.num_sources, m.num_articles, m.merge_key,
                   (SELECT string_agg(x.event_id || '@' || x.article_id || '@' || x.actor1_offset, ','
                                      ORDER BY x.event_id, x.article_id)
                    FROM event_mentions x WHERE x.merged_event_id = m.id) AS reports
            FROM merged_events m ORDER BY m.founding_event_id""";

    private static Set<String> content(EventStore store) {
        Set<String> rows = new TreeSet<>();
        for (List<Object> row : store.sql(CONTENT, 0).rows()) {
            rows.add(row.toString());
        }
        return rows;
    }

    /** Merged event id to the coded events it holds, and to its founding event. */
    private record Snapshot(Map<String, Set<String>> events, Map<String, String> founders) {
        static Snapshot of(EventStore store) {
            Map<String, Set<String>> events = new HashMap<>();
            for (List<Object> row : store.sql("SELECT merged_event_id, event_id FROM event_mentions "
                    + "WHERE republished_from = ''", 0).rows()) {
                events.computeIfAbsent((String) row.get(0), key -> new HashSet<>()).add((String) row.get(1));
            }
            Map<String, String> founders = new HashMap<>();
            for (List<Object> row : store.sql("SELECT id, founding_event_id FROM merged_events", 0).rows()) {
                founders.put((String) row.get(0), (String) row.get(1));
            }
            return new Snapshot(events, founders);
        }

        String holderOf(String codedEventId) {
            return events.entrySet().stream().filter(entry -> entry.getValue().contains(codedEventId))
                    .map(Map.Entry::getKey).findFirst().orElseThrow();
        }
    }

    /** Stores the items in batches of the given sizes, merging the new ones after each, checking ids. */
    private EventStore mergeInBatches(Path database, List<Item> items, Random random, boolean checkNoIdChanges) {
        EventStore store = EventStore.open(database);
        Snapshot before = new Snapshot(Map.of(), Map.of());
        int at = 0;
        while (at < items.size()) {
            int size = 1 + random.nextInt(12);
            for (int end = Math.min(items.size(), at + size); at < end; at++) {
                store(store, items.get(at));
            }
            store.mergeNewEvents(MergeRules.defaults());
            Snapshot after = Snapshot.of(store);
            for (Map.Entry<String, Set<String>> old : before.events().entrySet()) {
                String oldId = old.getKey();
                String holder = after.holderOf(before.founders().get(oldId));
                boolean stillWhole = after.events().get(holder).containsAll(old.getValue());
                long oldFoundersHeld = before.founders().values().stream()
                        .filter(after.events().get(holder)::contains).count();
                if (stillWhole && oldFoundersHeld == 1) {
                    assertEquals(oldId, holder, "a merged event that goes on keeps its id");
                }
                if (checkNoIdChanges) {
                    assertEquals(oldId, holder, "reports arriving in date order never move an old event's id");
                    assertTrue(stillWhole, "reports arriving in date order never split an old event");
                }
            }
            // No id names two events, and an old id goes on only with its founding report.
            for (String id : after.events().keySet()) {
                if (before.founders().containsKey(id)) {
                    assertTrue(after.events().get(id).contains(before.founders().get(id)), id);
                }
            }
            before = after;
        }
        return store;
    }

    @Test
    void batchesInRandomOrderGiveTheMergedEventsOfAFullRebuildAndKeepIds() {
        for (int seed = 1; seed <= 6; seed++) {
            Random random = new Random(seed);
            List<Item> items = invent(random, 70);
            Set<String> rebuilt;
            try (EventStore full = EventStore.open(folder.resolve("full" + seed + ".duckdb"))) {
                items.forEach(item -> store(full, item));
                full.mergeEvents(MergeRules.defaults());
                rebuilt = content(full);
            }
            // Copies must follow their original, so only originals are shuffled; each copy is put after it.
            List<Item> shuffled = new ArrayList<>(items.stream().filter(item -> item.coded() != null).toList());
            Collections.shuffle(shuffled, random);
            for (Item item : items) {
                if (item.copy() != null) {
                    int original = indexOf(shuffled, item.originalId());
                    shuffled.add(original + 1 + random.nextInt(shuffled.size() - original), item);
                }
            }
            try (EventStore store = mergeInBatches(folder.resolve("batches" + seed + ".duckdb"), shuffled, random,
                    false)) {
                assertEquals(rebuilt, content(store), "seed " + seed);
                assertTrue(rebuilt.size() > 20, "enough merged events to mean something: " + rebuilt.size());
            }
        }
    }

    @Test
    void batchesInDateOrderNeverChangeTheIdsOrMembersOfEarlierMergedEvents() {
        for (int seed = 11; seed <= 14; seed++) {
            Random random = new Random(seed);
            List<Item> items = new ArrayList<>(invent(random, 60));
            // Date order as merging sorts (day, then article id): a batch cut never puts an earlier report later.
            items.sort(Comparator.comparing(Item::date, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(Item::id));
            // Copies dated before their original would come first: those go right after it instead.
            List<Item> ordered = new ArrayList<>(items.stream().filter(item -> item.coded() != null).toList());
            for (Item item : items) {
                if (item.copy() != null) {
                    ordered.add(indexOf(ordered, item.originalId()) + 1, item);
                }
            }
            Set<String> rebuilt;
            try (EventStore full = EventStore.open(folder.resolve("full" + seed + ".duckdb"))) {
                items.forEach(item -> {
                    if (item.coded() != null) {
                        store(full, item);
                    }
                });
                items.forEach(item -> {
                    if (item.copy() != null) {
                        store(full, item);
                    }
                });
                full.mergeEvents(MergeRules.defaults());
                rebuilt = content(full);
            }
            try (EventStore store = mergeInBatches(folder.resolve("dated" + seed + ".duckdb"),
                    ordered, random, true)) {
                assertEquals(rebuilt, content(store), "seed " + seed);
            }
        }
    }

    @Test
    void aNewArticleMergesAgainOnlyTheEventsUnderItsMergeKey() {
        try (EventStore store = EventStore.open(folder.resolve("keys.duckdb"))) {
            store.accept(CodedArticles.titled("Kestria and Norland meet").date(DAY).origin("a.jsonl:1")
                    .sentence("Kestria met Norland in the capital.")
                    .event(1, "Kestria", "KST", "met", "Norland", "NRL", "040", 1.0, 1).build());
            store.accept(CodedArticles.titled("Norland police clash").date(DAY).origin("a.jsonl:2")
                    .sentence("Norland police attacked Ovrans at the fair.")
                    .event(1, "Norland police", "NRLCOP", "attacked", "Ovrans", "OVR", "190", -10, 4).build());
            MergeUpdate first = store.mergeNewEvents(MergeRules.defaults());
            assertEquals(2, first.newReports());
            assertEquals(2, first.mergeKeys());
            String meetingId = (String) store.sql("SELECT id FROM merged_events WHERE root_code = '04'", 0)
                    .rows().get(0).get(0);

            store.accept(CodedArticles.titled("Talks in the capital").date(DAY.plusDays(1)).origin("a.jsonl:3")
                    .sentence("The Kestrian government met Norland again.")
                    .event(1, "The Kestrian government", "KSTGOV", "met", "Norland", "NRL", "040", 1.0, 1).build());
            MergeUpdate second = store.mergeNewEvents(MergeRules.defaults());
            assertEquals(1, second.newReports());
            assertEquals(1, second.mergeKeys(), "only 04|KST is merged again");
            assertEquals(2, second.reportsRemerged(), "the old meeting report and the new one");
            assertEquals(List.of(List.of(meetingId, 2, "KSTGOV")), store.sql(
                    "SELECT id, num_mentions, source_code FROM merged_events WHERE root_code = '04'", 0).rows());

            MergeUpdate nothing = store.mergeNewEvents(MergeRules.defaults());
            assertEquals(0, nothing.mergeKeys());
            assertEquals(new MergeSummary(3, 0, 2, 3), nothing.totals());
        }
    }

    /** Stores the first items and merges them, then stores the rest unmerged, as a crash before merging does. */
    private Set<String> storeHalfMerged(Path database, List<Item> items, int merged) {
        try (EventStore store = EventStore.open(database)) {
            items.subList(0, merged).forEach(item -> store(store, item));
            store.mergeNewEvents(MergeRules.defaults());
            items.subList(merged, items.size()).forEach(item -> store(store, item));
        }
        try (EventStore full = EventStore.open(database.resolveSibling("rebuilt-" + database.getFileName()))) {
            items.forEach(item -> store(full, item));
            full.mergeEvents(MergeRules.defaults());
            return content(full);
        }
    }

    private static void execute(Path database, String... statements) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + database);
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static long count(EventStore store, String table) {
        return ((Number) store.sql("SELECT count(*) FROM " + table, 0).rows().get(0).get(0)).longValue();
    }

    @Test
    void aStoreMadeBeforeNewArticlesWereListedFindsItsUnmergedOnesWhenOpened() throws Exception {
        List<Item> items = invent(new Random(21), 50);
        Path database = folder.resolve("unlisted.duckdb");
        Set<String> rebuilt = storeHalfMerged(database, items, 30);
        // What an older sitrep left: the last twenty stored and never merged, and no list of them.
        execute(database, "DROP TABLE merge_pending");
        try (EventStore store = EventStore.open(database)) {
            assertTrue(count(store, "merge_pending") > 0, "the unmerged articles are listed when opened");
            MergeUpdate update = store.mergeNewEvents(MergeRules.defaults());
            assertTrue(update.newReports() > 0 && update.newReports() < update.totals().codedEvents(),
                    "only the new reports are new: " + update.summary());
            assertEquals(rebuilt, content(store));
            assertEquals(0, count(store, "merge_pending"), "a merge empties the list");
        }
    }

    @Test
    void mergedEventsWithoutTheirLastReportAreMergedWholeOnce() throws Exception {
        List<Item> items = invent(new Random(22), 50);
        Path database = folder.resolve("older.duckdb");
        Set<String> rebuilt = storeHalfMerged(database, items, 30);
        execute(database, "ALTER TABLE merged_events DROP COLUMN report_last_article",
                "ALTER TABLE merged_events DROP COLUMN report_last_date");
        try (EventStore store = EventStore.open(database)) {
            MergeUpdate whole = store.mergeNewEvents(MergeRules.defaults());
            assertEquals(whole.totals().codedEvents(), whole.newReports(), "every report merged again");
            assertEquals(rebuilt, content(store));
            assertEquals(0, ((Number) store.sql("SELECT count(*) FROM merged_events WHERE report_last_article "
                    + "IS NULL", 0).rows().get(0).get(0)).longValue());
        }
    }

    private static int indexOf(List<Item> items, String id) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no item " + id);
    }
}
