package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;
import org.sitrep.pipeline.EnvironmentException;

/**
 * Reads the NewsCluster corpus of the Giveme5W1H project: a folder of JSON files, one article each, with
 * {@code title}, {@code text}, {@code date_publish}, {@code source_domain}, {@code url} and the gold label
 * {@code newsCluster.EventId}. The corpus repeats the headline as the first line of {@code text}; that line is
 * dropped so the headline is not counted twice. Files are read in name order, so the result does not depend on
 * the file system. A file that is not such a record becomes a {@link Problem} and is left out.
 */
public final class NewsClusterCorpus {

    /** An article and the label of the event it reports. */
    public record LabelledArticle(Article article, String label) {
        public LabelledArticle {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(label, "label");
        }
    }

    /** The readable articles and the problems of the rest. */
    public record Contents(List<LabelledArticle> articles, List<Problem> problems) {
        public Contents {
            articles = List.copyOf(articles);
            problems = List.copyOf(problems);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private NewsClusterCorpus() {
    }

    /** Reads every {@code *.json} file of {@code folder}. */
    public static Contents read(Path folder) {
        Objects.requireNonNull(folder, "folder");
        if (!Files.isDirectory(folder)) {
            throw new EnvironmentException("not a folder: " + folder);
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(file -> file.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new EnvironmentException("cannot list " + folder, e);
        }
        List<LabelledArticle> articles = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path file : files) {
            String origin = file.getFileName().toString();
            JsonNode record;
            try {
                record = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                problems.add(new Problem(Problem.Kind.MALFORMED_RECORD, origin, "not JSON: " + e.getOriginalMessage()));
                continue;
            } catch (IOException e) {
                throw new EnvironmentException("cannot read " + file, e);
            }
            JsonNode label = record == null ? null : record.path("newsCluster").path("EventId");
            if (record == null || !record.isObject() || label.isMissingNode() || label.isNull()) {
                problems.add(new Problem(Problem.Kind.MALFORMED_RECORD, origin, "no newsCluster.EventId"));
                continue;
            }
            String title = record.path("title").asText("").strip();
            String body = withoutRepeatedTitle(title, record.path("text").asText(""));
            String dateText = record.path("date_publish").asText("");
            LocalDate date = dateOf(dateText);
            if (date == null && !dateText.isEmpty() && !dateText.equals("None")) {
                problems.add(new Problem(Problem.Kind.BAD_DATE, origin, "date_publish does not parse: " + dateText));
            }
            Article article = Article.of(title, body, date, record.path("source_domain").asText(""),
                    record.path("url").asText(""), origin);
            articles.add(new LabelledArticle(article, label.asText()));
        }
        return new Contents(articles, problems);
    }

    static String withoutRepeatedTitle(String title, String text) {
        String body = text.strip();
        if (!title.isEmpty() && body.startsWith(title)) {
            return body.substring(title.length()).strip();
        }
        return body;
    }

    /** The day of a {@code 2017-12-29T09:29:57} or {@code 2017-12-29} value; {@code null} when absent. */
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
