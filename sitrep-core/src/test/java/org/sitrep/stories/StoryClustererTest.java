package org.sitrep.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;
import org.sitrep.model.Span;

class StoryClustererTest {

    private static final LocalDate DAY = LocalDate.of(2024, 9, 2);

    private static StoryInput article(String label, int day, String title, String body) {
        return StoryInput.of(Article.of(title, body, DAY.plusDays(day), label, "", label));
    }

    /** Three invented stories told by several outlets in their own words, and one article on its own. */
    private static List<StoryInput> articles() {
        List<StoryInput> articles = new ArrayList<>();
        articles.add(article("blockade", 0, "Fishermen blockade Varnholm harbour over cod quota",
                "Fishermen in Varnholm blocked the harbour with forty trawlers on Sunday to protest a cod quota cut. "
                        + "Ilse Marrow, head of the fishermen's cooperative, said families could not live on the "
                        + "smaller catch. Ferries to Kell were cancelled."));
        articles.add(article("blockade", 1, "Varnholm trawlers keep harbour shut as quota row deepens",
                "The trawler blockade of Varnholm harbour entered its second day. The fisheries ministry refused "
                        + "to withdraw the cod quota, and Ilse Marrow said the cooperative would not back down."));
        articles.add(article("blockade", 1, "Ministry offers talks to Varnholm fishermen",
                "Fisheries minister Otto Brask offered to meet the Varnholm cooperative about the cod quota if "
                        + "the trawlers lift their harbour blockade. Ilse Marrow welcomed the offer."));
        articles.add(article("eruption", 0, "Volcano erupts on Tessaly, villages evacuated",
                "Mount Orun on the island of Tessaly erupted before dawn, sending ash over the villages of its "
                        + "eastern slope. Civil defence evacuated three thousand people by boat."));
        articles.add(article("eruption", 2, "Ash cloud from Tessaly volcano grounds flights",
                "Flights across the region were grounded as the ash cloud from Mount Orun spread east. On Tessaly, "
                        + "evacuated villagers waited in shelters while the volcano kept erupting."));
        articles.add(article("eruption", 3, "Tessaly evacuees return as Orun eruption eases",
                "Volcanologists said the Mount Orun eruption was easing, and the first evacuees returned to "
                        + "their villages on Tessaly to clear ash from roofs."));
        articles.add(article("final", 5, "Redport United win the cup final on penalties",
                "Redport United beat Alder City on penalties in the cup final after a goalless draw. Goalkeeper "
                        + "Marco Vell saved two penalties."));
        articles.add(article("final", 5, "Vell the hero as Redport United lift the cup",
                "Marco Vell saved twice in the penalty shoot-out and Redport United won the cup final against "
                        + "Alder City, their first cup in twenty years."));
        articles.add(article("alone", 4, "Library of Mersey reopens after renovation",
                "The old library of Mersey reopened its reading room after two years of renovation work, with "
                        + "new shelves for its map collection."));
        return articles;
    }

    /** Story ids per gold label, which must map one to one. */
    private static void assertGroupedByLabel(List<StoryInput> inputs, Map<String, String> assigned) {
        Map<String, Set<String>> storiesOfLabel = new HashMap<>();
        Map<String, Set<String>> labelsOfStory = new HashMap<>();
        for (StoryInput input : inputs) {
            String label = input.article().source();
            String story = assigned.get(input.article().id());
            storiesOfLabel.computeIfAbsent(label, key -> new HashSet<>()).add(story);
            labelsOfStory.computeIfAbsent(story, key -> new HashSet<>()).add(label);
        }
        storiesOfLabel.forEach((label, stories) -> assertEquals(1, stories.size(), label + " split: " + stories));
        labelsOfStory.forEach((story, labels) -> assertEquals(1, labels.size(), story + " mixes " + labels));
    }

    @Test
    void groupsArticlesOfEachStoryAndKeepsStoriesApart() {
        List<StoryInput> inputs = articles();
        StoryClusterer clusterer = new StoryClusterer(StoryOptions.defaults());
        Map<String, String> assigned = clusterer.addAll(inputs);
        assertGroupedByLabel(inputs, assigned);
        assertEquals(4, clusterer.storyCount());
    }

    @Test
    void batchResultDoesNotDependOnInputOrder() {
        List<StoryInput> inputs = articles();
        Map<String, String> inOrder = new StoryClusterer(StoryOptions.defaults()).addAll(inputs);
        for (int seed = 0; seed < 5; seed++) {
            List<StoryInput> shuffled = new ArrayList<>(inputs);
            Collections.shuffle(shuffled, new Random(seed));
            assertEquals(inOrder, new StoryClusterer(StoryOptions.defaults()).addAll(shuffled));
        }
    }

    @Test
    void laterArticlesJoinTheStoriesAlreadyFormed() {
        List<StoryInput> inputs = articles();
        StoryClusterer clusterer = new StoryClusterer(StoryOptions.defaults());
        Map<String, String> first = clusterer.addAll(inputs);
        String blockade = first.get(inputs.get(0).article().id());
        String joined = clusterer.add(article("blockade", 2, "Varnholm blockade lifted after minister meets fishermen",
                "Fishermen moved their trawlers out of Varnholm harbour after Otto Brask met the cooperative "
                        + "and promised to review the cod quota."));
        assertEquals(blockade, joined);
        String fresh = clusterer.add(article("new", 2, "Glass factory in Pellam to close",
                "The glass factory of Pellam will close in spring, its owners said, ending two hundred jobs."));
        assertEquals(5, clusterer.storyCount());
        assertNotEquals(blockade, fresh);
        assertEquals(Optional.of(fresh), clusterer.storyOf(clusterer.stories().get(4).articleIds().get(0)));
    }

    @Test
    void aRelatedArticleMonthsLaterStartsANewStoryUnlessItIsNearlyTheSameText() {
        // Time counts only below the strong threshold; set it high so these small texts stay below it.
        StoryOptions options = new StoryOptions(0.13, 0.95, 4, 1, 80, 7, 30, 1000, 180, 3);
        String title = "Volcano on Tessaly erupts";
        String body = "Mount Orun on Tessaly erupted and villages were evacuated, civil defence said.";
        StoryInput later = article("later", 0, "A year after Orun, Tessaly villages rebuild",
                "Villagers on Tessaly are rebuilding homes a year after the volcano, with new roofs and roads.");
        StoryClusterer near = new StoryClusterer(options);
        near.add(article("eruption", -3, title, body));
        near.add(article("eruption", -2, title + " at dawn", body));
        near.add(later);
        assertEquals(1, near.storyCount(), "within the window, shared names are enough");
        StoryClusterer far = new StoryClusterer(options);
        far.add(article("eruption", -400, title, body));
        far.add(article("eruption", -399, title + " at dawn", body));
        far.add(later);
        assertEquals(2, far.storyCount(), "a year apart, they are not");
        StoryClusterer strong = new StoryClusterer(new StoryOptions(0.13, 0.3, 4, 1, 80, 7, 30, 1000, 180, 3));
        strong.add(article("eruption", -400, title, body));
        strong.add(article("again", 0, title + " again", body));
        assertEquals(1, strong.storyCount(), "the same text a year later is the same story");
    }

    @Test
    void storyPastItsLifetimeFadesEvenForCloseArticles() {
        String title = "Tessaly volcano erupts";
        String body = "Mount Orun on Tessaly erupted and villages were evacuated, civil defence said.";
        StoryOptions shortLived = new StoryOptions(0.13, 0.3, 4, 1, 80, 7, 30, 30, 10, 3);
        StoryOptions longLived = new StoryOptions(0.13, 0.3, 4, 1, 80, 7, 30, 1000, 10, 3);
        for (StoryOptions options : List.of(shortLived, longLived)) {
            StoryClusterer clusterer = new StoryClusterer(options);
            // Covered every week for half a year: each article is close to the last, the story grows old.
            for (int week = 0; week < 26; week++) {
                clusterer.add(article("eruption", week * 7 - 200, title + " week " + week, body));
            }
            if (options == longLived) {
                assertEquals(1, clusterer.storyCount());
            } else {
                // Close texts still join for a while past the lifetime, then the story is done.
                assertTrue(clusterer.storyCount() >= 3, clusterer.stories().toString());
                for (Story story : clusterer.stories()) {
                    assertTrue(story.lastSeen().toEpochDay() - story.firstSeen().toEpochDay() <= 30 + 40,
                            story.firstSeen() + ".." + story.lastSeen());
                }
            }
        }
    }

    @Test
    void labelNamesKeyActorsAndPlaceAndSummaryTakesCentralLeadSentences() {
        StoryClusterer clusterer = new StoryClusterer(StoryOptions.defaults());
        clusterer.addAll(articles().subList(0, 3));
        Story story = clusterer.stories().get(0);
        assertEquals(3, story.articleIds().size());
        assertEquals(DAY, story.firstSeen());
        assertEquals(DAY.plusDays(1), story.lastSeen());
        assertTrue(story.label().actors().contains("Ilse Marrow"), story.label().toString());
        assertEquals("Varnholm", story.label().place());
        assertTrue(story.keyTerms().contains("varnholm"), story.keyTerms().toString());
        assertEquals(3, story.summary().size());
        Set<String> leads = new HashSet<>();
        for (StoryInput input : articles().subList(0, 3)) {
            String text = input.article().text();
            input.sentences().forEach(span -> leads.add(span.of(text).replaceAll("\\s+", " ")));
        }
        assertTrue(leads.containsAll(story.summary()), story.summary().toString());
        assertTrue(story.summary().stream().noneMatch(sentence -> sentence.startsWith("Ferries")),
                "a side remark is not central: " + story.summary());
    }

    @Test
    void codedStoriesTakeActorsAndActionFromTheCoding() {
        Article article = Article.of("Kestria shells rebel town",
                "Kestrian troops shelled a rebel town in Ovra on Monday.", DAY, "wire", "", "x");
        String text = article.text();
        Span troops = span(text, "Kestrian troops");
        Span rebels = span(text, "rebel town");
        Span trigger = span(text, "shelled");
        Actor army = new Actor("KSTMIL", "Kestrian army", "country:KST+agent:MIL");
        Actor rebelActor = new Actor("KSTREB", "Kestrian rebels", "country:KST+agent:REB");
        Event event = new Event(Event.idOf(article.id(), 1, "195", "KSTMIL", "KSTREB", troops.union(rebels)),
                article.id(), 1, army, rebelActor, "195", -10, 4, troops, rebels, troops.union(rebels), trigger,
                "test");
        CodedArticle coded = new CodedArticle(article, List.of(),
                List.of(new Mention(1, 0, 1, troops, army), new Mention(1, 4, 5, rebels, rebelActor)),
                List.of(event), List.of());
        StoryClusterer clusterer = new StoryClusterer(StoryOptions.defaults(),
                code -> code.equals("195") ? Optional.of("employ aerial weapons") : Optional.empty());
        clusterer.add(StoryInput.of(coded));
        StoryLabel label = clusterer.stories().get(0).label();
        assertEquals(List.of("Kestrian army", "Kestrian rebels"), label.actors());
        assertEquals("employ aerial weapons", label.action());
        assertEquals("Ovra", label.place());
        assertEquals("Kestrian army, Kestrian rebels: employ aerial weapons (Ovra)", label.text());
    }

    /** Where {@code words} stand in the body (the headline may repeat them). */
    private static Span span(String text, String words) {
        int begin = text.indexOf(words, text.indexOf(Article.TITLE_SEPARATOR));
        return new Span(begin, begin + words.length());
    }
}
