package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.internal.HtmlArticles;
import org.sitrep.pipeline.Input;
import org.sitrep.testing.SharedData;

/**
 * Measures main-text extraction: AllSides article bodies, read from the shared corpus at test time (never
 * copied here), are wrapped in page templates full of boilerplate (navigation, cookie banners, sidebars, ads
 * between paragraphs, related links, newsletter boxes, comment threads), extracted again, and compared with
 * the known body as bags of word tokens. Skips, saying so, when the corpus is not at hand.
 */
class HtmlExtractionBenchTest {

    private static final int PAGES = 50;
    private static final int STRIDE = 701;
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

    @Test
    void extractionRecoversWrappedBodiesWithHighTokenPrecisionAndRecall() throws IOException {
        List<String[]> samples = sample(SharedData.require("corpora/allsides/articles.jsonl.gz"));
        assertEquals(PAGES, samples.size());
        HtmlArticles html = new HtmlArticles(null, 1_000_000, LocalDate.of(2026, 1, 1));
        long overlap = 0;
        long extractedTokens = 0;
        long goldTokens = 0;
        int missed = 0;
        for (int i = 0; i < samples.size(); i++) {
            String title = samples.get(i)[0];
            String body = samples.get(i)[1];
            String page = Templates.wrap(i % Templates.COUNT, title, body, i);
            Input input = html.fromBytes(page.getBytes(StandardCharsets.UTF_8), null, "page" + i, "");
            String extracted = input instanceof Input.Readable readable ? readable.article().body() : "";
            if (extracted.isEmpty()) {
                missed++;
            }
            Map<String, Integer> gold = bag(body);
            Map<String, Integer> got = bag(extracted);
            for (Map.Entry<String, Integer> entry : got.entrySet()) {
                overlap += Math.min(entry.getValue(), gold.getOrDefault(entry.getKey(), 0));
            }
            extractedTokens += got.values().stream().mapToInt(Integer::intValue).sum();
            goldTokens += gold.values().stream().mapToInt(Integer::intValue).sum();
        }
        double precision = (double) overlap / extractedTokens;
        double recall = (double) overlap / goldTokens;
        System.out.printf(Locale.ROOT, "HTML extraction on %d wrapped AllSides bodies (%d templates): "
                + "token precision %.4f, recall %.4f, pages with nothing extracted %d%n",
                samples.size(), Templates.COUNT, precision, recall, missed);
        assertTrue(precision >= 0.95, "precision " + precision);
        assertTrue(recall >= 0.95, "recall " + recall);
    }

    /** Every STRIDE-th record with a body of at least 800 characters: (title, body). */
    private static List<String[]> sample(Path corpus) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<String[]> samples = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(corpus)), StandardCharsets.UTF_8))) {
            String line;
            long number = 0;
            while ((line = lines.readLine()) != null && samples.size() < PAGES) {
                if (number++ % STRIDE != 0) {
                    continue;
                }
                JsonNode record = mapper.readTree(line);
                String body = record.path("content_original").asText("").strip();
                if (body.length() >= 800) {
                    samples.add(new String[] {record.path("title").asText("").strip(), body});
                }
            }
        }
        return samples;
    }

    private static Map<String, Integer> bag(String text) {
        Map<String, Integer> bag = new HashMap<>();
        Matcher matcher = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            bag.merge(matcher.group(), 1, Integer::sum);
        }
        return bag;
    }

    /** Page templates, written for this bench, in the shapes news sites use. */
    static final class Templates {
        static final int COUNT = 4;

        private Templates() {
        }

        /** A page template of test resource {@code bench-templates/NAME}: %1$s title, %2$d a digit, %3$s body. */
        private static String template(String name) {
            try (var in = HtmlExtractionBenchTest.class.getResourceAsStream("bench-templates/" + name)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        static String wrap(int template, String title, String body, int seed) {
            List<String> paragraphs = new ArrayList<>();
            for (String paragraph : body.split("\\n\\s*\\n|\\n")) {
                if (!paragraph.isBlank()) {
                    paragraphs.add(Entities.escape(paragraph.strip()));
                }
            }
            String t = Entities.escape(title);
            return switch (template) {
                case 0 -> modern(t, paragraphs, seed);
                case 1 -> divSoup(t, paragraphs, seed);
                case 2 -> blog(t, paragraphs, seed);
                default -> table(t, paragraphs, seed);
            };
        }

        private static String inlineAds(List<String> paragraphs, String adHtml, String readMore) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < paragraphs.size(); i++) {
                out.append("<p>").append(paragraphs.get(i)).append("</p>\n");
                if (i == 1) {
                    out.append(adHtml).append('\n');
                }
                if (i == 3) {
                    out.append(readMore).append('\n');
                }
            }
            return out.toString();
        }

        private static String modern(String title, List<String> paragraphs, int seed) {
            return template("modern.html").formatted(title, 1 + seed % 9, inlineAds(paragraphs,
                    "<div class=\"ad-container\"><span>Advertisement</span><div id=\"div-gpt-ad-1\"></div></div>",
                    "<p><strong>Read more:</strong> <a href=\"/more\">Lawmakers weigh next steps after a long week of hearings</a></p>"));
        }

        private static String divSoup(String title, List<String> paragraphs, int seed) {
            return template("div-soup.html").formatted(title, seed % 10, inlineAds(paragraphs,
                    "<div class=\"adunit\"><iframe src=\"https://ads.example/slot\"></iframe></div>",
                    "<p>Related: <a href=\"/rel\">Court hears arguments in the long-running case over district maps</a></p>"));
        }

        private static String blog(String title, List<String> paragraphs, int seed) {
            return template("blog.html").formatted(title, 1 + seed % 9, inlineAds(paragraphs,
                    "<div class=\"sponsored-box\"><p>Sponsored: try the new example app free for thirty days, no card needed.</p></div>",
                    "<p><a href=\"/prev\">Previous post: notes from the campaign trail</a></p>"));
        }

        private static String table(String title, List<String> paragraphs, int seed) {
            return template("table.html").formatted(title, seed % 10, String.join("<br><br>\n", paragraphs));
        }
    }
}
