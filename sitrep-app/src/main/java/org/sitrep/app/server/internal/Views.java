package org.sitrep.app.server.internal;

import java.util.List;
import java.util.Map;

/**
 * The JSON shapes of the API, as records Jackson writes field by field. Spans are UTF-16 offsets into
 * {@code sentenceText}, so a page can highlight them without the article.
 */
public final class Views {

    private Views() {
    }

    /** A list page: {@code total} items match, {@code items} are those from {@code offset}. */
    public record Listing<T>(long total, int offset, int limit, List<T> items, String note) {
    }

    public record ActorRef(String code, String name, String entry, String country) {
    }

    public record SpanText(int begin, int end, String text) {
    }

    public record ArticleRef(String id, String title, String source, String url, String date) {
    }

    /** Where an event happened and how that was chosen ({@code basis}, such as {@code same_clause}), if known. */
    public record PlaceRef(String name, String country, Double latitude, Double longitude, String basis) {
    }

    /**
     * When an event happened as the text gives it: the day, how precise it is ({@code day}, {@code month},
     * {@code year}), how it was chosen ({@code same_clause}, {@code publication_date}...) and the words.
     */
    public record DateRef(String date, String precision, String basis, String expression) {
    }

    public record EventView(String id, String date, ActorRef source, ActorRef target, String cameoCode,
                            String description, String rootCode, double goldstein, int quadClass, String rule,
                            String ruleDefinition, int sentence, String sentenceText, SpanText evidence,
                            SpanText trigger, SpanText sourceSpan, SpanText targetSpan, ArticleRef article,
                            PlaceRef place, DateRef eventDate) {
    }

    /**
     * One real event, merged from the reports of it: how many reports ({@code numMentions}, republished copies
     * included), publishers and articles gave it, and those reports, first first. {@code reports} may hold fewer
     * than {@code numMentions} in a list; the event's own address gives them all.
     *
     * @param evidence the words of the report that founded it
     */
    public record MergedEventView(String id, String firstSeen, String lastSeen, ActorRef source, ActorRef target,
                                  String cameoCode, String description, String rootCode, double goldstein,
                                  int quadClass, String place, int numMentions, int numSources, int numArticles,
                                  String foundingEventId, String evidence, List<ReportRef> reports) {

        MergedEventView withReports(List<ReportRef> given) {
            return new MergedEventView(id, firstSeen, lastSeen, source, target, cameoCode, description, rootCode,
                    goldstein, quadClass, place, numMentions, numSources, numArticles, foundingEventId, evidence,
                    List.copyOf(given));
        }
    }

    /**
     * A report of a merged event: the coded event, its article and publisher; a republished copy names the
     * article it copies in {@code republishedFrom} and shares that article's coded event.
     */
    public record ReportRef(String eventId, String articleId, String date, String publisher, String url, String title,
                            int sentence, String republishedFrom) {
    }

    public record ActorView(String code, String name, long events, long asSource, long asTarget,
                            double meanGoldstein) {
    }

    /**
     * A story: articles about one thing, as {@code sitrep stories} groups them, with the events they gave.
     *
     * @param actors   the actors of its label, {@code "; "}-separated as stored
     * @param keyTerms its key terms, space-separated as stored
     */
    public record StoryView(String id, String label, String firstSeen, String lastSeen, int articleCount,
                            String actors, String action, String place, String keyTerms, List<String> summary,
                            long events, List<StoryArticle> articles) {

        StoryView with(long eventCount, List<StoryArticle> given) {
            return new StoryView(id, label, firstSeen, lastSeen, articleCount, actors, action, place, keyTerms,
                    summary, eventCount, List.copyOf(given));
        }
    }

    /** An article of a story and how many events sitrep coded from it (a republished copy has none). */
    public record StoryArticle(String id, String title, String source, String date, String url, long events) {
    }

    /** A publisher as articles name it, with its events and articles among those matching. */
    public record PublisherView(String name, long events, long articles) {
    }

    public record NetworkNode(String code, String name, long events) {
    }

    /** An undirected pair: counts both ways, split into cooperation (QuadClass 1-2) and conflict (3-4). */
    public record NetworkEdge(String a, String b, long events, long cooperation, long conflict, long aToB,
                              long bToA, double meanGoldstein) {
    }

    /** {@code note} says what a country-level network leaves out, or is {@code null}. */
    public record Network(String level, long totalEdges, int offset, int limit, List<NetworkNode> nodes,
                          List<NetworkEdge> edges, String note) {
    }

    /** One period of a series; {@code quadClasses} counts QuadClass 1 to 4 in order. */
    public record Period(String start, long events, Double meanGoldstein, List<Long> quadClasses) {
    }

    /**
     * @param focus  where most of the series lies, to show first
     * @param coarse events dated only to a period coarser than the interval, one entry per such period
     */
    public record Timeline(String interval, long totalPeriods, int offset, int limit, long undated,
                           List<Period> periods, Focus focus, List<CoarsePeriod> coarse) {
    }

    /** The first and last period of the shortest run holding most of the series: {@code events} of {@code of}. */
    public record Focus(String from, String to, long events, long of) {
    }

    /** Events the text dates only to a week, month or year ({@code precision}), grouped by that period. */
    public record CoarsePeriod(String precision, Period period) {
    }

    public record DyadPeriod(String start, long events, Double meanGoldstein, long aToB, long bToA,
                             long cooperation, long conflict) {
    }

    public record Dyad(String a, String b, boolean directed, String interval, long totalPeriods, int offset,
                       int limit, List<DyadPeriod> periods) {
    }

    /** A point on the map: a geocoded place, or a country's centroid when the store has no places. */
    public record MapPoint(String name, String country, Double latitude, Double longitude, long events,
                           List<Long> quadClasses, double meanGoldstein) {
    }

    /**
     * @param basis {@code place} when events carry locations, {@code source-country} when points are the
     *              source actors' countries, to be placed by the page at the country's centre
     */
    public record MapPoints(String basis, long total, int offset, int limit, List<MapPoint> points,
                            String note) {
    }

    public record Rows(String table, boolean present, long total, int offset, int limit, List<String> columns,
                       List<Map<String, Object>> items, String note) {
    }

    /** {@code mergedEvents} counts real events after merging; 0 when the store has none merged. */
    public record Summary(long articles, long events, long mergedEvents, long mentions, long problems,
                          String firstDate, String lastDate, Map<String, Boolean> features) {
    }

    public record Problem(String kind, String message) {
    }

    public record MentionView(int sentence, int begin, int end, String text, ActorRef actor) {
    }

    /** An actor as a pasted article names it: every mention of one code (or one unknown name). */
    public record CodedActor(String code, String name, String entry, int mentions, List<String> texts) {
    }

    public record Coded(String title, String date, int sentences, int tokens, List<EventView> events,
                        List<CodedActor> actors, List<MentionView> mentions, Listing<Map<String, Object>> places,
                        Listing<Map<String, Object>> quotes, List<Problem> problems, long millis) {
    }

    public record ErrorBody(int status, String error) {
    }
}
