package org.sitrep.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.CodedArticle;
import org.sitrep.store.CodedArticles;
import org.sitrep.store.StoredEvent;

class EventJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static CodedArticle article() {
        return CodedArticles.titled("Naval standoff in the \"Grey Strait\"")
                .sentence("Maravian gunboats blockaded the port of Tessel, witnesses said.")
                .sentence("Tessel's mayor 🙂 appealed to Maravian commanders for calm.")
                .date(LocalDate.of(2022, 8, 14))
                .url("https://news.example/strait?id=7&lang=en")
                .event(1, "Maravian gunboats", "MRVMIL", "blockaded", "Tessel", "TSLGOV", "191", -9.5, 4)
                .event(2, "Tessel's mayor", "TSLGOV", "appealed", null, null, "020", 3.0, 1)
                .build();
    }

    @Test
    void writesFieldsInStableOrder() throws Exception {
        CodedArticle coded = article();
        JsonNode json = MAPPER.readTree(EventJson.toJson(StoredEvent.of(coded, coded.events().get(0))));
        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("id", "article_id", "date", "sentence_index", "source", "target", "cameo_code",
                "base_code", "root_code", "goldstein", "quad_class", "sentence", "evidence", "trigger", "rule", "url",
                "article_title", "event_date", "location"), names);
        List<String> actorNames = new ArrayList<>();
        json.get("source").fieldNames().forEachRemaining(actorNames::add);
        assertEquals(List.of("code", "name", "entry", "begin", "end", "text"), actorNames);
    }

    @Test
    void writesValuesWithOffsetsIntoArticleText() throws Exception {
        CodedArticle coded = article();
        String text = coded.article().text();
        JsonNode json = MAPPER.readTree(EventJson.toJson(StoredEvent.of(coded, coded.events().get(0))));
        assertEquals(coded.events().get(0).id(), json.get("id").asText());
        assertEquals(coded.article().id(), json.get("article_id").asText());
        assertEquals("2022-08-14", json.get("date").asText());
        assertEquals(1, json.get("sentence_index").asInt());
        assertEquals("MRVMIL", json.get("source").get("code").asText());
        assertEquals("Maravian gunboats", json.get("source").get("text").asText());
        assertEquals("Tessel", json.get("target").get("text").asText());
        assertEquals("191", json.get("cameo_code").asText());
        assertEquals("191", json.get("base_code").asText());
        assertEquals("19", json.get("root_code").asText());
        assertEquals(-9.5, json.get("goldstein").asDouble());
        assertEquals(4, json.get("quad_class").asInt());
        assertEquals("Maravian gunboats blockaded the port of Tessel", json.get("evidence").get("text").asText());
        assertEquals("blockaded", json.get("trigger").get("text").asText());
        assertEquals("rule-191", json.get("rule").asText());
        assertEquals("https://news.example/strait?id=7&lang=en", json.get("url").asText());
        assertEquals("Naval standoff in the \"Grey Strait\"", json.get("article_title").asText());
        for (String field : List.of("source", "target", "evidence", "trigger")) {
            JsonNode span = json.get(field);
            assertEquals(span.get("text").asText(), text.substring(span.get("begin").asInt(), span.get("end").asInt()),
                    field);
        }
    }

    @Test
    void countsOffsetsInUtf16AndWritesNullTarget() throws Exception {
        CodedArticle coded = article();
        String text = coded.article().text();
        String json = EventJson.toJson(StoredEvent.of(coded, coded.events().get(1)));
        assertFalse(json.contains("\n"));
        JsonNode node = MAPPER.readTree(json);
        assertTrue(node.get("target").isNull());
        assertEquals("Tessel's mayor 🙂 appealed", node.get("evidence").get("text").asText());
        JsonNode trigger = node.get("trigger");
        assertEquals("appealed", text.substring(trigger.get("begin").asInt(), trigger.get("end").asInt()));
        // The emoji is one code point but two UTF-16 code units, and offsets count code units.
        assertEquals(18, trigger.get("begin").asInt() - node.get("source").get("begin").asInt());
        assertEquals("Tessel's mayor 🙂 appealed to Maravian commanders for calm.", node.get("sentence").asText());
    }

    @Test
    void writesNullDateForUndatedArticles() throws Exception {
        CodedArticle coded = CodedArticles.titled("Undated").sentence("Maravian gunboats left Tessel.")
                .event(1, "Maravian gunboats", "MRVMIL", "left", "Tessel", "TSLGOV", "0874", -1.0, 2).build();
        JsonNode node = MAPPER.readTree(EventJson.toJson(StoredEvent.of(coded, coded.events().get(0))));
        assertTrue(node.get("date").isNull());
        assertEquals("087", node.get("base_code").asText());
        assertEquals("08", node.get("root_code").asText());
    }
}
