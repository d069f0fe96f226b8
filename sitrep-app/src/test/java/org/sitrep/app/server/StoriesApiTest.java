package org.sitrep.app.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.app.server.StoreFixture.event;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stories through the API: largest first, one with its articles, and the story filter every view takes. */
class StoriesApiTest {

    @TempDir
    static Path folder;

    private static SitrepServer server;
    private static Http http;

    /** Three reports of a blockade of an invented port, and two of unrelated grain talks. */
    static Path storyStore(Path database) {
        StoreFixture fixture = new StoreFixture();
        for (int day = 3; day <= 5; day++) {
            fixture.articleTitled(day == 4 ? "Made-up Times" : "Invented Herald",
                    List.of("Warships close Zelvora harbour", "Zelvora harbour blockade enters third day",
                            "Zelvora harbour still blockaded by warships").get(day - 3),
                    event("2025-03-0" + day, "TURMIL", "Turkish warships", "blockaded", "SYRGOV", "the harbour of Zelvora",
                            "191", -9.5, 4),
                    event("2025-03-0" + day, "SYRGOV", "Damascus", "condemned", "TURMIL", "the Zelvora harbour blockade",
                            "111", -2, 3));
        }
        for (int day = 20; day <= 21; day++) {
            fixture.articleTitled("Fictional Post", day == 20 ? "Grain talks open in Cairo" : "Cairo grain talks end",
                    event("2025-03-" + day, "EGYGOV", "Egyptian ministers", "met", "RUSGOV", "Russian grain traders",
                            "040", 1, 1));
        }
        return fixture.writeWithStories(database);
    }

    @BeforeAll
    static void start() {
        server = SitrepServer.start(ServerOptions.of(storyStore(folder.resolve("stories.duckdb")), 0),
                ServerApiTest.NO_MODELS);
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void storiesComeLargestFirstWithTheirArticlesAndEvents() {
        JsonNode stories = http.ok("/api/stories");
        assertTrue(stories.get("total").asInt() >= 2, stories.toString());
        List<Integer> sizes = new ArrayList<>();
        stories.get("items").forEach(story -> sizes.add(story.get("article_count").asInt()));
        List<Integer> sorted = new ArrayList<>(sizes);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, sizes, "largest first");
        assertEquals(3, sizes.get(0), "the three blockade reports are one story: " + stories);

        String id = stories.get("items").get(0).get("id").asText();
        JsonNode story = http.ok("/api/stories/" + id);
        assertEquals(3, story.get("articleCount").asInt());
        assertEquals(3, story.get("articles").size());
        assertEquals(6, story.get("events").asInt(), "two events in each of its articles");
        assertEquals("2025-03-03", story.get("firstSeen").asText());
        assertEquals("2025-03-05", story.get("lastSeen").asText());
        for (JsonNode article : story.get("articles")) {
            assertEquals(2, article.get("events").asInt(), article.toString());
            assertTrue(article.get("url").asText().startsWith("https://example.org/fixture/"), article.toString());
            assertTrue(article.get("title").asText().contains("Zelvora"), article.toString());
        }
    }

    @Test
    void storyFilterGivesItsEventsToEveryView() {
        String id = http.ok("/api/stories").get("items").get(0).get("id").asText();
        JsonNode events = http.ok("/api/events?story=" + id);
        assertEquals(6, events.get("total").asInt(), events.toString());
        events.get("items").forEach(event -> assertTrue(
                event.get("sentenceText").asText().contains("Zelvora"), event.toString()));
        JsonNode timeline = http.ok("/api/timeline?story=" + id);
        assertEquals(3, timeline.get("periods").size());
        assertEquals(2, http.ok("/api/network?story=" + id).get("edges").get(0).get("events").asInt() / 3,
                "six events between Turkey and Syria");
        assertEquals(2, http.ok("/api/merged?story=" + id).get("total").asInt(), "a blockade and a condemnation");
    }

    @Test
    void unknownStoryIsA404AndABadIdA400() {
        assertEquals(404, http.get("/api/stories/abcdef").status());
        assertEquals(400, http.get("/api/stories/not%20an%20id").status());
        assertEquals(400, http.get("/api/events?story=a;b").status());
    }
}
