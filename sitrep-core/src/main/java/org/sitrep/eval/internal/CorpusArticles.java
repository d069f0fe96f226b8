package org.sitrep.eval.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.sitrep.ingest.internal.Dates;
import org.sitrep.pipeline.EnvironmentException;

/**
 * Reads the bodies and dates of chosen articles of the shared corpora, as the gold references point into
 * them: AllSides ({@code allsides/articles.jsonl.gz}, id {@code ID}, body {@code content_original}, date
 * {@code date}) and NewsCluster ({@code newscluster/news_cluster/FILE}, body {@code text}, date
 * {@code date_publish}). Bodies are kept exactly as stored, because offsets count from their first character.
 */
public final class CorpusArticles {

    /** An article's body and publication date (null when it has none or an unreadable one). */
    public record Body(String text, LocalDate date) {
    }

    static final String ALLSIDES = "allsides/articles.jsonl.gz";
    static final String NEWSCLUSTER = "newscluster/news_cluster";

    private static final ObjectMapper JSON = new ObjectMapper();

    private CorpusArticles() {
    }

    /** Key of an article in the map {@link #read} returns. */
    public static String key(String corpus, String article) {
        return corpus + "/" + article;
    }

    /**
     * The wanted AllSides and NewsCluster articles that exist, by {@link #key}. AllSides is streamed once, and
     * only when an AllSides article is wanted.
     */
    public static Map<String, Body> read(Path corpora, Set<String> allsides, Set<String> newscluster) {
        Map<String, Body> found = new HashMap<>();
        if (!allsides.isEmpty()) {
            readAllSides(corpora.resolve(ALLSIDES), allsides, found);
        }
        for (String name : newscluster) {
            Path file = corpora.resolve(NEWSCLUSTER).resolve(name);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            try {
                JsonNode record = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
                if (record != null && record.path("text").isTextual()) {
                    found.put(key("newscluster", name),
                            new Body(record.get("text").asText(), date(record.path("date_publish"))));
                }
            } catch (JsonProcessingException e) {
                // Left out: the reference then fails as "not found", with the file named.
            } catch (IOException e) {
                throw new EnvironmentException("cannot read " + file, e);
            }
        }
        return found;
    }

    private static void readAllSides(Path file, Set<String> wanted, Map<String, Body> found) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                JsonNode record;
                try {
                    record = JSON.readTree(line);
                } catch (JsonProcessingException e) {
                    continue;
                }
                if (record == null || !record.path("ID").isTextual() || !wanted.contains(record.get("ID").asText())
                        || !record.path("content_original").isTextual()) {
                    continue;
                }
                found.put(key("allsides", record.get("ID").asText()),
                        new Body(record.get("content_original").asText(), date(record.path("date"))));
            }
        } catch (IOException e) {
            throw new EnvironmentException("cannot read " + file, e);
        }
    }

    private static LocalDate date(JsonNode field) {
        if (!field.isTextual() || field.asText().isBlank()) {
            return null;
        }
        return Dates.parse(field.asText(), LocalDate.now()) instanceof Dates.Parsed parsed ? parsed.date() : null;
    }
}
