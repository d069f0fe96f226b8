package org.sitrep.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Location;
import org.sitrep.model.Place;
import org.sitrep.model.Span;

class EventMergerTest {

    private static final LocalDate DAY = LocalDate.of(2024, 5, 10);

    /** One reported event: who (code or unknown name), to whom, what, and the words that say so. */
    private record Report(String source, String sourceWords, String target, String targetWords, String code,
                          String trigger) {
    }

    private static Report report(String source, String sourceWords, String target, String targetWords,
                                 String code, String trigger) {
        return new Report(source, sourceWords, target, targetWords, code, trigger);
    }

    private static Actor actor(String code, String words) {
        if (code.isEmpty()) {
            return Actor.unknown(words);
        }
        // Three letters that are no country of the test world are a role, as GOV is for "the president".
        return new Actor(code, words, code.length() == 3 && !code.startsWith("KS") && !code.equals("NRL")
                ? "agent:" + code : "country:" + code);
    }

    /** An article whose body holds one sentence per report, coded as the reports say. */
    private static CodedArticle coded(String source, LocalDate date, List<String> sentences, Report... reports) {
        String body = String.join(" ", sentences);
        // Each publisher has its own headline, so equal bodies are still different articles.
        Article article = Article.of("Report from " + source, body, date, source,
                "https://" + source + ".example/" + Integer.toHexString(body.hashCode()), "test");
        String text = article.text();
        List<Event> events = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < reports.length; i++) {
            Report r = reports[i];
            int sentenceStart = text.indexOf(sentences.get(i), from);
            from = sentenceStart + sentences.get(i).length();
            Span sourceSpan = find(text, r.sourceWords(), sentenceStart);
            Span trigger = find(text, r.trigger(), sentenceStart);
            Span targetSpan = r.target() == null ? null : find(text, r.targetWords(), sentenceStart);
            Span evidence = sourceSpan.union(trigger);
            if (targetSpan != null) {
                evidence = evidence.union(targetSpan);
            }
            Actor target = r.target() == null ? null : actor(r.target(), r.targetWords());
            String id = Event.idOf(article.id(), i, r.code(), r.source(), r.target() == null ? "" : r.target(),
                    evidence);
            events.add(new Event(id, article.id(), i, actor(r.source(), r.sourceWords()), target, r.code(),
                    r.code().startsWith("19") ? -10 : -2, r.code().startsWith("19") ? 4 : 3, sourceSpan,
                    targetSpan, evidence, trigger, "test"));
        }
        return new CodedArticle(article, List.of(), List.of(), events, List.of());
    }

    private static Span find(String text, String words, int from) {
        int begin = text.indexOf(words, from);
        if (begin < 0) {
            throw new IllegalArgumentException("no '" + words + "' in " + text);
        }
        return new Span(begin, begin + words.length());
    }

    private static CodedArticle shelling(String publisher, LocalDate date, String sentence, String sourceCode,
                                         String sourceWords, String code) {
        return coded(publisher, date, List.of(sentence),
                report(sourceCode, sourceWords, "KSTREB", "rebels", code, "shelled"));
    }

    @Test
    void reportsOfOneAttackBySeveralPublishersBecomeOneEvent() {
        EventMerger merger = new EventMerger(MergeRules.defaults());
        merger.add(shelling("north-wire", DAY, "Kestrian troops shelled rebels near Ovra.", "KSTMIL",
                "Kestrian troops", "195"));
        merger.add(shelling("island-post", DAY.plusDays(1), "Kestrian troops shelled rebels again, witnesses say.",
                "KSTMIL", "Kestrian troops", "194"));
        merger.add(shelling("island-post", DAY.plusDays(1), "The army of Kestria shelled rebels overnight.", "KSTMIL",
                "army of Kestria", "190"));
        List<MergedEvent> events = merger.events();
        assertEquals(1, events.size());
        MergedEvent event = events.get(0);
        assertEquals(3, event.numMentions());
        assertEquals(3, event.numArticles());
        assertEquals(2, event.numSources());
        assertEquals(DAY, event.firstSeen());
        assertEquals(DAY.plusDays(1), event.lastSeen());
        assertEquals("KSTMIL", event.source().code());
        assertEquals("KSTREB", event.target().code());
        assertEquals(3, merger.codedEventCount());
    }

    @Test
    void differentRootsTargetsOrDistantDatesStayApart() {
        EventMerger merger = new EventMerger(MergeRules.defaults());
        merger.add(shelling("a", DAY, "Kestrian troops shelled rebels.", "KSTMIL", "Kestrian troops", "195"));
        // Same actors, other root: a threat is not the attack.
        merger.add(coded("b", DAY, List.of("Kestrian troops threatened rebels."),
                report("KSTMIL", "Kestrian troops", "KSTREB", "rebels", "138", "threatened")));
        // Same root and source, other target.
        merger.add(coded("c", DAY, List.of("Kestrian troops shelled Norland."),
                report("KSTMIL", "Kestrian troops", "NRL", "Norland", "195", "shelled")));
        // Same everything a week later: a new attack.
        merger.add(shelling("d", DAY.plusDays(7), "Kestrian troops shelled rebels.", "KSTMIL", "Kestrian troops",
                "195"));
        assertEquals(4, merger.eventCount());
        assertTrue(merger.events().stream().allMatch(event -> event.numMentions() == 1));
    }

    @Test
    void windowIsMeasuredFromBothEndsSoAnEventCannotDrift() {
        EventMerger merger = new EventMerger(new MergeRules(2));
        for (int day = 0; day < 5; day++) {
            merger.add(shelling("p" + day, DAY.plusDays(day), "Kestrian troops shelled rebels on day " + day + ".",
                    "KSTMIL", "Kestrian troops", "195"));
        }
        // Days 0..2 fit one window; day 3 would stretch it to four days, so 3 and 4 start a second event.
        List<MergedEvent> events = merger.events();
        assertEquals(2, events.size());
        assertEquals(3, events.get(0).numMentions());
        assertEquals(DAY.plusDays(3), events.get(1).firstSeen());
    }

    @Test
    void coreferentCodesMergeButSiblingCodesDoNot() {
        EventMerger merger = new EventMerger(MergeRules.defaults());
        merger.add(shelling("a", DAY, "Kestria shelled rebels.", "KST", "Kestria", "195"));
        merger.add(shelling("b", DAY, "Kestrian troops shelled rebels.", "KSTMIL", "Kestrian troops", "195"));
        merger.add(shelling("c", DAY, "The Kestrian government shelled rebels.", "KSTGOV", "Kestrian government",
                "195"));
        List<MergedEvent> events = merger.events();
        assertEquals(2, events.size());
        assertEquals("KSTMIL", events.get(0).source().code(), "the most specific code of the chain");
        assertEquals(2, events.get(0).numMentions());
        assertEquals("KSTGOV", events.get(1).source().code());
    }

    @Test
    void reportWithoutTargetJoinsAndUnknownActorsMatchByName() {
        EventMerger merger = new EventMerger(MergeRules.defaults());
        merger.add(shelling("a", DAY, "Kestrian troops shelled rebels.", "KSTMIL", "Kestrian troops", "195"));
        merger.add(coded("b", DAY, List.of("Kestrian troops shelled overnight."),
                report("KSTMIL", "Kestrian troops", null, null, "195", "shelled")));
        merger.add(coded("c", DAY, List.of("The Blue Hand shelled rebels."),
                report("", "Blue Hand", "KSTREB", "rebels", "195", "shelled")));
        merger.add(coded("d", DAY, List.of("The blue hand shelled rebels."),
                report("", "blue hand", "KSTREB", "rebels", "195", "shelled")));
        List<MergedEvent> events = merger.events();
        assertEquals(2, events.size());
        assertEquals(2, events.get(0).numMentions());
        assertEquals("KSTREB", events.get(0).target().code());
        assertEquals(2, events.get(1).numMentions());
        assertEquals("Blue Hand", events.get(1).source().name());
    }

    @Test
    void actorsCodedByRoleAloneMatchOnlyByName() {
        EventMerger merger = new EventMerger(MergeRules.defaults());
        merger.add(shelling("a", DAY, "The president shelled rebels.", "GOV", "president", "195"));
        merger.add(shelling("b", DAY, "The president shelled rebels, it said.", "GOV", "president", "195"));
        merger.add(shelling("c", DAY, "The governor shelled rebels.", "GOV", "governor", "195"));
        List<MergedEvent> events = merger.events();
        assertEquals(2, events.size(), "two presidents may be one; a president and a governor are not");
        assertEquals(2, events.get(0).numArticles());
        assertEquals("governor", events.get(1).source().name());
    }

    @Test
    void twoReportsInOneArticleAreTwoMentionsOfOneArticle() {
        EventMerger merger = new EventMerger(MergeRules.defaults());
        merger.add(coded("a", DAY, List.of("Kestrian troops shelled rebels.", "Troops of Kestria shelled rebels."),
                report("KSTMIL", "Kestrian troops", "KSTREB", "rebels", "195", "shelled"),
                report("KSTMIL", "Troops of Kestria", "KSTREB", "rebels", "195", "shelled")));
        MergedEvent event = merger.events().get(0);
        assertEquals(2, event.numMentions());
        assertEquals(1, event.numArticles());
        assertEquals(1, event.numSources());
        assertEquals(List.of(0, 1), event.mentions().stream().map(EventMention::sentence).toList());
    }

    /** A place of the invented country Kestria (country code KS). */
    private static Place place(String name, Place.Kind kind, String admin1, double latitude, double longitude) {
        return new Place("test:" + name, 0, name, kind, "KS", admin1, admin1.isEmpty() ? "" : "Region " + admin1,
                "Kestria", latitude, longitude, 0);
    }

    /** The article's one event, placed and dated as the situation stage would. */
    private static CodedArticle situated(CodedArticle coded, Place place, EventDate date) {
        Event event = coded.events().get(0);
        Location location = place == null ? null : new Location(place, null, Location.Basis.ARTICLE_FOCUS);
        return new CodedArticle(coded.article(), List.of(), List.of(), List.of(event.withLocationAndDate(location,
                date)), List.of());
    }

    @Test
    void placesMustFitOneAnother() {
        Place country = place("Kestria", Place.Kind.COUNTRY, "", 45, 20);
        Place region = place("Ovra Province", Place.Kind.ADMIN1, "KS.01", 45.1, 20.1);
        Place ovra = place("Ovra", Place.Kind.TOWN, "KS.01", 45.2, 20.2);
        Place ovraSuburb = place("Lower Ovra", Place.Kind.TOWN, "KS.01", 45.25, 20.25);
        Place tesk = place("Tesk", Place.Kind.TOWN, "KS.02", 46.5, 21.5);
        EventMerger merger = new EventMerger(MergeRules.defaults());
        int n = 0;
        for (Place place : java.util.Arrays.asList(country, ovra, null, region, ovraSuburb, tesk)) {
            merger.add(situated(shelling("p" + n++, DAY, "Kestrian troops shelled rebels.", "KSTMIL",
                    "Kestrian troops", "195"), place, null));
        }
        List<MergedEvent> events = merger.events();
        assertEquals(2, events.size(), "Tesk is 190 km from Ovra");
        assertEquals(5, events.get(0).numMentions());
        assertEquals("Ovra", events.get(0).place().name(), "the narrowest place of the first to be given");
        assertEquals("Tesk", events.get(1).place().name());
    }

    @Test
    void theDayTheTextGivesCountsOverThePublicationDate() {
        EventMerger merger = new EventMerger(MergeRules.defaults());
        // Reported a week apart, both say it happened on the same Monday.
        EventDate monday = new EventDate(DAY, EventDate.Precision.DAY, "on Monday", new Span(0, 9),
                EventDate.Basis.SAME_SENTENCE);
        merger.add(situated(shelling("a", DAY.plusDays(1), "Kestrian troops shelled rebels.", "KSTMIL",
                "Kestrian troops", "195"), null, monday));
        merger.add(situated(shelling("b", DAY.plusDays(8), "Kestrian troops shelled rebels on Monday.", "KSTMIL",
                "Kestrian troops", "195"), null, monday));
        // A month-precise date does not fix the day: the publication date counts.
        EventDate may = new EventDate(DAY.withDayOfMonth(1), EventDate.Precision.MONTH, "in May", new Span(0, 6),
                EventDate.Basis.SAME_SENTENCE);
        merger.add(situated(shelling("c", DAY.plusDays(20), "Kestrian troops shelled rebels in May.", "KSTMIL",
                "Kestrian troops", "195"), null, may));
        List<MergedEvent> events = merger.events();
        assertEquals(2, events.size());
        assertEquals(2, events.get(0).numArticles());
        assertEquals(DAY.plusDays(1), events.get(0).firstSeen(), "first and last seen are report dates");
        assertEquals(DAY.plusDays(8), events.get(0).lastSeen());
    }

    @Test
    void republishedCopyCountsAsMentionWithOffsetsInTheCopyAndCreatesNoEvent() {
        EventMerger merger = new EventMerger(MergeRules.defaults());
        CodedArticle original = shelling("north-wire", DAY, "Kestrian troops shelled rebels near Ovra.", "KSTMIL",
                "Kestrian troops", "195");
        merger.add(original);
        Article copy = Article.of("Shelling near Ovra", "From the wire: Kestrian troops shelled rebels near Ovra.",
                DAY.plusDays(3), "coastal-daily", "https://coastal.example/ovra", "test");
        List<String> touched = merger.addRepublished(copy, original.article().id());
        assertEquals(1, touched.size());
        assertEquals(1, merger.eventCount());
        MergedEvent event = merger.events().get(0);
        assertEquals(2, event.numMentions());
        assertEquals(2, event.numArticles());
        assertEquals(2, event.numSources());
        assertEquals(DAY.plusDays(3), event.lastSeen(), "a late copy still counts, whatever the window");
        EventMention mention = event.mentions().get(1);
        assertTrue(mention.isRepublished());
        assertEquals(original.article().id(), mention.republishedFrom());
        assertEquals(copy.text().indexOf("Kestrian troops"), mention.actor1Offset());
        assertEquals(copy.text().indexOf("shelled"), mention.actionOffset());
        assertEquals(copy.text().indexOf("rebels"), mention.actor2Offset());
        assertEquals(1, merger.codedEventCount(), "copies are not coded events");
        assertThrows(IllegalArgumentException.class, () -> merger.addRepublished(copy, "never-seen"));
    }

    @Test
    void newArticlesJoinEventsMergedInEarlierCallsAsInOneBatch() {
        List<CodedArticle> articles = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String sourceCode = i % 2 == 0 ? "KSTMIL" : "KST";
            articles.add(shelling("p" + i, DAY.plusDays(i / 3), "Report " + i + ": Kestria shelled rebels.",
                    sourceCode, "Kestria", i == 5 ? "173" : "195"));
        }
        EventMerger batch = new EventMerger(MergeRules.defaults());
        batch.addAll(articles);
        EventMerger incremental = new EventMerger(MergeRules.defaults());
        incremental.addAll(articles.subList(0, 3));
        List<String> touched = incremental.addAll(articles.subList(3, 6));
        assertEquals(batch.events(), incremental.events());
        assertEquals(2, incremental.eventCount());
        assertEquals(batch.events().get(0).id(), touched.get(0), "later articles joined the first event");
    }

    @Test
    void batchResultDoesNotDependOnInputOrder() {
        List<CodedArticle> articles = new ArrayList<>();
        String[] sources = {"KST", "KSTMIL", "KSTGOV", "KST", "KSTMIL"};
        for (int i = 0; i < 10; i++) {
            articles.add(shelling("p" + i, DAY.plusDays(i % 4), "Item " + i + ": Kestria shelled rebels.",
                    sources[i % sources.length], "Kestria", "195"));
        }
        EventMerger inOrder = new EventMerger(MergeRules.defaults());
        inOrder.addAll(articles);
        List<CodedArticle> shuffled = new ArrayList<>(articles);
        Collections.shuffle(shuffled, new Random(3));
        EventMerger outOfOrder = new EventMerger(MergeRules.defaults());
        outOfOrder.addAll(shuffled);
        assertEquals(inOrder.events(), outOfOrder.events());
    }

    @Test
    void theSameCodedEventTwiceIsOneReport() {
        CodedArticle once = shelling("a", DAY, "Kestria shelled rebels.", "KST", "Kestria", "195");
        Event event = once.events().get(0);
        CodedArticle twice = new CodedArticle(once.article(), List.of(), List.of(), List.of(event, event), List.of());
        EventMerger merger = new EventMerger(MergeRules.defaults());
        merger.add(twice);
        assertEquals(1, merger.eventCount());
        assertEquals(1, merger.events().get(0).numMentions());
        assertEquals(1, merger.codedEventCount());
    }

    @Test
    void mergingAnArticleTwiceIsACallerBug() {
        EventMerger merger = new EventMerger(MergeRules.defaults());
        CodedArticle article = shelling("a", DAY, "Kestria shelled rebels.", "KST", "Kestria", "195");
        merger.add(article);
        assertThrows(IllegalArgumentException.class, () -> merger.add(article));
    }

    @Test
    void undatedReportsMergeOnlyWithinTheirArticle() {
        EventMerger merger = new EventMerger(MergeRules.defaults());
        merger.add(coded("a", null, List.of("Kestria shelled rebels.", "Kestria shelled rebels, it said."),
                report("KST", "Kestria", "KSTREB", "rebels", "195", "shelled"),
                report("KST", "Kestria", "KSTREB", "rebels", "195", "shelled")));
        merger.add(shelling("b", null, "Kestria shelled rebels, they said.", "KST", "Kestria", "195"));
        merger.add(shelling("c", DAY, "Kestria shelled rebels today.", "KST", "Kestria", "195"));
        List<MergedEvent> events = merger.events();
        assertEquals(3, events.size());
        assertEquals(2, events.get(0).numMentions());
        assertEquals(1, events.get(0).numArticles());
        assertNull(events.get(0).firstSeen());
        assertEquals(1, events.get(1).numMentions());
    }

    @Test
    void mergingEachPartitionApartGivesTheSameEventsAsMergingAll() {
        List<CodedArticle> articles = new ArrayList<>();
        String[] sources = {"KST", "KSTMIL", "NRL", "KSTGOV", "NRLMIL", "KST"};
        String[] codes = {"195", "190", "138", "195", "173"};
        for (int i = 0; i < 24; i++) {
            String source = sources[i % sources.length];
            // Two events an article, often in two partitions, so articles are split between partitions.
            articles.add(coded("p" + i % 5, DAY.plusDays(i % 5), List.of("Item " + i + ": Ruler shelled rebels.",
                            "Then Norland warned rebels."),
                    report(source, "Ruler", "KSTREB", "rebels", codes[i % codes.length], "shelled"),
                    report(i % 3 == 0 ? "NRL" : source, "Norland", "KSTREB", "rebels", codes[(i + 2) % codes.length],
                            "warned")));
        }
        EventMerger whole = new EventMerger(MergeRules.defaults());
        whole.addAll(articles);

        java.util.Map<String, EventMerger> parts = new java.util.TreeMap<>();
        List<CodedArticle> ordered = new ArrayList<>(articles);
        ordered.sort(java.util.Comparator.comparing((CodedArticle c) -> c.article().date())
                .thenComparing(c -> c.article().id()));
        for (CodedArticle coded : ordered) {
            java.util.Map<String, List<Event>> byPartition = new java.util.LinkedHashMap<>();
            coded.events().forEach(event -> byPartition.computeIfAbsent(EventMerger.mergeKey(event),
                    key -> new ArrayList<>()).add(event));
            byPartition.forEach((key, events) -> parts.computeIfAbsent(key, k -> new EventMerger(MergeRules.defaults()))
                    .add(new CodedArticle(coded.article(), List.of(), List.of(), events, List.of())));
        }
        List<MergedEvent> apart = new ArrayList<>();
        parts.values().forEach(merger -> apart.addAll(merger.events()));
        java.util.Comparator<MergedEvent> byId = java.util.Comparator.comparing(MergedEvent::id);
        List<MergedEvent> expected = new ArrayList<>(whole.events());
        expected.sort(byId);
        apart.sort(byId);
        assertTrue(parts.size() >= 3, "partitions: " + parts.keySet());
        assertTrue(expected.stream().anyMatch(event -> event.numMentions() > 1), "some reports merged");
        assertEquals(expected, apart);
    }
}
