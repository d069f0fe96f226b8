package org.sitrep.ingest.internal;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jsoup.Jsoup;
import org.sitrep.model.Article;
import org.sitrep.model.Problem;
import org.sitrep.pipeline.Input;

/**
 * Turns an RSS or Atom feed into one input per entry, with Rome.
 *
 * <p>The body is the entry's content ({@code content:encoded}, Atom {@code content}) as text; an entry with
 * only a summary ({@code description}, Atom {@code summary}) is coded from it and flagged
 * {@link Problem.Kind#SUMMARY_ONLY}; an entry with neither is {@link Problem.Kind#EMPTY}. The date is the
 * entry's published date, else its updated date, as a UTC day (Rome keeps no offset); an entry with neither
 * (or only an implausible one) takes the default date ({@code --date}), and is skipped as
 * {@link Problem.Kind#NO_DATE} when there is none. The source is the
 * feed's title; a feed whose language is not English gives {@link Problem.Kind#LANGUAGE} for each entry.
 */
public final class FeedArticles {

    private final LocalDate defaultDate;
    private final int maxChars;
    private final LocalDate today;

    public FeedArticles(LocalDate defaultDate, int maxChars, LocalDate today) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
        }
        this.defaultDate = defaultDate;
        this.maxChars = maxChars;
        this.today = today;
    }

    /** The entries of one feed file, or one problem saying why the file holds none. */
    public List<Input> read(byte[] bytes, String origin) {
        if (bytes.length == 0) {
            return List.of(unreadable(Problem.Kind.EMPTY, origin, "empty file"));
        }
        if (Utf8.hasNul(bytes, 0, Math.min(bytes.length, 8192))) {
            return List.of(unreadable(Problem.Kind.BINARY, origin, "not a feed: the file holds NUL bytes"));
        }
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            feed = input.build(new XmlReader(new ByteArrayInputStream(bytes)));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            return List.of(unreadable(Problem.Kind.MALFORMED_RECORD, origin,
                    "not an RSS or Atom feed: " + firstLine(e.getMessage())));
        }
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) {
            return List.of(unreadable(Problem.Kind.EMPTY, origin, "feed has no entries"));
        }
        String language = Languages.code(feed.getLanguage());
        String source = feed.getTitle() == null ? "" : Jsoup.parse(feed.getTitle()).text().strip();
        List<Input> inputs = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            String where = origin + "#" + (i + 1);
            if (language != null && !language.equals(Languages.ENGLISH)) {
                inputs.add(unreadable(Problem.Kind.LANGUAGE, where, "LANGUAGE " + language
                        + ": the feed's language is '" + feed.getLanguage() + "'; sitrep codes English only"));
            } else {
                inputs.add(entry(entries.get(i), source, where));
            }
        }
        return inputs;
    }

    private Input entry(SyndEntry entry, String source, String origin) {
        List<Problem> problems = new ArrayList<>(2);
        StringBuilder content = new StringBuilder();
        for (SyndContent part : entry.getContents()) {
            if (part.getValue() != null) {
                content.append(part.getValue()).append('\n');
            }
        }
        String body = HtmlArticles.fragmentText(content.toString());
        if (body.isEmpty() && entry.getDescription() != null && entry.getDescription().getValue() != null) {
            body = HtmlArticles.fragmentText(entry.getDescription().getValue());
            if (!body.isEmpty()) {
                problems.add(new Problem(Problem.Kind.SUMMARY_ONLY, origin,
                        "the entry has only a summary (" + body.length() + " characters); it is coded from that"));
            }
        }
        String title = entry.getTitle() == null ? "" : Jsoup.parse(entry.getTitle()).text().strip();
        if (body.isEmpty()) {
            return unreadable(Problem.Kind.EMPTY, origin, "feed entry '" + title
                    + "' has neither content nor a summary");
        }
        int length = title.length() + body.length();
        if (length > maxChars) {
            return unreadable(Problem.Kind.TOO_LARGE, origin,
                    "entry has " + length + " characters, more than the limit of " + maxChars);
        }
        Date published = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        LocalDate date = defaultDate;
        if (published != null) {
            LocalDate day = published.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
            if (day.getYear() < Dates.EARLIEST_YEAR || day.isAfter(today.plusYears(1))) {
                if (defaultDate == null) {
                    return unreadable(Problem.Kind.NO_DATE, origin, "feed entry '" + title + "' has only an "
                            + "implausible date (" + day + ") and no default date was given (--date)");
                }
                problems.add(new Problem(Problem.Kind.BAD_DATE, origin, "entry date " + day
                        + " is implausible; the default date " + defaultDate + " is used"));
            } else {
                date = day;
            }
        } else if (defaultDate == null) {
            // A feed is a stream of dated reports; an undated one would sit outside every time window.
            return unreadable(Problem.Kind.NO_DATE, origin, "feed entry '" + title
                    + "' has no published or updated date and no default date was given (--date)");
        }
        String url = entry.getLink() != null ? entry.getLink().strip() : "";
        if (url.isEmpty() && entry.getUri() != null && entry.getUri().startsWith("http")) {
            url = entry.getUri().strip();
        }
        return new Input.Readable(Article.of(title, body, date, source, url, origin), problems);
    }

    private static Input unreadable(Problem.Kind kind, String origin, String message) {
        return new Input.Unreadable(new Problem(kind, origin, message));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
