package org.sitrep.ingest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;
import org.sitrep.pipeline.Input;

/**
 * Turns an HTML page into an article: its main text without boilerplate, its title, publication date,
 * canonical url and site name.
 *
 * <p>Boilerplate goes first: scripts and forms, navigation, headers and footers, asides, and blocks whose
 * class, id or role names them as menus, ads, share bars, cookie banners, newsletters, comments or related
 * links. The main block is then the {@code articleBody} or single {@code <article>} when it holds enough text,
 * otherwise the element whose paragraphs hold the most text not inside links (paragraph text counts fully for
 * its parent and half for its grandparent). Its paragraphs, headings, quotes and list items, minus those made
 * mostly of links, are the body, separated by blank lines.
 *
 * <p>Dates are taken in order from {@code article:published_time} and similar meta tags, JSON-LD
 * {@code datePublished}, and {@code <time datetime>}; a page whose {@code <html lang>} names another language
 * than English is skipped as {@link Problem.Kind#LANGUAGE}. jsoup repairs any markup, so "broken HTML" means
 * bytes that are not HTML at all (binary, or text without a tag) or a page whose text holds no article.
 */
public final class HtmlArticles {

    /** Less body text than this is a front page, a listing or an error page, not an article. */
    public static final int MIN_BODY_CHARS = 200;

    /** An article block needs at least this share of its text outside links. */
    private static final double MAX_LINK_DENSITY = 0.5;

    private static final Pattern MARKUP = Pattern.compile("<\\s*(?:[a-zA-Z]+|!doctype)[\\s>/]",
            Pattern.CASE_INSENSITIVE);

    /** Elements that never hold article text. */
    private static final String DROPPED_TAGS = "script, style, noscript, template, iframe, svg, canvas, form, "
            + "button, input, select, textarea, nav, header, footer, aside, figcaption, dialog, menu";

    /** Roles that never hold article text. */
    private static final String DROPPED_ROLES = "[role=navigation], [role=banner], [role=contentinfo], "
            + "[role=complementary], [role=dialog], [role=alertdialog], [role=search], [aria-hidden=true], "
            + "[hidden]";

    /** Words of class and id names that mark boilerplate blocks; matched against whole name parts. */
    private static final Set<String> BOILERPLATE_WORDS = Set.of(
            "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "masthead", "footer",
            "sidebar", "rail", "widget", "ad", "ads", "advert", "advertisement", "adslot", "dfp", "sponsor",
            "sponsored", "promo", "cookie", "cookies", "consent", "gdpr", "newsletter", "subscribe",
            "subscription", "signup", "paywall", "social", "share", "sharing", "sharebar", "comment",
            "comments", "disqus", "discussion", "conversation", "replies", "related", "recommended",
            "recirculation", "trending", "popular", "mostread", "outbrain", "taboola", "popup", "modal",
            "toolbar", "tags", "byline", "author", "bio", "skip", "banner", "teaser", "teasers", "more");

    private static final Pattern NAME_PARTS = Pattern.compile("[^a-z0-9]+|(?<=[a-z])(?=[0-9])");

    /** Meta tags that carry a publication date, in order of trust. */
    private static final List<String> DATE_META = List.of(
            "meta[property=article:published_time]", "meta[name=article:published_time]",
            "meta[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=publishdate]",
            "meta[name=publish-date]", "meta[name=parsely-pub-date]", "meta[name=sailthru.date]",
            "meta[name=dc.date.issued]", "meta[name=DC.date.issued]", "meta[name=dc.date]", "meta[name=date]",
            "meta[property=og:published_time]");

    private static final String TEXT_BLOCKS = "p, h2, h3, h4, h5, h6, blockquote, pre, li";

    private final LocalDate defaultDate;
    private final int maxChars;
    private final LocalDate today;
    private final JsonMapper json = JsonMapper.builder().build();

    public HtmlArticles(LocalDate defaultDate, int maxChars, LocalDate today) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
        }
        this.defaultDate = defaultDate;
        this.maxChars = maxChars;
        this.today = today;
    }

    /**
     * One page.
     *
     * @param bytes   the page as served
     * @param charset the charset the server declared, or {@code null} to read it from the page (BOM, meta)
     * @param url     the address it was fetched from, or "" when unknown (a file)
     */
    public Input fromBytes(byte[] bytes, String charset, String origin, String url) {
        if (bytes.length == 0) {
            return unreadable(Problem.Kind.EMPTY, origin, "empty page");
        }
        if (Utf8.hasNul(bytes, 0, Math.min(bytes.length, 8192))) {
            return unreadable(Problem.Kind.BINARY, origin, "not HTML: the page holds NUL bytes");
        }
        Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(bytes), charset, url);
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            // An unknown declared charset, or bytes the decoder refuses.
            return unreadable(Problem.Kind.MALFORMED_RECORD, origin, "not readable as HTML: " + e.getMessage());
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 65_536), StandardCharsets.ISO_8859_1);
        if (!MARKUP.matcher(head).find()) {
            return unreadable(Problem.Kind.MALFORMED_RECORD, origin, "not HTML: no tag in the first "
                    + Math.min(bytes.length, 65_536) + " bytes");
        }
        return fromDocument(page, origin, url);
    }

    /** One parsed page. */
    public Input fromDocument(Document page, String origin, String fetchedFrom) {
        String language = Languages.code(page.select("html").attr("lang"));
        if (language != null && !language.equals(Languages.ENGLISH)) {
            return unreadable(Problem.Kind.LANGUAGE, origin, "LANGUAGE " + language + ": the page's lang "
                    + "attribute says '" + page.select("html").attr("lang") + "'; sitrep codes English only");
        }
        String title = title(page);
        String url = canonicalUrl(page, fetchedFrom);
        String source = siteName(page, url);
        List<Problem> problems = new ArrayList<>(1);
        LocalDate date = date(page, origin, problems);
        removeBoilerplate(page.body());
        Element main = mainBlock(page.body());
        String body = main == null ? "" : text(main);
        if (body.length() < MIN_BODY_CHARS) {
            return unreadable(Problem.Kind.NO_ARTICLE, origin, "no article on the page: its main text has "
                    + body.length() + " characters, fewer than " + MIN_BODY_CHARS);
        }
        if (body.length() + title.length() > maxChars) {
            return unreadable(Problem.Kind.TOO_LARGE, origin, "article has " + (body.length() + title.length())
                    + " characters, more than the limit of " + maxChars);
        }
        // A page title repeated as the body's first heading would be coded twice.
        if (!title.isEmpty() && body.startsWith(title + "\n")) {
            body = body.substring(title.length()).strip();
        }
        return new Input.Readable(Article.of(title, body, date, source, url, origin), problems);
    }

    /**
     * The text of an HTML fragment, such as a feed entry's content: its paragraphs separated by blank lines,
     * or its whole text when it has no paragraph markup.
     */
    public static String fragmentText(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        body.select(DROPPED_TAGS.replace("header, footer, ", "")).remove();
        String text = text(body);
        return text.isEmpty() ? body.text().strip() : text;
    }

    private static String title(Document page) {
        String og = page.select("meta[property=og:title]").attr("content").strip();
        if (!og.isEmpty()) {
            return og;
        }
        Element h1 = page.selectFirst("article h1, main h1, h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        String title = page.title().strip();
        // "Headline | Site" and "Headline - Site": the site name is not part of the headline.
        for (String separator : List.of(" | ", " – ", " — ", " - ")) {
            int at = title.lastIndexOf(separator);
            if (at > 0) {
                return title.substring(0, at).strip();
            }
        }
        return title;
    }

    private static String canonicalUrl(Document page, String fetchedFrom) {
        for (String query : List.of("link[rel=canonical]", "meta[property=og:url]")) {
            Element element = page.selectFirst(query);
            if (element != null) {
                String value = element.hasAttr("href") ? element.absUrl("href") : element.attr("content");
                if (value.isEmpty()) {
                    value = element.hasAttr("href") ? element.attr("href") : "";
                }
                if (value.startsWith("http://") || value.startsWith("https://")) {
                    return value.strip();
                }
            }
        }
        return fetchedFrom == null ? "" : fetchedFrom;
    }

    private static String siteName(Document page, String url) {
        String site = page.select("meta[property=og:site_name]").attr("content").strip();
        if (!site.isEmpty() || url.isEmpty()) {
            return site;
        }
        try {
            String host = new URI(url).getHost();
            return host == null ? "" : host.startsWith("www.") ? host.substring(4) : host;
        } catch (URISyntaxException e) {
            return "";
        }
    }

    private LocalDate date(Document page, String origin, List<Problem> problems) {
        List<String> candidates = new ArrayList<>();
        for (String query : DATE_META) {
            for (Element meta : page.select(query)) {
                candidates.add(meta.attr("content"));
            }
        }
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                collectDatePublished(json.readTree(script.data()), candidates);
            } catch (IOException e) {
                // Broken JSON-LD is common and costs only this source of a date.
            }
        }
        for (Element time : page.select("time[itemprop=datePublished], time[pubdate], article time[datetime], "
                + "time[datetime]")) {
            candidates.add(time.attr("datetime"));
        }
        String rejected = null;
        for (String candidate : candidates) {
            if (candidate.isBlank()) {
                continue;
            }
            Dates.Result result = Dates.parse(candidate, today);
            if (result instanceof Dates.Parsed parsed) {
                return parsed.date();
            }
            if (rejected == null) {
                rejected = ((Dates.Rejected) result).reason();
            }
        }
        if (rejected != null) {
            problems.add(new Problem(Problem.Kind.BAD_DATE, origin, rejected
                    + "; no other date on the page, the article is coded with the default date"));
        }
        return defaultDate;
    }

    private static void collectDatePublished(JsonNode node, List<String> out) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(child -> collectDatePublished(child, out));
        } else if (node.isObject()) {
            JsonNode date = node.get("datePublished");
            if (date != null && date.isTextual()) {
                out.add(date.asText());
            }
            JsonNode graph = node.get("@graph");
            if (graph != null) {
                collectDatePublished(graph, out);
            }
        }
    }

    private static void removeBoilerplate(Element body) {
        body.select(DROPPED_TAGS).remove();
        body.select(DROPPED_ROLES).remove();
        List<Element> doomed = new ArrayList<>();
        for (Element element : body.getAllElements()) {
            if (element == body || element.nameIs("article") || element.nameIs("main")
                    || "articleBody".equals(element.attr("itemprop"))) {
                continue;
            }
            if (isBoilerplateName(element.className()) || isBoilerplateName(element.id())) {
                // A wrapper named for a sidebar layout may still hold the article: keep it then.
                if (element.selectFirst("article, main, [itemprop=articleBody]") == null) {
                    doomed.add(element);
                }
            }
        }
        for (Element element : doomed) {
            element.remove();
        }
    }

    static boolean isBoilerplateName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (String part : NAME_PARTS.split(name.toLowerCase(Locale.ROOT))) {
            if (BOILERPLATE_WORDS.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /** The element holding the article: marked as such when it holds text, else the densest in text. */
    private static Element mainBlock(Element body) {
        for (String query : List.of("[itemprop=articleBody]", "article", "main")) {
            Elements marked = body.select(query);
            if (marked.size() == 1 && text(marked.first()).length() >= MIN_BODY_CHARS) {
                return marked.first();
            }
        }
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element paragraph : body.select("p, pre, blockquote")) {
            double length = ownTextLength(paragraph);
            if (length < 25) {
                continue;
            }
            Element parent = paragraph.parent();
            if (parent != null) {
                scores.merge(parent, length, Double::sum);
                Element grandparent = parent.parent();
                if (grandparent != null) {
                    scores.merge(grandparent, length / 2, Double::sum);
                }
            }
        }
        // Old layouts write paragraphs as text broken by <br> straight into a cell or div.
        for (Element block : body.select("div, td, section, article, main, font, center")) {
            int own = block.ownText().length();
            if (own >= 100) {
                scores.merge(block, (double) own, Double::sum);
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            if (entry.getValue() > bestScore) {
                best = entry.getKey();
                bestScore = entry.getValue();
            }
        }
        return best;
    }

    /** Characters of an element's text that are not inside links. */
    private static double ownTextLength(Element element) {
        int all = element.text().length();
        int linked = 0;
        for (Element link : element.select("a")) {
            linked += link.text().length();
        }
        return all == 0 || (double) linked / all > MAX_LINK_DENSITY ? 0 : all - linked;
    }

    /** The text blocks of an element, outermost only, that are not mostly links; blank lines between. */
    private static String text(Element root) {
        StringBuilder text = new StringBuilder();
        Elements blocks = root.select(TEXT_BLOCKS);
        int blockChars = 0;
        for (Element block : blocks) {
            blockChars += block.text().length();
        }
        if (root.ownText().length() > blockChars) {
            for (Element br : root.select("br")) {
                br.replaceWith(new TextNode("\n"));
            }
            for (String line : root.wholeText().split("\n")) {
                String paragraph = line.strip().replaceAll("\\s+", " ");
                if (!paragraph.isEmpty()) {
                    text.append(text.isEmpty() ? "" : "\n\n").append(paragraph);
                }
            }
            return text.toString();
        }
        for (Element block : blocks) {
            if (hasBlockAncestor(block, root)) {
                continue;
            }
            String blockText = block.text().strip();
            if (blockText.isEmpty() || ownTextLength(block) == 0) {
                continue;
            }
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append(blockText);
        }
        return text.toString();
    }

    private static boolean hasBlockAncestor(Element block, Element root) {
        for (Element up = block.parent(); up != null && up != root; up = up.parent()) {
            if (up.is(TEXT_BLOCKS)) {
                return true;
            }
        }
        return false;
    }

    private static Input unreadable(Problem.Kind kind, String origin, String message) {
        return new Input.Unreadable(new Problem(kind, origin, message));
    }
}
