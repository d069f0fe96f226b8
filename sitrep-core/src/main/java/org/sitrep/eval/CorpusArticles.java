package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;
import org.sitrep.pipeline.EnvironmentException;

/**
 * Finds articles of the shared corpora by reference, as gold files name them: {@code allsides} (the AllSides
 * {@code ID} in {@code allsides/articles.jsonl.gz}) and {@code newscluster} (a file name in
 * {@code newscluster/news_cluster/}). Gold files hold references, never text; a reference whose body no longer
 * matches its recorded hash is reported, not used.
 */
public final class CorpusArticles {

    /**
     * An article found, and where its corpus body's first character stands in the article text (for spans given
     * as offsets into the body; negative when the reader dropped a repeated headline).
     */
    public record Found(Article article, int bodyOffset) {
        public Found {
            Objects.requireNonNull(article, "article");
        }
    }

    /** The articles found by key ({@code corpus/article}) and the problems of the rest. */
    public record Contents(Map<String, Found> articles, List<Problem> problems) {
        public Contents {
            articles = Map.copyOf(articles);
            problems = List.copyOf(problems);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ALLSIDES_ID = Pattern.compile("\"ID\":\\s*\"([^\"]+)\"");

    private CorpusArticles() {
    }

    public static String key(PlaceGold gold) {
        return gold.corpus() + "/" + gold.article();
    }

    /** Reads the articles the gold entries name from the corpora folder (the one holding allsides/, newscluster/). */
    public static Contents read(Path corpora, Collection<PlaceGold> gold) {
        Map<String, String> wantedHash = new HashMap<>();
        Set<String> allsides = new HashSet<>();
        Map<String, Found> found = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (PlaceGold entry : gold) {
            wantedHash.put(key(entry), entry.sha256());
            switch (entry.corpus()) {
                case "allsides" -> allsides.add(entry.article());
                case "newscluster" -> readNewsCluster(corpora, entry, wantedHash, found, problems);
                default -> throw new IllegalArgumentException("unknown corpus '" + entry.corpus()
                        + "' (allsides or newscluster)");
            }
        }
        if (!allsides.isEmpty()) {
            readAllSides(corpora, allsides, wantedHash, found, problems);
        }
        for (PlaceGold entry : gold) {
            if (!found.containsKey(key(entry)) && problems.stream().noneMatch(p -> p.origin().equals(key(entry)))) {
                problems.add(new Problem(Problem.Kind.MALFORMED_RECORD, key(entry), "no such article in the corpus"));
            }
        }
        return new Contents(found, problems);
    }

    private static void readAllSides(Path corpora, Set<String> ids, Map<String, String> hashes, Map<String, Found> found,
                                     List<Problem> problems) {
        Path file = corpora.resolve("allsides/articles.jsonl.gz");
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                Matcher id = ALLSIDES_ID.matcher(line);
                if (!id.find() || !ids.contains(id.group(1))) {
                    continue;
                }
                JsonNode node = JSON.readTree(line);
                String raw = node.path("content_original").asText("");
                String title = node.path("title").asText("").strip();
                Article article = new Article(id.group(1), title, raw.strip(), dateOf(node.path("date").asText("")),
                        node.path("source").asText(""), node.path("url").asText(""), "allsides/" + id.group(1));
                add("allsides/" + id.group(1), article, raw, hashes, found, problems);
            }
        } catch (IOException e) {
            throw new EnvironmentException("cannot read " + file, e);
        }
    }

    private static void readNewsCluster(Path corpora, PlaceGold entry, Map<String, String> hashes, Map<String, Found> found,
                                        List<Problem> problems) {
        if (entry.article().contains("/") || entry.article().contains("\\")) {
            throw new IllegalArgumentException("a NewsCluster reference is a file name: " + entry.article());
        }
        Path file = corpora.resolve("newscluster/news_cluster").resolve(entry.article());
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            JsonNode node = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            String raw = node.path("text").asText("");
            String title = node.path("title").asText("").strip();
            Article article = new Article(entry.article(), title, NewsClusterCorpus.withoutRepeatedTitle(title, raw),
                    dateOf(node.path("date_publish").asText("")), node.path("source_domain").asText(""),
                    node.path("url").asText(""), key(entry));
            add(key(entry), article, raw, hashes, found, problems);
        } catch (IOException e) {
            throw new EnvironmentException("cannot read " + file, e);
        }
    }

    private static void add(String key, Article article, String raw, Map<String, String> hashes, Map<String, Found> found,
                            List<Problem> problems) {
        String expected = hashes.getOrDefault(key, "");
        if (!expected.isEmpty() && !expected.equalsIgnoreCase(hash(raw))) {
            problems.add(new Problem(Problem.Kind.MALFORMED_RECORD, key, "the body no longer matches the gold's sha256 "
                    + expected + " (found " + hash(raw) + "): the corpus changed"));
            return;
        }
        found.put(key, new Found(article, bodyOffset(article, raw)));
    }

    /** Where raw body character 0 stands in the article text. */
    static int bodyOffset(Article article, String raw) {
        int start = article.title().isEmpty() ? 0 : article.title().length() + Article.TITLE_SEPARATOR.length();
        int skipped = article.body().isEmpty() ? 0 : raw.indexOf(article.body());
        return start - Math.max(0, skipped);
    }

    /** The first 16 hex digits of the SHA-256 of a body as the corpus holds it. */
    public static String hash(String raw) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static LocalDate dateOf(String value) {
        if (value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
