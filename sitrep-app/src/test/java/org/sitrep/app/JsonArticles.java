package org.sitrep.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/** Builds JSON-lines article records for test corpora. */
final class JsonArticles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonArticles() {
    }

    static String line(String title, String text, String date) {
        ObjectNode node = JSON.createObjectNode();
        node.put("title", title);
        node.put("text", text);
        node.put("date", date);
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
