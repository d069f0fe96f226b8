package org.sitrep.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.sitrep.internal.Words;
import org.sitrep.stories.internal.Features;
import org.sitrep.stories.internal.Vocabulary;

/**
 * Labels and summarises one story from what the clusterer kept of its articles. The label's actors are the
 * names (or coded actors) most articles of the story repeat; its action the coded event most typical of it
 * (frequent in the story, rare in others), or failing that the heaviest words that name no actor; its place
 * the name most often met after "in", "near", "at". The summary takes the lead sentences closest to the story's centroid, skipping any that repeat one
 * already taken.
 */
final class StoryDescriber {

    private static final int LABEL_ACTORS = 2;
    private static final int KEY_TERMS = 8;
    private static final int MIN_SUMMARY_WORDS = 8;
    private static final int MAX_SUMMARY_WORDS = 60;
    private static final double MAX_OVERLAP = 0.5;

    private final Vocabulary vocabulary;
    private final StoryOptions options;
    private final Function<String, Optional<String>> actionNames;
    private final int storyCount;
    private final Map<String, Integer> storiesWithCode;

    /**
     * @param storyCount      how many stories there are
     * @param storiesWithCode for each CAMEO code, how many stories have an event with it
     */
    StoryDescriber(Vocabulary vocabulary, StoryOptions options, Function<String, Optional<String>> actionNames,
                   int storyCount, Map<String, Integer> storiesWithCode) {
        this.vocabulary = vocabulary;
        this.options = options;
        this.actionNames = actionNames;
        this.storyCount = storyCount;
        this.storiesWithCode = storiesWithCode;
    }

    Story describe(String id, List<String> articleIds, LocalDate firstSeen, LocalDate lastSeen,
                   Map<Integer, Double> centroid, List<StoryClusterer.Member> members) {
        List<String> keyTerms = keyTerms(centroid);
        String place = top(members, StoryClusterer.Member::places, Set.of(), 1).stream().findFirst().orElse("");
        Set<String> taken = new HashSet<>();
        if (!place.isEmpty()) {
            taken.add(place);
        }
        boolean coded = members.stream().anyMatch(member -> !member.actorNames().isEmpty());
        List<String> actors = coded
                ? top(members, StoryClusterer.Member::actorNames, taken, LABEL_ACTORS)
                : top(members, StoryClusterer.Member::names, taken, LABEL_ACTORS);
        taken.addAll(actors);
        String action = action(members, keyTerms, taken);
        return new Story(id, articleIds, firstSeen, lastSeen, new StoryLabel(actors, action, place), keyTerms,
                summary(centroid, members));
    }

    /** Plain words of the centroid, heaviest first under today's document frequencies. */
    private List<String> keyTerms(Map<Integer, Double> centroid) {
        List<Map.Entry<Integer, Double>> weighted = new ArrayList<>();
        for (Map.Entry<Integer, Double> entry : centroid.entrySet()) {
            if (!vocabulary.name(entry.getKey()).contains(":")) {
                weighted.add(Map.entry(entry.getKey(), entry.getValue() * vocabulary.idf(entry.getKey())));
            }
        }
        weighted.sort(Map.Entry.<Integer, Double>comparingByValue().reversed()
                .thenComparing(entry -> vocabulary.name(entry.getKey())));
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < weighted.size() && i < KEY_TERMS; i++) {
            terms.add(vocabulary.name(weighted.get(i).getKey()));
        }
        return terms;
    }

    /**
     * The values most members name, by how many members name them, then how often in all; a value inside
     * one already chosen or taken ("Korea" beside "North Korea") is passed over.
     */
    private static List<String> top(List<StoryClusterer.Member> members,
                                    Function<StoryClusterer.Member, List<String>> values, Set<String> taken,
                                    int limit) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (StoryClusterer.Member member : members) {
            Set<String> inThisMember = new HashSet<>();
            for (String value : values.apply(member)) {
                int[] count = counts.computeIfAbsent(value, key -> new int[2]);
                count[1]++;
                if (inThisMember.add(value)) {
                    count[0]++;
                }
            }
        }
        List<Map.Entry<String, int[]>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Comparator.<Map.Entry<String, int[]>>comparingInt(entry -> -entry.getValue()[0])
                .thenComparingInt(entry -> -entry.getValue()[1]).thenComparing(Map.Entry::getKey));
        List<String> chosen = new ArrayList<>();
        for (Map.Entry<String, int[]> entry : entries) {
            if (chosen.size() == limit) {
                break;
            }
            String value = entry.getKey();
            if (!overlapsAny(value, chosen) && !overlapsAny(value, taken)) {
                chosen.add(value);
            }
        }
        return chosen;
    }

    private static boolean overlapsAny(String value, Iterable<String> others) {
        String lower = value.toLowerCase(Locale.ROOT);
        for (String other : others) {
            String otherLower = other.toLowerCase(Locale.ROOT);
            if (lower.contains(otherLower) || otherLower.contains(lower)) {
                return true;
            }
        }
        return false;
    }

    private String action(List<StoryClusterer.Member> members, List<String> keyTerms, Set<String> taken) {
        Map<String, Integer> codes = new HashMap<>();
        for (StoryClusterer.Member member : members) {
            for (String code : member.eventCodes()) {
                codes.merge(code, 1, Integer::sum);
            }
        }
        if (!codes.isEmpty()) {
            // Sublinear count times how rare the code is among stories: "make statement" is in nearly every
            // story and names none of them.
            String best = null;
            double bestWeight = -1;
            for (Map.Entry<String, Integer> entry : new TreeMap<>(codes).entrySet()) {
                double rarity = Math.log((1.0 + storyCount) / (1.0 + storiesWithCode.getOrDefault(entry.getKey(), 0)))
                        + 1;
                double weight = (1 + Math.log(entry.getValue())) * rarity;
                if (weight > bestWeight) {
                    best = entry.getKey();
                    bestWeight = weight;
                }
            }
            return actionNames.apply(best).orElse("CAMEO " + best);
        }
        Set<String> nameWords = new HashSet<>();
        for (String name : taken) {
            nameWords.addAll(Words.lowerCase(name));
        }
        List<String> words = new ArrayList<>();
        for (String term : keyTerms) {
            if (!nameWords.contains(term) && words.size() < 2) {
                words.add(term);
            }
        }
        return String.join(" ", words);
    }

    /** The most central lead sentences, in story order. */
    private List<String> summary(Map<Integer, Double> centroid, List<StoryClusterer.Member> members) {
        double centroidNorm = 0;
        for (double weight : centroid.values()) {
            centroidNorm += weight * weight;
        }
        centroidNorm = Math.sqrt(centroidNorm);
        record Candidate(int member, int position, String text, Set<String> words, double score) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int m = 0; m < members.size(); m++) {
            List<String> lead = members.get(m).lead();
            for (int p = 0; p < lead.size(); p++) {
                List<String> words = Words.lowerCase(lead.get(p));
                if (words.size() < MIN_SUMMARY_WORDS || words.size() > MAX_SUMMARY_WORDS) {
                    continue;
                }
                candidates.add(new Candidate(m, p, lead.get(p), new HashSet<>(words),
                        centrality(words, centroid, centroidNorm)));
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparingInt(Candidate::member).thenComparingInt(Candidate::position));
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (chosen.size() == options.summarySentences()) {
                break;
            }
            boolean repeats = chosen.stream()
                    .anyMatch(other -> overlap(other.words(), candidate.words()) > MAX_OVERLAP);
            if (!repeats) {
                chosen.add(candidate);
            }
        }
        chosen.sort(Comparator.comparingInt(Candidate::member).thenComparingInt(Candidate::position));
        return chosen.stream().map(Candidate::text).toList();
    }

    /** Cosine between a sentence's tf-idf vector and the centroid. */
    private double centrality(List<String> words, Map<Integer, Double> centroid, double centroidNorm) {
        Map<String, Integer> counts = new HashMap<>();
        for (String word : words) {
            if (Features.isContentWord(word)) {
                counts.merge(word, 1, Integer::sum);
            }
        }
        double dot = 0;
        double norm = 0;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            int id = vocabulary.find(entry.getKey());
            double weight = (1 + Math.log(entry.getValue())) * (id < 0 ? vocabulary.unseenIdf() : vocabulary.idf(id));
            norm += weight * weight;
            dot += id < 0 ? 0 : weight * centroid.getOrDefault(id, 0.0);
        }
        return norm == 0 || centroidNorm == 0 ? 0 : dot / Math.sqrt(norm) / centroidNorm;
    }

    private static double overlap(Set<String> a, Set<String> b) {
        int shared = 0;
        for (String word : a) {
            if (b.contains(word)) {
                shared++;
            }
        }
        int union = a.size() + b.size() - shared;
        return union == 0 ? 0 : (double) shared / union;
    }
}
