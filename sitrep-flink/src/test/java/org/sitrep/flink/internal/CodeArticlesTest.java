package org.sitrep.flink.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Problem;
import org.sitrep.pipeline.EnvironmentException;
import org.sitrep.pipeline.Input;
import org.sitrep.pipeline.Pipeline;

class CodeArticlesTest {

    private static final Article ARTICLE = Article.of("Norland", "Norland thanked Vallonia.",
            LocalDate.of(2026, 3, 2), "Wire", "", "in/a.jsonl:7");

    @Test
    void aFailureWhileCodingSkipsTheArticleWithAFailureProblem() {
        Pipeline broken = new Pipeline(text -> {
            throw new EnvironmentException("model file gone");
        }, sentence -> true, (segmented, tag, parse) -> null, (parsed, date) -> null,
                (resolved, id, problems) -> List.of());
        Problem earlier = new Problem(Problem.Kind.BAD_DATE, "in/a.jsonl:7", "no such day");

        CodedArticle coded = CodeArticles.code(broken, new Input.Readable(ARTICLE, List.of(earlier)));

        assertTrue(coded.wasSkipped());
        assertEquals(List.of(Problem.Kind.BAD_DATE, Problem.Kind.FAILURE),
                coded.problems().stream().map(Problem::kind).toList());
        assertTrue(coded.problems().get(1).message().contains("model file gone"));
    }

    @Test
    void aProblemLineNamesItsArticleAndGoesToTheArticlesDay() throws Exception {
        DayLine line = CodeArticles.problemLine(
                new Problem(Problem.Kind.UNKNOWN_ACTOR, "in/a.jsonl:7", "who is Kestria?"), ARTICLE);
        JsonNode json = new ObjectMapper().readTree(line.json);

        assertEquals("2026-03-02", line.day);
        assertEquals(ARTICLE.id(), json.get("article_id").asText());
        assertEquals("UNKNOWN_ACTOR", json.get("kind").asText());
        assertEquals(false, json.get("fatal").asBoolean());
        assertEquals("in/a.jsonl:7", json.get("origin").asText());
    }

    @Test
    void aProblemWithoutAnArticleIsUndated() throws Exception {
        DayLine line = CodeArticles.problemLine(new Problem(Problem.Kind.EMPTY, "in/e.txt", "empty file"), null);
        JsonNode json = new ObjectMapper().readTree(line.json);

        assertEquals(DayLine.UNDATED, line.day);
        assertTrue(json.get("article_id").isNull());
        assertTrue(json.get("fatal").asBoolean());
    }
}
