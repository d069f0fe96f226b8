package org.sitrep.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sitrep load}: a folder shaped as the Flink job writes it (SitrepFlinkJobIT loads the job's real output
 * and compares it with {@code sitrep ingest}); here, one invented article, written by hand.
 */
class LoadCommandTest {

    @TempDir
    Path dir;

    private static final String SENTENCE = "Ostrovian police detained two Velmarian reporters in Kessa.";

    private Path jobOutput() throws IOException {
        Path out = dir.resolve("flink-out");
        write(out, "articles", "2031-05-06", """
                {"id":"a1","title":"Reporters held","date":"2031-05-06","source":"Kessa Courier",\
                "url":"https://courier.example/held","origin":"/in/news.jsonl:1","sentence_count":1,\
                "token_count":9,"event_count":1,"skipped":false}""");
        write(out, "events", "2031-05-06", """
                {"id":"e1","article_id":"a1","date":"2031-05-06","sentence_index":0,\
                "source":{"code":"OSTCOP","name":"Ostrovian police","entry":"police","begin":0,"end":16,\
                "text":"Ostrovian police"},\
                "target":{"code":"VLMMED","name":"Velmarian reporters","entry":"reporters","begin":30,"end":49,\
                "text":"Velmarian reporters"},\
                "cameo_code":"173","base_code":"173","root_code":"17","goldstein":-5.0,"quad_class":4,\
                "sentence":"%s","evidence":{"begin":0,"end":49,"text":"Ostrovian police detained two Velmarian \
                reporters"},"trigger":{"begin":17,"end":25,"text":"detained"},"rule":"rule-173",\
                "url":"https://courier.example/held","article_title":"Reporters held","event_date":null,\
                "location":null,"store":{"sentence_begin":0,"geo_type":null,"geo_country_name":null,\
                "geo_population":null}}""".formatted(SENTENCE));
        write(out, "problems", "undated", """
                {"article_id":null,"kind":"MALFORMED_RECORD","fatal":true,"origin":"/in/news.jsonl:2",\
                "message":"cut-off JSON","date":null}""");
        write(out, "merged_events", "2031-05-06", """
                {"id":"m1","founding_event_id":"e1","first_seen":"2031-05-06","last_seen":"2031-05-06",\
                "source_code":"OSTCOP","source_name":"Ostrovian police","target_code":"VLMMED",\
                "target_name":"Velmarian reporters","cameo_code":"173","base_code":"173","root_code":"17",\
                "goldstein":-5.0,"quad_class":4,"place":"","num_mentions":1,"num_sources":1,"num_articles":1}""");
        write(out, "event_mentions", "2031-05-06", """
                {"merged_event_id":"m1","event_id":"e1","article_id":"a1","date":"2031-05-06",\
                "source":"Kessa Courier","url":"https://courier.example/held","sentence_index":0,\
                "actor1_offset":0,"actor2_offset":30,"action_offset":17,"cameo_code":"173",\
                "republished_from":""}""");
        // A part file still in progress is hidden and not read.
        Files.writeString(out.resolve("events/day=2031-05-06/.part-0-1.inprogress.x"), "{not json");
        return out;
    }

    private static void write(Path out, String table, String day, String line) throws IOException {
        Path folder = Files.createDirectories(out.resolve(table).resolve("day=" + day));
        Files.writeString(folder.resolve("part-0-0.jsonl"), line + "\n");
    }

    @Test
    void loadsEveryTableOfTheJobOutputOnceAndEventsReadsThem() throws IOException {
        Path out = jobOutput();
        String db = dir.resolve("store.duckdb").toString();

        Cli.Result first = Cli.run("load", out.toString(), "--db", db);
        assertEquals(0, first.status(), first.toString());
        assertEquals("loaded into " + db + ": articles 1 events 1 problems 1 merged_events 1 event_mentions 1",
                first.out().strip());
        Cli.Result again = Cli.run("load", out.toString(), "--db", db);
        assertEquals(0, again.status(), again.toString());
        assertEquals("loaded into " + db + ": articles 0 events 0 problems 0 merged_events 1 event_mentions 0",
                again.out().strip());

        Cli.Result events = Cli.run("events", "--json", "--db", db);
        List<JsonNode> lines = CodeCommandTest.parse(events.outLines());
        assertEquals(1, lines.size(), events.toString());
        JsonNode event = lines.get(0);
        assertEquals("e1", event.get("id").asText());
        assertEquals("OSTCOP", event.get("source").get("code").asText());
        assertEquals("Reporters held", event.get("article_title").asText());
        assertEquals(SENTENCE, event.get("sentence").asText());

        Cli.Result merged = Cli.run("sql", "--format", "csv", "--db", db,
                "SELECT m.id, m.num_mentions, e.source FROM merged_events m JOIN event_mentions e "
                        + "ON e.merged_event_id = m.id");
        assertEquals(List.of("id,num_mentions,source", "m1,1,Kessa Courier"), merged.outLines(), merged.toString());
    }

    @Test
    void aFolderThatIsNotTheJobOutputIsAUsageError() throws IOException {
        Path other = Files.createDirectories(dir.resolve("other"));
        Cli.Result result = Cli.run("load", other.toString(), "--db", dir.resolve("store.duckdb").toString());
        assertEquals(2, result.status(), result.toString());
        assertTrue(result.err().contains("articles/"), result.toString());
    }
}
