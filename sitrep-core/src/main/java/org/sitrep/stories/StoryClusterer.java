package org.sitrep.stories;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.sitrep.stories.internal.Features;
import org.sitrep.stories.internal.Vocabulary;

/**
 * Groups articles into stories, one article at a time.
 *
 * <p>Each article becomes a tf-idf vector of its {@link Features} (sublinear counts, the
 * {@link StoryOptions#maxTerms()} heaviest kept, unit length). It joins the story whose centroid (the sum of
 * its articles' vectors) is most similar by cosine, provided that similarity reaches
 * {@link StoryOptions#joinThreshold()}; otherwise it starts a story. Similarity is lowered for an article far
 * outside the story's dates, unless it reaches {@link StoryOptions#strongThreshold()}: a story told again
 * months later in nearly the same words is still the same story. Beyond its
 * {@link StoryOptions#lifetimeDays() lifetime}, a story also fades with age, which keeps continuous coverage of
 * a topic from growing into one story of years.
 * Candidate stories are found through the article's heaviest features, so the cost of an article does not grow
 * with the number of stories that share none of them.
 *
 * <p>Deterministic: the same articles added in the same order give the same stories and ids. Single-pass
 * clustering depends on order, so {@link #addAll} adds a batch in date order (ties by article id) after
 * counting its document frequencies, which makes a batch's result independent of the order it was given in.
 * Articles added later join existing stories; document frequencies keep growing, so vectors of earlier
 * articles are weighed with the frequencies of their time. Not thread-safe.
 */
public final class StoryClusterer {

    /** Features of an article used to look up candidate stories. */
    private static final int LOOKUP_FEATURES = 12;
    /** Lead sentences of each article kept as summary candidates; news puts the gist first. */
    private static final int LEAD_SENTENCES = 6;

    private final StoryOptions options;
    private final Function<String, Optional<String>> actionNames;
    private final Vocabulary vocabulary = new Vocabulary();
    private final List<StoryState> stories = new ArrayList<>();
    private final Map<String, StoryState> storyOfArticle = new HashMap<>();
    private final Map<Integer, List<StoryState>> storiesByFeature = new HashMap<>();

    /**
     * @param actionNames the description of a CAMEO code, such as {@code Fire missile} for {@code 1951}, used
     *                    in labels of coded stories; may answer empty
     */
    public StoryClusterer(StoryOptions options, Function<String, Optional<String>> actionNames) {
        this.options = Objects.requireNonNull(options, "options");
        this.actionNames = Objects.requireNonNull(actionNames, "actionNames");
    }

    public StoryClusterer(StoryOptions options) {
        this(options, code -> Optional.empty());
    }

    /** Adds one article and returns the id of its story. */
    public String add(StoryInput input) {
        Map<String, Double> features = features(input);
        vocabulary.count(features.keySet());
        return place(input, features).id;
    }

    /**
     * Adds a batch: counts its document frequencies first, then places its articles in date order (undated
     * last, ties by article id).
     *
     * @return article id to story id, for this batch
     */
    public Map<String, String> addAll(Collection<StoryInput> inputs) {
        List<StoryInput> ordered = new ArrayList<>(inputs);
        ordered.sort(Comparator.comparing((StoryInput input) -> input.article().date(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(input -> input.article().id()));
        List<Map<String, Double>> features = new ArrayList<>(ordered.size());
        for (StoryInput input : ordered) {
            Map<String, Double> counts = features(input);
            features.add(counts);
            vocabulary.count(counts.keySet());
        }
        Map<String, String> assigned = new LinkedHashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            assigned.put(ordered.get(i).article().id(), place(ordered.get(i), features.get(i)).id);
        }
        return assigned;
    }

    /** The story an article joined. */
    public Optional<String> storyOf(String articleId) {
        StoryState story = storyOfArticle.get(articleId);
        return story == null ? Optional.empty() : Optional.of(story.id);
    }

    public int storyCount() {
        return stories.size();
    }

    /** Every story with its label and summary, in the order they started. */
    public List<Story> stories() {
        StoryDescriber describer = describer();
        List<Story> result = new ArrayList<>(stories.size());
        for (StoryState story : stories) {
            result.add(describe(describer, story));
        }
        return result;
    }

    public Optional<Story> story(String id) {
        for (StoryState story : stories) {
            if (story.id.equals(id)) {
                return Optional.of(describe(describer(), story));
            }
        }
        return Optional.empty();
    }

    private StoryDescriber describer() {
        Map<String, Integer> storiesWithCode = new HashMap<>();
        for (StoryState story : stories) {
            Set<String> codes = new HashSet<>();
            for (Member member : story.members) {
                codes.addAll(member.eventCodes());
            }
            for (String code : codes) {
                storiesWithCode.merge(code, 1, Integer::sum);
            }
        }
        return new StoryDescriber(vocabulary, options, actionNames, stories.size(), storiesWithCode);
    }

    private Map<String, Double> features(StoryInput input) {
        if (storyOfArticle.containsKey(input.article().id())) {
            throw new IllegalArgumentException("article added twice: " + input.article().id());
        }
        return Features.of(input, options);
    }

    private StoryState place(StoryInput input, Map<String, Double> counts) {
        SparseVector vector = vectorOf(counts, options.maxTerms());
        LocalDate date = input.article().date();
        StoryState best = null;
        double bestSimilarity = 0;
        for (StoryState candidate : candidates(vector)) {
            double cosine = candidate.cosine(vector);
            // A text this close is the same story however long ago it was last told.
            double similarity = (cosine >= options.strongThreshold() ? cosine : cosine * timeFactor(candidate, date))
                    * ageFactor(candidate, date);
            // Ties go to the older story, so the choice does not depend on hash order.
            if (similarity > bestSimilarity || (similarity == bestSimilarity && best != null
                    && candidate.index < best.index)) {
                best = candidate;
                bestSimilarity = similarity;
            }
        }
        if (best == null || bestSimilarity < options.joinThreshold()) {
            best = new StoryState(stories.size(), storyId(input.article().id()));
            stories.add(best);
        }
        for (int feature : vector.ids) {
            if (!best.centroid.containsKey(feature)) {
                storiesByFeature.computeIfAbsent(feature, id -> new ArrayList<>()).add(best);
            }
        }
        best.add(input, vector, leadSentences(input));
        storyOfArticle.put(input.article().id(), best);
        return best;
    }

    private Collection<StoryState> candidates(SparseVector vector) {
        TreeSet<Integer> seen = new TreeSet<>();
        List<StoryState> found = new ArrayList<>();
        for (int feature : vector.heaviest(LOOKUP_FEATURES)) {
            List<StoryState> posting = storiesByFeature.get(feature);
            if (posting == null) {
                continue;
            }
            for (StoryState story : posting) {
                if (seen.add(story.index)) {
                    found.add(story);
                }
            }
        }
        return found;
    }

    /**
     * How much a story's age lowers the similarity of a new article: a story older than its lifetime fades,
     * however similar the article, so that a topic covered week after week (gun laws, health insurance)
     * becomes a run of stories rather than one story of years.
     */
    private double ageFactor(StoryState story, LocalDate date) {
        if (date == null || story.firstSeen == null) {
            return 1;
        }
        long age = Math.abs(ChronoUnit.DAYS.between(story.firstSeen, date));
        return age <= options.lifetimeDays() ? 1
                : Math.pow(0.5, (age - options.lifetimeDays()) / options.ageHalfLifeDays());
    }

    /** How much the gap between an article's date and a story's dates lowers their similarity. */
    private double timeFactor(StoryState story, LocalDate date) {
        if (date == null || story.firstSeen == null) {
            return 1;
        }
        long gap = Math.max(0, Math.max(ChronoUnit.DAYS.between(date, story.firstSeen),
                ChronoUnit.DAYS.between(story.lastSeen, date)));
        if (gap <= options.windowDays()) {
            return 1;
        }
        return Math.pow(0.5, (gap - options.windowDays()) / options.halfLifeDays());
    }

    /** Sublinear tf-idf of the heaviest {@code limit} features, scaled to unit length. */
    private SparseVector vectorOf(Map<String, Double> counts, int limit) {
        List<double[]> weighted = new ArrayList<>(counts.size());
        for (Map.Entry<String, Double> entry : counts.entrySet()) {
            int id = vocabulary.idOf(entry.getKey());
            weighted.add(new double[] {id, (1 + Math.log(entry.getValue())) * vocabulary.idf(id)});
        }
        // Heaviest first, ties by id, so the cut at the limit is the same on every run.
        weighted.sort((a, b) -> a[1] != b[1] ? Double.compare(b[1], a[1]) : Double.compare(a[0], b[0]));
        int size = Math.min(limit, weighted.size());
        int[] ids = new int[size];
        double[] weights = new double[size];
        double norm = 0;
        for (int i = 0; i < size; i++) {
            ids[i] = (int) weighted.get(i)[0];
            weights[i] = weighted.get(i)[1];
            norm += weights[i] * weights[i];
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < size; i++) {
            weights[i] /= norm;
        }
        return new SparseVector(ids, weights);
    }

    private static List<String> leadSentences(StoryInput input) {
        String text = input.article().text();
        List<String> lead = new ArrayList<>();
        for (int i = 0; i < input.sentences().size() && lead.size() < LEAD_SENTENCES; i++) {
            lead.add(input.sentences().get(i).of(text).replaceAll("\\s+", " "));
        }
        return lead;
    }

    private static Story describe(StoryDescriber describer, StoryState story) {
        return describer.describe(story.id, story.articleIds, story.firstSeen, story.lastSeen, story.centroid,
                story.members);
    }

    private static String storyId(String foundingArticleId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(("story|" + foundingArticleId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** A sparse vector, heaviest feature first. */
    static final class SparseVector {
        final int[] ids;
        final double[] weights;

        SparseVector(int[] ids, double[] weights) {
            this.ids = ids;
            this.weights = weights;
        }

        int[] heaviest(int count) {
            return Arrays.copyOf(ids, Math.min(count, ids.length));
        }
    }

    /** What a story keeps of one member article for its label and summary. */
    record Member(String articleId, LocalDate date, String title, List<String> lead, List<String> names,
                  List<String> places, List<String> actorNames, List<String> eventCodes) {
    }

    private static final int MEMBER_NAMES = 12;
    private static final int MEMBER_PLACES = 4;

    /** Keys by falling count, ties in first-seen order. */
    static List<String> mostFrequent(Map<String, Integer> counts, int limit) {
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        List<String> top = new ArrayList<>();
        for (int i = 0; i < entries.size() && i < limit; i++) {
            top.add(entries.get(i).getKey());
        }
        return top;
    }

    private static final class StoryState {
        final int index;
        final String id;
        final List<String> articleIds = new ArrayList<>();
        final List<Member> members = new ArrayList<>();
        final Map<Integer, Double> centroid = new HashMap<>();
        double squaredNorm;
        LocalDate firstSeen;
        LocalDate lastSeen;

        StoryState(int index, String id) {
            this.index = index;
            this.id = id;
        }

        double cosine(SparseVector vector) {
            double dot = 0;
            for (int i = 0; i < vector.ids.length; i++) {
                Double weight = centroid.get(vector.ids[i]);
                if (weight != null) {
                    dot += weight * vector.weights[i];
                }
            }
            return squaredNorm == 0 ? 0 : dot / Math.sqrt(squaredNorm);
        }

        void add(StoryInput input, SparseVector vector, List<String> lead) {
            // |s + x|^2 = |s|^2 + 2 s.x + |x|^2, with |x| = 1.
            double dot = 0;
            for (int i = 0; i < vector.ids.length; i++) {
                double old = centroid.getOrDefault(vector.ids[i], 0.0);
                dot += old * vector.weights[i];
                centroid.put(vector.ids[i], old + vector.weights[i]);
            }
            squaredNorm += 2 * dot + 1;
            articleIds.add(input.article().id());
            LocalDate date = input.article().date();
            if (date != null) {
                firstSeen = firstSeen == null || date.isBefore(firstSeen) ? date : firstSeen;
                lastSeen = lastSeen == null || date.isAfter(lastSeen) ? date : lastSeen;
            }
            Map<String, Integer> nameCounts = new LinkedHashMap<>();
            Map<String, Integer> placeCounts = new LinkedHashMap<>();
            for (Features.Name name : Features.names(input)) {
                nameCounts.merge(name.text(), 1, Integer::sum);
                if (Features.mayBePlace(name)) {
                    placeCounts.merge(name.text(), 1, Integer::sum);
                }
            }
            // Only the names an article repeats most are kept: enough for a label, small for a large store.
            List<String> names = mostFrequent(nameCounts, MEMBER_NAMES);
            List<String> places = mostFrequent(placeCounts, MEMBER_PLACES);
            List<String> actorNames = new ArrayList<>();
            input.actors().stream().filter(actor -> actor.isKnown()).forEach(actor -> actorNames.add(actor.name()));
            members.add(new Member(input.article().id(), date, input.article().title(), lead, names, places,
                    actorNames, input.eventCodes()));
        }
    }
}
