package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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

/**
 * Measures main-text extraction: AllSides article bodies, read from the shared corpus at test time (never
 * copied here), are wrapped in page templates full of boilerplate (navigation, cookie banners, sidebars, ads
 * between paragraphs, related links, newsletter boxes, comment threads), extracted again, and compared with
 * the known body as bags of word tokens. Skips, saying so, when the corpus is not at hand.
 */
class HtmlExtractionBenchTest {

    private static final Path CORPUS = Path.of("/work/shared/corpora/allsides/articles.jsonl.gz");
    private static final int PAGES = 50;
    private static final int STRIDE = 701;
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

    @Test
    void extractionRecoversWrappedBodiesWithHighTokenPrecisionAndRecall() throws IOException {
        assumeTrue(Files.isRegularFile(CORPUS), "SKIPPED: AllSides corpus not present at " + CORPUS);
        List<String[]> samples = sample();
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
    private static List<String[]> sample() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<String[]> samples = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(CORPUS)), StandardCharsets.UTF_8))) {
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
            return """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%1$s | Daily Example</title>
                <meta property="og:title" content="%1$s"><meta property="article:published_time" content="2016-05-0%2$dT10:00:00Z">
                <script>var config = {"ads": true, "section": "politics"};</script></head><body>
                <div class="cookie-banner"><p>We and our partners use cookies and similar technologies to personalise content and ads, to provide social media features and to analyse our traffic.</p><button>Accept</button></div>
                <header><div class="logo">Daily Example</div><nav><ul><li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li><li><a href="/world">World</a></li><li><a href="/opinion">Opinion</a></li></ul></nav></header>
                <main><article><header><h1>%1$s</h1><div class="byline">By Staff Reporter</div></header>
                <div class="share-tools"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>
                <div class="article-body">
                %3$s
                </div>
                <aside class="related"><h2>Related coverage</h2><ul><li><a href="/r1">What the committee hearing means for the election season ahead</a></li><li><a href="/r2">Five takeaways from the latest debate in the statehouse</a></li></ul></aside>
                <div class="newsletter"><p>Sign up for our politics newsletter and get the day's most important stories delivered every evening.</p></div>
                </article>
                <section class="comments"><h2>Comments</h2><div class="comment"><p>This is exactly what I have been saying for years and nobody ever listens to ordinary people like me.</p></div><div class="comment"><p>Biased reporting as usual. Where are the other side's views in this piece? I expect better from this paper.</p></div></section>
                </main>
                <aside class="sidebar"><h3>Most popular</h3><ol><li><a href="/p1">Weather service warns of record heat this summer</a></li><li><a href="/p2">Local team wins in overtime thriller</a></li></ol></aside>
                <footer><p>© 2016 Daily Example Media Group. All rights reserved. Privacy policy. Terms of service. Contact the newsroom.</p></footer>
                </body></html>
                """.formatted(title, 1 + seed % 9, inlineAds(paragraphs,
                    "<div class=\"ad-container\"><span>Advertisement</span><div id=\"div-gpt-ad-1\"></div></div>",
                    "<p><strong>Read more:</strong> <a href=\"/more\">Lawmakers weigh next steps after a long week of hearings</a></p>"));
        }

        private static String divSoup(String title, List<String> paragraphs, int seed) {
            return """
                <html><head><title>%1$s - The Example Post</title>
                <script type="application/ld+json">{"@type":"NewsArticle","headline":"%1$s","datePublished":"2017-03-1%2$d"}</script></head>
                <body><div id="page"><div id="top"><a href="/">The Example Post</a> <a href="/login">Log in</a> <a href="/subscribe">Subscribe</a></div>
                <div id="content-wrap"><div class="col-main"><div class="headline-block"><h1>%1$s</h1><span class="dateline">Posted March 2017</span></div>
                <div class="story-text">
                %3$s
                </div></div>
                <div class="col-side"><div class="box"><p><a href="/s1">Opinion: the case for a new approach to transit funding in the region</a></p><p><a href="/s2">Letters to the editor: readers respond to last week's school board decision</a></p></div>
                <div class="box"><p>Advertise with us. Reach more than a million readers each month with targeted campaigns.</p></div></div></div>
                <div id="bottom">Copyright The Example Post. <a href="/about">About</a> <a href="/jobs">Jobs</a></div></div></body></html>
                """.formatted(title, seed % 10, inlineAds(paragraphs,
                    "<div class=\"adunit\"><iframe src=\"https://ads.example/slot\"></iframe></div>",
                    "<p>Related: <a href=\"/rel\">Court hears arguments in the long-running case over district maps</a></p>"));
        }

        private static String blog(String title, List<String> paragraphs, int seed) {
            return """
                <!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>%1$s</title>
                <meta name="pubdate" content="2018-0%2$d-15"></head><body class="single-post">
                <div id="masthead"><h2><a href="/">Example Politics Blog</a></h2><ul class="menu"><li><a href="/">Home</a></li><li><a href="/archive">Archive</a></li></ul></div>
                <div id="primary"><div class="post"><h1 class="entry-title">%1$s</h1>
                <div class="entry">
                %3$s
                </div>
                <div class="post-meta">Filed under <a href="/c/politics">Politics</a>, <a href="/c/news">News</a></div></div>
                <div id="respond-area"><h3>4 responses</h3><ol class="commentlist">
                <li><div class="who">reader1</div><div class="said"><p>Thanks for writing this up, it is the clearest account I have found anywhere this week and I have read a lot of them.</p></div></li>
                <li><div class="who">skeptic</div><div class="said"><p>I think you are leaving out half the story here. The budget numbers were known in advance and everyone involved had agreed to them.</p></div></li>
                <li><div class="who">anon</div><div class="said"><p>Good piece. Shared it with my family who always argue about these things at dinner on Sundays.</p></div></li>
                </ol></div></div>
                <div id="secondary"><h3>Archives</h3><ul><li><a href="/2018/01">January 2018</a></li><li><a href="/2018/02">February 2018</a></li></ul></div>
                <div id="colophon">Powered by an example blogging platform.</div></body></html>
                """.formatted(title, 1 + seed % 9, inlineAds(paragraphs,
                    "<div class=\"sponsored-box\"><p>Sponsored: try the new example app free for thirty days, no card needed.</p></div>",
                    "<p><a href=\"/prev\">Previous post: notes from the campaign trail</a></p>"));
        }

        private static String table(String title, List<String> paragraphs, int seed) {
            return """
                <html><head><title>%1$s</title><meta name="date" content="2015-11-2%2$d"></head>
                <body><table width="100%%"><tr><td colspan="2"><a href="/">EXAMPLE NEWS</a> | <a href="/nat">National</a> | <a href="/loc">Local</a></td></tr>
                <tr><td width="160" valign="top"><a href="/s">Sports</a><br><a href="/b">Business</a><br><a href="/e">Entertainment</a><br><a href="/c">Classifieds</a></td>
                <td valign="top"><font size="5"><b>%1$s</b></font><br><br>
                %3$s
                </td></tr>
                <tr><td colspan="2"><small>Copyright 2015 Example News. All rights reserved. This material may not be republished.</small></td></tr></table></body></html>
                """.formatted(title, seed % 10, String.join("<br><br>\n", paragraphs));
        }
    }
}
