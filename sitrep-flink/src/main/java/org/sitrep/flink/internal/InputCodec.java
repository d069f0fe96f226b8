package org.sitrep.flink.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;
import org.sitrep.pipeline.Input;

/**
 * An {@link Input} as one JSON string, so it crosses Flink's network and checkpoints with Flink's own string
 * serializer instead of a generic (Kryo) one. Decoding gives back an equal input.
 */
public final class InputCodec {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private InputCodec() {
    }

    public static String encode(Input input) {
        ObjectNode node = MAPPER.createObjectNode();
        if (input instanceof Input.Readable readable) {
            Article article = readable.article();
            node.put("id", article.id());
            node.put("title", article.title());
            node.put("body", article.body());
            node.put("date", article.date() == null ? null : article.date().toString());
            node.put("source", article.source());
            node.put("url", article.url());
            node.put("origin", article.origin());
            ArrayNode problems = node.putArray("problems");
            readable.problems().forEach(problem -> problems.add(problemNode(problem)));
        } else {
            node.set("unreadable", problemNode(((Input.Unreadable) input).problem()));
        }
        return node.toString();
    }

    public static Input decode(String json) {
        JsonNode node = read(json);
        if (node.has("unreadable")) {
            return new Input.Unreadable(problem(node.get("unreadable")));
        }
        String date = node.get("date").isNull() ? null : node.get("date").asText();
        Article article = new Article(node.get("id").asText(), node.get("title").asText(), node.get("body").asText(),
                date == null ? null : LocalDate.parse(date), node.get("source").asText(), node.get("url").asText(),
                node.get("origin").asText());
        List<Problem> problems = new ArrayList<>();
        node.get("problems").forEach(problem -> problems.add(problem(problem)));
        return new Input.Readable(article, problems);
    }

    /**
     * What copies share: the article's content id, or for an unreadable record its origin (which no other
     * record has).
     */
    public static String keyOf(String encoded) {
        JsonNode node = read(encoded);
        return node.has("unreadable") ? "unreadable:" + node.get("unreadable").get("origin").asText()
                : node.get("id").asText();
    }

    public static boolean isReadable(String encoded) {
        return !read(encoded).has("unreadable");
    }

    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException("not an encoded input", e);
        }
    }

    private static ObjectNode problemNode(Problem problem) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("kind", problem.kind().name());
        node.put("origin", problem.origin());
        node.put("message", problem.message());
        return node;
    }

    private static Problem problem(JsonNode node) {
        return new Problem(Problem.Kind.valueOf(node.get("kind").asText()), node.get("origin").asText(),
                node.get("message").asText());
    }
}
