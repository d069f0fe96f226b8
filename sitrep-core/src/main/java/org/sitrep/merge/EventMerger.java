package org.sitrep.merge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.sitrep.model.Actor;
import org.sitrep.model.Article;
import org.sitrep.model.CodedArticle;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Place;

/**
 * Merges coded events into real events, incrementally, following {@link MergeRules}.
 *
 * <p>Each coded event joins the compatible merged event that fits it best (the same codes rather than
 * coreferent ones, then the nearest date, then the older event) or starts a new one, whose id derives from
 * that coded event's id. A republished copy of an article ({@link #addRepublished}) adds one mention to each
 * merged event its original reports, whatever the dates, and creates no event.
 *
 * <p>Deterministic: the same articles in the same order give the same events and ids. {@link #addAll} sorts a
 * batch by date (undated last), then article id, so a batch gives the same result in any order. What remains
 * order-dependent: articles added in later calls that are dated before earlier ones can find events whose
 * window has already been fixed by later reports, and which coreferent chain an event takes ({@code SYR}
 * joined by {@code SYRMIL} or by {@code SYRGOV}) follows the order reports arrive in. Not thread-safe.
 */
public final class EventMerger {

    private static final long UNDATED = Long.MIN_VALUE;

    private final MergeRules rules;
    private final List<State> events = new ArrayList<>();
    private final Map<String, State> byId = new HashMap<>();
    /** Root and source country to merged events by the epoch day of their earliest event day. */
    private final Map<String, TreeMap<Long, List<State>>> buckets = new HashMap<>();
    private final Set<String> codedEventIds = new HashSet<>();
    /** Article id to its own (not republished) mentions, for copies of it that arrive later. */
    private final Map<String, List<Reported>> reportsByArticle = new HashMap<>();

    public EventMerger(MergeRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /**
     * Merges the events of one article.
     *
     * @return ids of the merged events it created or joined, in the order of its events, each once
     */
    public List<String> add(CodedArticle coded) {
        Objects.requireNonNull(coded, "coded");
        String text = coded.article().text();
        List<String> evidence = new ArrayList<>(coded.events().size());
        for (Event event : coded.events()) {
            evidence.add(event.evidence().of(text));
        }
        return add(coded.article(), coded.events(), evidence);
    }

    /**
     * Merges the events of one article read back from a store, where the article's text may not be at hand.
     *
     * @param evidenceTexts the text of each event's evidence span, in the order of {@code events}; used to find
     *                      the event again in republished copies, may be empty strings
     * @return ids of the merged events it created or joined, in the order of its events, each once
     */
    public List<String> add(Article article, List<Event> events, List<String> evidenceTexts) {
        Objects.requireNonNull(article, "article");
        if (events.size() != evidenceTexts.size()) {
            throw new IllegalArgumentException(events.size() + " events but " + evidenceTexts.size()
                    + " evidence texts");
        }
        if (reportsByArticle.containsKey(article.id())) {
            throw new IllegalArgumentException("article merged twice: " + article.id());
        }
        List<Reported> reports = new ArrayList<>();
        reportsByArticle.put(article.id(), reports);
        Set<String> touched = new LinkedHashSet<>();
        for (int i = 0; i < events.size(); i++) {
            Event event = events.get(i);
            if (!event.articleId().equals(article.id())) {
                throw new IllegalArgumentException("event " + event.id() + " belongs to article "
                        + event.articleId() + ", not " + article.id());
            }
            // A coder can give the same event twice (two rules, one reading): it is one report.
            if (!codedEventIds.add(event.id())) {
                continue;
            }
            Place place = event.location() == null ? null : event.location().place();
            LocalDate day = eventDay(article, event);
            State state = bestMatch(event, place, day, article.id())
                    .orElseGet(() -> create(event, day));
            EventMention mention = new EventMention(state.id, event.id(), article.id(), article.date(),
                    article.source(), article.url(), event.sentence(), event.sourceSpan().begin(),
                    event.targetSpan() == null ? -1 : event.targetSpan().begin(), event.trigger().begin(),
                    event.cameoCode(), "");
            state.add(event, place, day, mention, sourceKey(article));
            reindex(state);
            reports.add(new Reported(state, mention, event, evidenceTexts.get(i)));
            touched.add(state.id);
        }
        return List.copyOf(touched);
    }

    /**
     * Merges a batch in date order (undated last), then article id, whatever order it came in.
     *
     * @return ids of the merged events created or joined, each once, in the order first touched
     */
    public List<String> addAll(Collection<CodedArticle> batch) {
        List<CodedArticle> ordered = new ArrayList<>(batch);
        ordered.sort(Comparator.comparing((CodedArticle coded) -> coded.article().date(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(coded -> coded.article().id()));
        Set<String> touched = new LinkedHashSet<>();
        for (CodedArticle coded : ordered) {
            touched.addAll(add(coded));
        }
        return List.copyOf(touched);
    }

    /**
     * Counts a republished copy: one more mention for every event its original reported, found in the copy's
     * text where the copy kept the sentence (offsets -1 where it did not).
     *
     * @return ids of the merged events it adds to
     * @throws IllegalArgumentException if the original was never merged
     */
    public List<String> addRepublished(Article copy, String originalArticleId) {
        Objects.requireNonNull(copy, "copy");
        List<Reported> original = reportsByArticle.get(originalArticleId);
        if (original == null) {
            throw new IllegalArgumentException("original article was never merged: " + originalArticleId);
        }
        if (reportsByArticle.containsKey(copy.id())) {
            throw new IllegalArgumentException("article merged twice: " + copy.id());
        }
        reportsByArticle.put(copy.id(), List.of());
        String text = copy.text();
        Set<String> touched = new LinkedHashSet<>();
        for (Reported report : original) {
            int found = report.evidenceText().isEmpty() ? -1 : text.indexOf(report.evidenceText());
            int shift = found - report.event().evidence().begin();
            EventMention source = report.mention();
            EventMention mention = new EventMention(report.state().id, source.codedEventId(), copy.id(),
                    copy.date(), copy.source(), copy.url(), source.sentence(),
                    shifted(source.actor1Offset(), found, shift), shifted(source.actor2Offset(), found, shift),
                    shifted(source.actionOffset(), found, shift), source.cameoCode(), originalArticleId);
            report.state().addCopy(mention, sourceKey(copy));
            reindex(report.state());
            touched.add(report.state().id);
        }
        return List.copyOf(touched);
    }

    private static int shifted(int offset, int found, int shift) {
        return offset < 0 || found < 0 ? -1 : offset + shift;
    }

    /** All merged events, in the order they were created. */
    public List<MergedEvent> events() {
        List<MergedEvent> result = new ArrayList<>(events.size());
        for (State state : events) {
            result.add(state.snapshot());
        }
        return result;
    }

    public Optional<MergedEvent> event(String id) {
        State state = byId.get(id);
        return state == null ? Optional.empty() : Optional.of(state.snapshot());
    }

    public int eventCount() {
        return events.size();
    }

    /** Distinct coded events merged so far, republished copies not counted. */
    public int codedEventCount() {
        return codedEventIds.size();
    }

    /**
     * The day the event happened when the text fixes it to the day, else the day it was reported: the day
     * the window of {@link MergeRules} bounds; {@code null} for an undated report.
     */
    public static LocalDate eventDay(Article article, Event event) {
        EventDate date = event.date();
        if (date != null && date.precision() == EventDate.Precision.DAY) {
            return date.date();
        }
        return article.date();
    }

    private Optional<State> bestMatch(Event event, Place place, LocalDate date, String articleId) {
        TreeMap<Long, List<State>> bucket = buckets.get(bucketKey(event));
        if (bucket == null) {
            return Optional.empty();
        }
        Map<Long, List<State>> window = date == null
                ? bucket.subMap(UNDATED, true, UNDATED, true)
                : bucket.subMap(date.toEpochDay() - rules.windowDays(), true,
                        date.toEpochDay() + rules.windowDays(), true);
        State best = null;
        boolean bestExact = false;
        long bestDistance = 0;
        for (List<State> states : window.values()) {
            for (State state : states) {
                if (!state.accepts(event, place, date, articleId, rules.windowDays())) {
                    continue;
                }
                // Exact codes first, then the nearer date, then the older event.
                boolean exact = state.hasExactly(event);
                long distance = date == null ? 0 : Math.min(Math.abs(ChronoUnit.DAYS.between(state.dayFirst, date)),
                        Math.abs(ChronoUnit.DAYS.between(state.dayLast, date)));
                boolean better = best == null
                        || (exact != bestExact ? exact
                        : distance != bestDistance ? distance < bestDistance : state.index < best.index);
                if (better) {
                    best = state;
                    bestExact = exact;
                    bestDistance = distance;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private State create(Event event, LocalDate date) {
        State state = new State(events.size(), mergedId(event.id()), event.id(), event.rootCode(), date);
        events.add(state);
        byId.put(state.id, state);
        state.bucketKey = bucketKey(event);
        return state;
    }

    /** Files a state under the epoch day of its earliest event day, moving it when that day changed. */
    private void reindex(State state) {
        long key = state.dayFirst == null ? UNDATED : state.dayFirst.toEpochDay();
        if (state.indexedUnder != null && state.indexedUnder == key) {
            return;
        }
        TreeMap<Long, List<State>> bucket = buckets.computeIfAbsent(state.bucketKey, k -> new TreeMap<>());
        if (state.indexedUnder != null) {
            List<State> old = bucket.get(state.indexedUnder);
            old.remove(state);
            if (old.isEmpty()) {
                bucket.remove(state.indexedUnder);
            }
        }
        bucket.computeIfAbsent(key, k -> new ArrayList<>()).add(state);
        state.indexedUnder = key;
    }

    /**
     * The merge key of a coded event: its CAMEO root and its source's country part (coreferent codes share
     * their first three letters; an actor without a country gives its {@linkplain #actorKey key}). Events of
     * different keys never meet in one merged event, nor change each other's merging, so a store can merge new
     * reports again under their keys alone, and a distributed merge can key its stream by this, and get what
     * a full rebuild gives.
     */
    public static String mergeKey(Event event) {
        Objects.requireNonNull(event, "event");
        return bucketKey(event);
    }

    private static String bucketKey(Event event) {
        Actor source = event.source();
        return event.rootCode() + "|" + (source.isKnown() ? source.country() : actorKey(source));
    }

    /**
     * A known actor's code; for an unknown actor {@code ~} and its lower-cased name; for an actor coded only
     * by its role, with no country ("the president", "police": {@code GOV}, {@code COP}), the code, {@code ~}
     * and the name, since the code alone would make every president one actor.
     */
    static String actorKey(Actor actor) {
        String name = actor.name().strip().toLowerCase(Locale.ROOT);
        if (!actor.isKnown()) {
            return "~" + name;
        }
        return isRoleOnly(actor) ? actor.code() + "~" + name : actor.code();
    }

    /** Whether every dictionary entry behind the actor is an agent (a role), none a country or a person. */
    static boolean isRoleOnly(Actor actor) {
        if (actor.entry().isEmpty()) {
            return false;
        }
        for (String part : actor.entry().split("\\+")) {
            if (!part.startsWith("agent:")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Codes are coreferent when one refines the other; unknown and role-only actors only when their keys are
     * equal.
     */
    static boolean coreferent(String a, String b) {
        if (a.contains("~") || b.contains("~")) {
            return a.equals(b);
        }
        return a.startsWith(b) || b.startsWith(a);
    }

    /** Towns this close are one place in two reports (a city and its suburb, two spellings' coordinates). */
    static final double SAME_PLACE_KM = 25;

    /**
     * Whether two reports' places can be one event's: either unknown, the same feature, one inside the other
     * (a town and its country, or its first-level region), or two towns or localities within
     * {@value #SAME_PLACE_KM} km.
     */
    static boolean placesFit(Place a, Place b) {
        if (a == null || b == null || a.featureId().equals(b.featureId())) {
            return true;
        }
        if (!a.countryCode().equals(b.countryCode())) {
            return false;
        }
        Place wider = b.kind().narrowerThan(a.kind()) ? a : b;
        Place narrower = wider == a ? b : a;
        if (wider.kind() == Place.Kind.COUNTRY) {
            return true;
        }
        if (wider.kind() == Place.Kind.ADMIN1 || wider.kind() == Place.Kind.ADMIN2) {
            return narrower.kind() != wider.kind() && !wider.admin1Code().isEmpty()
                    && wider.admin1Code().equals(narrower.admin1Code());
        }
        return a.distanceKm(b) <= SAME_PLACE_KM;
    }

    /** The publisher an article counts as for NumSources: its source name, else its address's host. */
    private static String sourceKey(Article article) {
        if (!article.source().isBlank()) {
            return article.source().strip().toLowerCase(Locale.ROOT);
        }
        String url = article.url();
        int start = url.indexOf("://");
        start = start < 0 ? 0 : start + 3;
        int end = url.indexOf('/', start);
        return url.substring(start, end < 0 ? url.length() : end).toLowerCase(Locale.ROOT);
    }

    /** The id a merged event founded by this coded event gets when no older id is handed down to it. */
    public static String mergedId(String codedEventId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(("merged|" + codedEventId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** An article's own report, kept so republished copies of the article can repeat it. */
    private record Reported(State state, EventMention mention, Event event, String evidenceText) {
    }

    private static final class State {
        final int index;
        final String id;
        final String foundingEventId;
        final String root;
        String bucketKey;
        Long indexedUnder;
        /** Report dates, for first and last seen. */
        LocalDate firstSeen;
        LocalDate lastSeen;
        /** Event days, which the window bounds. */
        LocalDate dayFirst;
        LocalDate dayLast;
        final Set<String> sourceKeys = new LinkedHashSet<>();
        /** Target keys; the empty string stands for a report without target. */
        final Set<String> targetKeys = new LinkedHashSet<>();
        final Map<String, Actor> actors = new HashMap<>();
        final Map<String, Integer> codeCounts = new LinkedHashMap<>();
        final Map<String, double[]> codeScores = new HashMap<>();
        /** The narrowest place any report gave, or {@code null}. */
        Place place;
        final List<EventMention> mentions = new ArrayList<>();
        final Set<String> articles = new HashSet<>();
        final Set<String> publishers = new HashSet<>();

        State(int index, String id, String foundingEventId, String root, LocalDate day) {
            this.index = index;
            this.id = id;
            this.foundingEventId = foundingEventId;
            this.root = root;
            this.dayFirst = day;
            this.dayLast = day;
        }

        boolean accepts(Event event, Place newPlace, LocalDate date, String articleId, int windowDays) {
            if (!event.rootCode().equals(root)) {
                return false;
            }
            if ((date == null) != (dayFirst == null)) {
                return false;
            }
            // Without a date nothing says two articles tell of the same day: undated reports stay in their article.
            if (date == null && !(articles.size() == 1 && articles.contains(articleId))) {
                return false;
            }
            if (date != null && (ChronoUnit.DAYS.between(date, dayLast) > windowDays
                    || ChronoUnit.DAYS.between(dayFirst, date) > windowDays)) {
                return false;
            }
            if (!placesFit(place, newPlace)) {
                return false;
            }
            String source = actorKey(event.source());
            for (String key : sourceKeys) {
                if (!coreferent(key, source)) {
                    return false;
                }
            }
            if (event.target() != null) {
                String target = actorKey(event.target());
                for (String key : targetKeys) {
                    if (!key.isEmpty() && !coreferent(key, target)) {
                        return false;
                    }
                }
            }
            return true;
        }

        boolean hasExactly(Event event) {
            return sourceKeys.contains(actorKey(event.source()))
                    && targetKeys.contains(event.target() == null ? "" : actorKey(event.target()));
        }

        void add(Event event, Place newPlace, LocalDate day, EventMention mention, String publisher) {
            if (day != null) {
                dayFirst = dayFirst == null || day.isBefore(dayFirst) ? day : dayFirst;
                dayLast = dayLast == null || day.isAfter(dayLast) ? day : dayLast;
            }
            String source = actorKey(event.source());
            sourceKeys.add(source);
            actors.putIfAbsent(source, event.source());
            String target = event.target() == null ? "" : actorKey(event.target());
            targetKeys.add(target);
            if (event.target() != null) {
                actors.putIfAbsent(target, event.target());
            }
            codeCounts.merge(event.cameoCode(), 1, Integer::sum);
            codeScores.putIfAbsent(event.cameoCode(), new double[] {event.goldstein(), event.quadClass()});
            if (newPlace != null && (place == null || newPlace.kind().narrowerThan(place.kind()))) {
                place = newPlace;
            }
            record(mention, publisher);
        }

        void addCopy(EventMention mention, String publisher) {
            record(mention, publisher);
        }

        private void record(EventMention mention, String publisher) {
            mentions.add(mention);
            articles.add(mention.articleId());
            publishers.add(publisher);
            LocalDate date = mention.date();
            if (date != null) {
                firstSeen = firstSeen == null || date.isBefore(firstSeen) ? date : firstSeen;
                lastSeen = lastSeen == null || date.isAfter(lastSeen) ? date : lastSeen;
            }
        }

        MergedEvent snapshot() {
            String code = codeCounts.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue()
                            .thenComparing(entry -> entry.getKey().length())
                            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .orElseThrow().getKey();
            double[] scores = codeScores.get(code);
            return new MergedEvent(id, foundingEventId, actors.get(mostSpecific(sourceKeys)),
                    targetKeys.stream().anyMatch(key -> !key.isEmpty())
                            ? actors.get(mostSpecific(targetKeys)) : null,
                    code, scores[0], (int) scores[1], place, firstSeen, lastSeen, mentions.size(),
                    publishers.size(), articles.size(), mentions);
        }

        /** The longest key: all keys of one event lie on one chain, so it refines every other. */
        private static String mostSpecific(Set<String> keys) {
            String best = "";
            for (String key : keys) {
                if (key.length() > best.length()) {
                    best = key;
                }
            }
            return best;
        }
    }
}
