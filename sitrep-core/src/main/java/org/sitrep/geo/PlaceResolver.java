package org.sitrep.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.internal.DependencyTree;
import org.sitrep.model.Dependency;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Finds the place names of an article and decides which place each one means.
 *
 * <p>A name is a run of capitalised tokens (or one opened by "eastern", "al-" and the like) that the
 * {@link Gazetteer} knows, longest first. Not place names: demonyms ("Syrian"), months and weekdays, a word the
 * article also writes in lower case ("Police", "police"), acronyms, part of a longer proper name ("Ali" in "Ali
 * Mayhoub"), the surname of someone the article names in full ("Foley" after "James Foley"), institutions
 * ("White House", "Kremlin") and tokens of a person or organisation the actor resolver found.
 *
 * <p>Among the places a name may mean, the choice weighs how well the name matched, what sort of place it is
 * (countries before capitals before seats before villages), population, how widely it is known (GeoNames'
 * count of its names in other languages), and the article's context: where it is (the countries it names as
 * places, the places already resolved, nearby or in the same region) and, more weakly, who acts in it (its
 * actors' countries from the mentions' codes, its demonyms). A name whose best place scores too low stays
 * unresolved; see {@link #score}.
 *
 * <p>A capital or country standing for its government ("Damascus said", "Israel's threats") is resolved but
 * marked as {@link PlaceMention#actorUse() actor use}, so it is never taken as where something happened.
 * Thread-safe.
 */
public final class PlaceResolver {

    static final int MAX_TOKENS = 7;
    /** The least score a place needs; see {@link #score}. */
    static final double THRESHOLD = 5.5;
    static final double NEARBY_KM = 60;
    /** Countries whose towns English news names by their own (primary) names. */
    private static final Set<String> ENGLISH_SPEAKING = Set.of("US", "GB", "CA", "AU", "NZ", "IE");
    /** Towns with this many alternate names in GeoNames count as widely known. */
    static final int KNOWN_NAMES = 40;

    private static final Set<String> OPENING_WORDS = Set.of("eastern", "western", "northern", "southern", "east",
            "west", "north", "south", "central", "al", "el", "occupied", "rural", "upper", "lower", "greater", "old");
    /** Lower-case words that may end a place name: "Yarmouk refugee camp", "Idlib province". */
    private static final Set<String> GENERIC_ENDINGS = Set.of("camp", "province", "governorate", "district",
            "region", "city", "valley", "crossing", "countryside", "oblast", "state", "airbase", "base", "airport",
            "plant", "dam", "compound", "hospital", "mountains", "heights", "strip", "bank", "corridor", "field");
    private static final Set<String> MONTHS_AND_DAYS = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec");
    /** Words that name towns somewhere but in English news are almost always something else. */
    private static final Set<String> NOT_PLACES = Set.of("police", "reading", "mobile", "nice", "bath", "split",
            "most", "sale", "deal", "hope", "union", "independence", "liberty", "victory", "progress", "justice",
            "unity", "freedom", "republic", "commerce", "energy", "power", "center", "centre", "mission", "enterprise",
            "paradise", "friendship", "concord", "harmony", "summit", "of", "best", "man", "gap", "orange", "normal",
            "university", "college", "parliament", "congress", "senate", "government", "army", "state", "city",
            "capital", "news", "times", "post", "islam", "god", "allah", "media", "council", "opposition", "house",
            "white", "church", "temple", "mosque", "market", "island", "lake", "river", "valley", "mount",
            "democrat", "republican", "labour", "labor", "conservative", "liberal", "social", "national", "general",
            "president", "minister", "prime", "secretary", "foreign", "defense", "defence", "interior", "ministry",
            "security", "military", "islamic", "arab", "western", "eastern", "northern", "southern", "central",
            "middle", "east", "west", "north", "south", "internet", "twitter", "facebook", "google", "apple",
            "amazon", "trump", "obama", "biden", "clinton", "bush", "putin", "assad", "kurds", "christians",
            "sunni", "shia", "shiite", "alawite", "druze", "hezbollah", "hamas", "taliban", "isis", "isil",
            "daesh", "nusra", "tv", "radio", "agency", "reuters", "associated", "press", "sunday", "today",
            "christmas", "easter", "ramadan", "eid", "new", "old", "great", "little", "big", "saint", "san", "santa",
            // Closed-class words capitalised at a sentence start.
            "but", "we", "they", "he", "she", "it", "there", "here", "this", "that", "these", "those", "none",
            "another", "when", "where", "what", "who", "why", "how", "if", "so", "yet", "and", "or", "not", "no",
            "yes", "all", "any", "some", "many", "much", "more", "each", "every", "both", "either", "neither",
            "one", "share", "despite", "however", "instead", "initially", "meanwhile", "also", "still", "even",
            // Regions without a gazetteer place of their own, whose names small towns also bear.
            "africa", "asia", "europe", "gulf", "atlantic", "pacific", "levant", "mideast", "arctic", "caribbean",
            "balkans", "caucasus", "sahel", "maghreb", "mediterranean", "siberia", "nato",
            // Languages, faiths and scriptures.
            "english", "arabic", "hebrew", "farsi", "persian", "christian", "jewish", "muslim", "quran", "koran",
            "bible", "torah", "shariah", "sharia", "salafi", "sufi",
            // News outlets, brands and weapons.
            "fox", "hill", "cnn", "bbc", "harvard", "yale", "tomahawk", "predator", "hellfire", "patriot",
            "boeing", "telegram", "slate", "politico", "embassy", "consulate", "story", "report", "guardian",
            "marines", "marine", "bureau", "law", "four", "axis", "send", "wall", "jesus", "christ",
            // Capitalised common words and first names that GeoNames also has as towns.
            "front", "street", "never", "war", "date", "day", "nancy", "warren", "roe", "wade", "kim",
            "court", "earth", "academy", "bridge", "camp", "time", "real", "research", "federal", "federation",
            "economy", "prosperity", "okay", "plus", "over", "pink", "sisters", "tree", "diamond", "eagle",
            "clemency", "as", "gallup", "quinnipiac",
            // Units, alliances and titles of war news ("the 5th Fleet", "the Alliance", "Sheikh"), some of which
            // match a town only loosely.
            "fleet", "wing", "force", "alliance", "battalion", "sheikh", "border", "hospital");
    /** Last words of the names of seas and oceans, which some regions and hamlets also bear. */
    private static final Set<String> WATERS = Set.of("Sea", "Ocean");
    /** Words after a name that make it a region: "Red Sea governorate". */
    private static final Set<String> REGION_WORDS = Set.of("governorate", "state", "province", "region");
    /** Places that stand for institutions in news: "the White House said" is never White House, Tennessee. */
    private static final Set<String> INSTITUTIONS = Set.of("white house", "pentagon", "kremlin", "capitol hill",
            "downing street", "state department", "elysee", "elysee palace", "foggy bottom", "wall street",
            "knesset", "whitehall", "westminster", "quai d orsay", "number 10", "vatican");
    /**
     * Seats of government named after their building or street, and the GeoNames id of the town they stand in:
     * where such a name is a place, not the government speaking, it is that town.
     */
    private static final Map<String, Long> INSTITUTION_SEATS = Map.of("white house", 4140963L,
            "oval office", 4140963L, "capitol hill", 4140963L, "kremlin", 524901L, "downing street", 2643743L,
            "number 10", 2643743L, "whitehall", 2643743L, "elysee", 2988507L, "elysee palace", 2988507L,
            "knesset", 281184L);
    /** Words of facility and institution names: "Naval Air Station Pensacola" names no Mr Pensacola. */
    private static final Set<String> INSTITUTION_WORDS = Set.of("station", "air", "naval", "base", "school",
            "schools", "university", "college", "command", "airport", "street", "road", "square", "hospital",
            "center", "centre", "mosque", "church", "market", "bridge", "park", "hotel", "museum", "academy",
            "institute", "stadium", "prison", "court", "ministry", "council", "party", "company", "bank", "county",
            "district", "province", "state", "city", "international", "federal", "national", "memorial");
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "gen", "general", "president",
            "minister", "king", "queen", "prince", "princess", "colonel", "col", "lt", "sgt", "capt", "captain",
            "adm", "admiral", "sen", "senator", "rep", "gov", "governor", "judge", "pope", "brig", "maj", "major",
            "spokesman", "spokeswoman", "spokesperson", "envoy", "ambassador", "commander", "chief", "lord", "sir",
            "emir", "ayatollah", "imam", "rabbi", "father", "mayor", "chairman", "leader", "official", "officer");
    /** Capitalised words that may stand before a place at the start of a sentence or after a demonym. */
    private static final Set<String> LEADING_FUNCTION_WORDS = Set.of("in", "at", "from", "near", "to", "into",
            "across", "outside", "inside", "around", "throughout", "toward", "towards", "within", "on", "for", "the",
            "and", "but", "while", "after", "before", "since", "as", "like", "both", "over", "under", "between",
            "by", "with", "without", "of", "if", "when", "where", "also", "only", "even", "northern", "southern",
            "eastern", "western", "central", "rural", "occupied", "besieged", "rebel-held", "government-held");
    /** Nouns after a country's possessive that make it a place ("Syria's border"), not an actor ("Israel's threats"). */
    private static final Set<String> GEOGRAPHIC_NOUNS = Set.of("capital", "border", "borders", "territory",
            "territories", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
            "northern", "southern", "eastern", "western", "central", "city", "cities", "province", "provinces", "coast",
            "coastline", "soil", "airspace", "side", "region", "regions", "part", "parts", "countryside", "suburbs",
            "outskirts", "heartland", "interior", "frontier", "waters", "streets", "center", "centre", "towns",
            "villages", "mountains", "desert", "shores", "skies", "largest", "second-largest", "oldest");
    /** Verbs after a capital or country that make it an actor, in sentences without a parse. */
    private static final Set<String> ACTOR_VERBS = Set.of("said", "says", "say", "told", "tells", "accused",
            "accuses", "warned", "warns", "denied", "denies", "claimed", "claims", "announced", "announces",
            "rejected", "rejects", "called", "calls", "condemned", "condemns", "insisted", "insists", "urged", "urges",
            "demanded", "demands", "responded", "responds", "blamed", "blames", "threatened", "threatens", "launched",
            "launches", "sent", "sends", "struck", "strikes", "agreed", "agrees", "signed", "signs", "refused",
            "refuses", "hopes", "believes", "wants", "stressed", "stresses", "vowed", "vows", "will", "would",
            "has", "have", "had", "could", "can", "may", "might", "should", "must", "backed", "backs", "supports",
            "supported", "opposes", "opposed", "attacked", "attacks", "bombed", "bombs", "sanctioned", "recognized",
            "recognised", "recalled", "expelled", "welcomed", "welcomes", "praised", "criticized", "criticised");
    private static final Set<String> ACTOR_RELATIONS = Set.of("nsubj", "nsubj:pass", "csubj", "obl:agent",
            "nsubj:xsubj");
    private static final Set<String> LOCATIVE_CASES = Set.of("in", "at", "near", "from", "to", "into", "across",
            "outside", "inside", "around", "throughout", "toward", "towards", "within", "of", "over", "through");

    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*(?<place>[A-Z][A-Za-z.'\u2019-]*(?: [A-Z][A-Za-z.'\u2019-]*){0,3})"
                    + "(?:,\\s*(?<region>[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,2}))?"
                    + "(?:,?\\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?)?"
                    + "\\s*(?<agency>\\([A-Za-z .,/&'-]{2,40}\\))?\\s*(?:-{1,2}|\u2014|\u2013)\\s");

    private final Gazetteer gazetteer;

    public PlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    /** A place name found, before the choice. */
    private record Raw(int sentence, int first, int last, Span span, String text, List<Gazetteer.Candidate> candidates,
                       boolean headline, boolean actorUse) {
    }

    /**
     * Finds and resolves the place names of an article.
     *
     * @param text      the article text all spans refer to
     * @param sentences its sentences; tags and parses are used where present
     * @param mentions  its actor mentions (may be empty)
     */
    public Geography resolve(String text, List<Sentence> sentences, List<Mention> mentions) {
        return resolve(text, sentences, mentions, null);
    }

    /**
     * Finds and resolves the place names of an article published on {@code published} (may be {@code null}):
     * places of sentences about earlier years ("the 2013 attack on ...") do not make the article's focus.
     */
    public Geography resolve(String text, List<Sentence> sentences, List<Mention> mentions, java.time.LocalDate published) {
        Set<String> lowerCaseWords = lowerCaseWords(text);
        Map<Integer, List<Mention>> mentionsBySentence = new HashMap<>();
        for (Mention mention : mentions) {
            mentionsBySentence.computeIfAbsent(mention.sentence(), s -> new ArrayList<>()).add(mention);
        }
        Set<String> surnames = surnames(text, sentences, mentions);
        List<Raw> raws = new ArrayList<>();
        Raw dateline = null;
        // Where the article is: countries it names as places, its resolved places. Who acts in it: its actors'
        // countries and its demonyms, a weaker hint, since an article about Geneva talks names Washington's envoys.
        Map<String, Double> placeContext = new HashMap<>();
        Map<String, Double> actorContext = new HashMap<>();
        for (Sentence sentence : sentences) {
            List<Mention> inSentence = mentionsBySentence.getOrDefault(sentence.index(), List.of());
            Raw found = sentence.index() <= 2 && dateline == null ? dateline(text, sentence) : null;
            if (found != null) {
                dateline = found;
                raws.add(found);
            }
            raws.addAll(spot(text, sentence, inSentence, lowerCaseWords, found, surnames));
            for (Token token : sentence.tokens()) {
                // "Syrian troops", "the American envoy": demonyms say who, like actors, more often than where.
                gazetteer.countryOfDemonym(token.span().of(text)).ifPresent(c -> actorContext.merge(c, 0.5, Double::sum));
            }
        }
        for (Mention mention : mentions) {
            if (mention.actor().isKnown()) {
                gazetteer.countryOfActorCode(mention.actor().code()).ifPresent(c -> actorContext.merge(c, 1.0, Double::sum));
            }
        }
        for (Raw raw : raws) {
            if (raw.actorUse()) {
                continue;
            }
            for (Gazetteer.Candidate candidate : raw.candidates()) {
                if (candidate.place().kind() == Place.Kind.COUNTRY && candidate.match() == Gazetteer.NameMatch.PRIMARY) {
                    placeContext.merge(candidate.place().countryCode(), 2.0, Double::sum);
                }
            }
        }
        // A headline name the body repeats is borne out; the body's sentences tell its case.
        Set<String> bodyNames = new HashSet<>();
        for (Raw raw : raws) {
            if (!raw.headline()) {
                bodyNames.add(raw.text().toLowerCase(Locale.ROOT));
            }
        }
        for (int i = 0; i < raws.size(); i++) {
            Raw raw = raws.get(i);
            if (raw.headline() && bodyNames.contains(raw.text().toLowerCase(Locale.ROOT))) {
                raws.set(i, new Raw(raw.sentence(), raw.first(), raw.last(), raw.span(), raw.text(), raw.candidates(),
                        false, raw.actorUse()));
            }
        }
        // Two passes: the second lets places resolved in the first vouch for their neighbours.
        List<Place> chosen = new ArrayList<>();
        for (Raw raw : raws) {
            chosen.add(choose(raw, placeContext, actorContext, OtherPlaces.NONE, null).place());
        }
        OtherPlaces firstPass = new OtherPlaces(raws.stream().map(Raw::text).toList(), chosen);
        List<PlaceMention> result = new ArrayList<>();
        PlaceMention datelineMention = null;
        for (int i = 0; i < raws.size(); i++) {
            Raw raw = raws.get(i);
            // Another mention of the same name would only vouch for the first pass's own guess.
            OtherPlaces.View others = firstPass.except(raw.text());
            Map<String, Double> withOthers = others.addTo(placeContext);
            int container = containerOf(text, raws, i);
            Place within = container < 0 ? null : chosen.get(container);
            Scored best = choose(raw, withOthers, actorContext, others, within);
            PlaceMention mention = new PlaceMention(raw.sentence(), raw.span(), raw.text(), best.place(),
                    raw.candidates().size(), best.place() == null ? 0 : best.score(), raw.actorUse());
            result.add(mention);
            if (raw == dateline) {
                datelineMention = mention;
            }
        }
        result.sort((a, b) -> Integer.compare(a.span().begin(), b.span().begin()));
        return new Geography(result, datelineMention, focus(text, sentences, result, published));
    }

    private record Scored(Place place, double score) {
    }

    private Scored choose(Raw raw, Map<String, Double> placeContext, Map<String, Double> actorContext,
                          OtherPlaces.View others, Place within) {
        Place best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        List<Gazetteer.Candidate> plausible = plausible(raw.candidates());
        for (Gazetteer.Candidate candidate : plausible) {
            double score = score(candidate, raw, placeContext, actorContext, others)
                    + containment(candidate.place(), within)
                    + regionOverCountry(candidate, plausible, actorContext, others);
            if (score > bestScore) {
                bestScore = score;
                best = candidate.place();
            }
        }
        return bestScore >= THRESHOLD ? new Scored(best, bestScore) : new Scored(null, 0);
    }

    /** What a region needs to beat a country of its name, whose prior is far higher (about 6 points). */
    private static final double REGION_OVER_COUNTRY = 8;

    /**
     * "Georgia" is a country and an American state: in a story that names other places of the state's country
     * and no place, actor or demonym of the other country, it is the state. Without that evidence the country's
     * higher prior stands ("Protests spread from Tbilisi across Georgia").
     */
    private static double regionOverCountry(Gazetteer.Candidate candidate, List<Gazetteer.Candidate> plausible,
                                            Map<String, Double> actorContext, OtherPlaces.View others) {
        Place region = candidate.place();
        if (region.kind() != Place.Kind.ADMIN1 || !others.inCountry(region.countryCode())) {
            return 0;
        }
        for (Gazetteer.Candidate rival : plausible) {
            Place country = rival.place();
            if (country.kind() == Place.Kind.COUNTRY && !country.countryCode().equals(region.countryCode())
                    && actorContext.getOrDefault(country.countryCode(), 0.0) == 0
                    && !others.inCountry(country.countryCode())) {
                return REGION_OVER_COUNTRY;
            }
        }
        return 0;
    }

    /**
     * The candidates worth scoring. A country's own name means the country ("Egypt", never a town called Egypt
     * somewhere), or a first-level region of that name ("Georgia"); a region's own name means the region
     * ("Virginia") unless a town of that name is its seat ("Idlib", "Aleppo"), a capital ("Washington") or a city
     * known worldwide ("New York"), since news names regions with "province" or "state" when the city would
     * mislead.
     */
    private static List<Gazetteer.Candidate> plausible(List<Gazetteer.Candidate> candidates) {
        List<Gazetteer.Candidate> countries = candidates.stream()
                .filter(c -> c.place().kind() == Place.Kind.COUNTRY && c.match() == Gazetteer.NameMatch.PRIMARY).toList();
        List<Gazetteer.Candidate> regions = candidates.stream()
                .filter(c -> c.place().kind() == Place.Kind.ADMIN1 && c.match() == Gazetteer.NameMatch.PRIMARY).toList();
        if (regions.isEmpty()) {
            return countries.isEmpty() ? candidates : countries;
        }
        // "Georgia" may be the country or the state; the score weighs them.
        List<Gazetteer.Candidate> kept = new ArrayList<>(countries);
        kept.addAll(regions);
        if (!countries.isEmpty()) {
            return kept;
        }
        for (Gazetteer.Candidate candidate : candidates) {
            boolean town = candidate.place().kind() == Place.Kind.TOWN;
            boolean seat = town && candidate.featureRank() <= 1
                    && regions.stream().anyMatch(r -> r.place().admin1Code().equals(candidate.place().admin1Code()));
            // A capital or a city known worldwide stays in the running: "Washington", "New York".
            boolean prominent = town && (candidate.featureRank() == 0 || candidate.nameCount() >= KNOWN_NAMES);
            boolean local = candidate.place().kind() == Place.Kind.LOCALITY;
            if (seat || prominent || local) {
                kept.add(candidate);
            }
        }
        return kept;
    }

    /**
     * How likely a candidate is the place meant: a prior from the place alone, plus the article's evidence.
     *
     * <p>Prior: name match (2 for the own name, 1 for an alternate name, 0.8 for a derived form, 0 for a loose
     * transliteration; an alternate name of a capital or of a place GeoNames names {@value #KNOWN_NAMES} or more
     * times counts 1.5, since that is how exonyms such as "Geneva" are listed); sort of place (countries 4.5,
     * capitals 2.5, first-level seats 1.5, supplement places 2.5 and names the team wrote 1.5 more); log10 of
     * population (at most 7, regions at most 5); for towns 0.8 times the log2 of their number of alternate names
     * (at most 6): a place known in many languages is the one news means.
     *
     * <p>Evidence, strongest first: a place resolved elsewhere in the article within {@value #NEARBY_KM} km (5),
     * or in the same region (3), halved for a little known place matched only by an alternate or derived name;
     * the candidate's country named as a place in the article (2.5); its actors or demonyms from that country
     * (1.5). A single word matched only as an alternate or derived name of a little known place needs evidence
     * of where the article is; a loose transliteration needs its country named as a place.
     */
    double score(Gazetteer.Candidate candidate, Raw raw, Map<String, Double> placeContext,
                 Map<String, Double> actorContext, OtherPlaces.View others) {
        Place place = candidate.place();
        double placeWeight = placeContext.getOrDefault(place.countryCode(), 0.0);
        double actorWeight = actorContext.getOrDefault(place.countryCode(), 0.0);
        boolean inContext = placeWeight > 0 || actorWeight > 0;
        if (candidate.match() == Gazetteer.NameMatch.SKELETON && placeWeight == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        // A headline's "Raqqah" is borne out by the body's "Raqqa": another spelling resolved to the same place.
        boolean borneOut = others.includes(place);
        if (raw.headline() && place.kind() != Place.Kind.COUNTRY && !borneOut
                && (!inContext || candidate.match() != Gazetteer.NameMatch.PRIMARY)) {
            // In a title-case headline every word looks like a name: only places the article bears out count.
            return Double.NEGATIVE_INFINITY;
        }
        // A capital, or a town GeoNames names in many languages, is known beyond its country.
        boolean known = candidate.nameCount() >= KNOWN_NAMES || candidate.featureRank() == 0;
        double score = switch (candidate.match()) {
            case PRIMARY -> 2;
            case ALTERNATE -> known ? 1.5 : 1;
            case VARIANT -> 0.8;
            case SKELETON -> 0;
        };
        double population = Math.log10(place.population() + 1.0);
        switch (place.kind()) {
            case COUNTRY -> score += 4.5 + Math.min(7, population);
            case ADMIN1 -> score += 1 + Math.min(5, population);
            case ADMIN2 -> score += 0.5 + Math.min(4, population);
            case TOWN -> score += switch (candidate.featureRank()) {
                case 0 -> 2.5;
                case 1 -> 1.5;
                case 2 -> 0.8;
                default -> 0;
            } + Math.min(7, population) + Math.min(6, 0.8 * Math.log(1 + candidate.nameCount()) / Math.log(2));
            case LOCALITY -> score += 2.5;
        }
        if (candidate.supplement()) {
            score += 1.5;
        }
        boolean near = place.kind() != Place.Kind.COUNTRY && others.near(place);
        boolean sameRegion = others.sameRegion(place);
        boolean singleWord = raw.first() == raw.last() && raw.text().indexOf(' ') < 0;
        if (singleWord && !known && !near && !sameRegion && placeWeight == 0 && place.kind() != Place.Kind.COUNTRY
                && (candidate.match() == Gazetteer.NameMatch.ALTERNATE || candidate.match() == Gazetteer.NameMatch.VARIANT)) {
            return Double.NEGATIVE_INFINITY;
        }
        boolean loose = candidate.match() != Gazetteer.NameMatch.PRIMARY && !candidate.supplement();
        if (singleWord && loose && place.kind() == Place.Kind.TOWN && !near && !sameRegion
                && ENGLISH_SPEAKING.contains(place.countryCode())
                && !place.name().toLowerCase(Locale.ROOT).startsWith(raw.text().toLowerCase(Locale.ROOT))) {
            // English news names English-speaking towns by their own names ("Washington" of "Washington, D.C."):
            // "Newtown" or "Maxwell" as another name of some town there is a different town, or a person,
            // unless a neighbour bears it out.
            return Double.NEGATIVE_INFINITY;
        }
        if (loose && raw.text().chars().noneMatch(Character::isLowerCase) && raw.text().length() > 5
                && place.kind() != Place.Kind.COUNTRY) {
            // A name in capitals ("NASCAR") matched only loosely is a brand or a byline, not a respelt town.
            return Double.NEGATIVE_INFINITY;
        }
        boolean weakName = !known && candidate.match() != Gazetteer.NameMatch.PRIMARY && !candidate.supplement();
        score += (near ? 5 : sameRegion ? 3 : 0) * (weakName ? 0.5 : 1);
        if (placeWeight > 0) {
            score += 2.5;
        }
        if (actorWeight > 0) {
            score += 1.5;
        }
        return score;
    }

    /** What may stand between a place and the wider place holding it: "X of Y", "X, north of Y", "X in Y". */
    private static final Pattern CONTAINED_IN = Pattern.compile("(?:,\\s*)?(?:(?:some |about )?\\d+\\s*(?:km|kilometers|"
            + "kilometres|miles)\\s+)?(?:(?:north|south|east|west)(?:-?east|-?west)?(?:ern)?\\s+(?:of\\s+)?|in\\s+|of\\s+"
            + "|near\\s+|outside\\s+)(?:the\\s+)?(?:(?:province|governorate|district|city|town|region|state)\\s+of\\s+)?");
    private static final Pattern POSSESSIVE = Pattern.compile("\\s*['\u2019]s?\\s+");

    /**
     * The raw mention naming the wider place that holds mention {@code i}, or -1: the next place of the sentence
     * after "of", "in", "near", "north of" or a comma ("Yarmouk camp of Damascus", "Karm al-Jabal, east of
     * Aleppo", "Paris, Texas"), or the previous one before a possessive ("Damascus's Jobar district").
     */
    private static int containerOf(String text, List<Raw> raws, int i) {
        Raw raw = raws.get(i);
        if (i + 1 < raws.size() && raws.get(i + 1).sentence() == raw.sentence()) {
            Raw next = raws.get(i + 1);
            String between = text.substring(raw.span().end(), next.span().begin()).toLowerCase(Locale.ROOT);
            if (!between.isBlank() && CONTAINED_IN.matcher(between.strip() + " ").matches()
                    || between.strip().equals(",")) {
                return i + 1;
            }
        }
        if (i > 0 && raws.get(i - 1).sentence() == raw.sentence()) {
            Raw previous = raws.get(i - 1);
            String between = text.substring(previous.span().end(), raw.span().begin());
            if (POSSESSIVE.matcher(between).matches()) {
                return i - 1;
            }
        }
        return -1;
    }

    /**
     * Evidence from the wider place a name is said to lie in: its country, region or neighbourhood (within
     * {@value #NEARBY_KM} km) for the candidate, against it otherwise. A comma ("Aleppo, Idlib and Hama") only
     * counts when the wider place is a country or a region.
     */
    private static double containment(Place candidate, Place within) {
        if (within == null || within.featureId().equals(candidate.featureId())
                || !within.kind().narrowerThan(Place.Kind.COUNTRY) && candidate.kind() == Place.Kind.COUNTRY) {
            return 0;
        }
        boolean sameCountry = candidate.countryCode().equals(within.countryCode());
        boolean sameRegion = !candidate.admin1Code().isEmpty() && candidate.admin1Code().equals(within.admin1Code());
        return switch (within.kind()) {
            case COUNTRY -> sameCountry ? 4 : -4;
            case ADMIN1 -> sameRegion ? 5 : sameCountry ? 2 : -4;
            default -> candidate.distanceKm(within) <= NEARBY_KM ? 5 : sameRegion ? 3 : sameCountry ? 1 : -4;
        };
    }

    /** Nouns a country name qualifies without being a place: "U.S. officials", "Syria talks". */
    private static final Set<String> QUALIFIED_NOUNS = Set.of("official", "officials", "forces", "force", "troops",
            "government", "military", "army", "president", "leader", "leaders", "envoy", "ambassador", "embassy",
            "talks", "policy", "war", "crisis", "conflict", "deal", "strategy", "intelligence", "administration",
            "lawmakers", "diplomats", "diplomat", "navy", "regime", "authorities", "ministry", "minister", "sanctions",
            "citizens", "citizen", "nationals", "allies", "ally", "aid", "state", "media", "agency", "counterpart",
            "counterparts", "delegation", "coalition", "strikes", "airstrikes", "jets", "warplanes", "drone", "drones");

    /**
     * The place the article is about. Its country is the one it names most as a place; a country that only
     * qualifies a noun ("U.S. officials") or stands for its government does not count. Its place is then the
     * specific place of that country the article names most, headline and lead counting double, even if named
     * once: an article naming Cairo once and Egypt five times happened in Cairo. Places of sentences about
     * earlier years (a 2013 attack recalled in a 2017 story) count only when nothing else does.
     */
    private Place focus(String text, List<Sentence> sentences, List<PlaceMention> mentions, java.time.LocalDate published) {
        Map<String, Double> countryCounts = new LinkedHashMap<>();
        Map<String, Double> placeCounts = new LinkedHashMap<>();
        Map<String, Double> backgroundCounts = new LinkedHashMap<>();
        Map<String, Place> places = new HashMap<>();
        Map<String, Double> scores = new HashMap<>();
        for (PlaceMention mention : mentions) {
            if (!mention.isResolved() || mention.actorUse()) {
                continue;
            }
            Place place = mention.place();
            Sentence sentence = mention.sentence() < sentences.size() ? sentences.get(mention.sentence()) : null;
            if (place.kind() == Place.Kind.COUNTRY) {
                if (sentence == null || !qualifiesNoun(text, sentence, mention)) {
                    countryCounts.merge(place.countryCode(), 1.0, Double::sum);
                }
                continue;
            }
            double weight = mention.sentence() <= 2 ? 2 : 1;
            boolean background = sentence != null && published != null && aboutEarlierYear(text, sentence, published);
            (background ? backgroundCounts : placeCounts).merge(place.featureId(), weight, Double::sum);
            scores.merge(place.featureId(), mention.score(), Math::max);
            countryCounts.merge(place.countryCode(), background ? 0.5 : 1.0, Double::sum);
            places.putIfAbsent(place.featureId(), place);
        }
        String country = null;
        double most = 0;
        for (Map.Entry<String, Double> entry : countryCounts.entrySet()) {
            if (entry.getValue() > most) {
                most = entry.getValue();
                country = entry.getKey();
            }
        }
        if (country == null) {
            return null;
        }
        Place specific = mostNamed(placeCounts, places, scores, country);
        if (specific == null) {
            specific = mostNamed(backgroundCounts, places, scores, country);
        }
        return specific != null ? specific : gazetteer.country(country).orElse(null);
    }

    /** A place named once must be a sure resolution to be what the article is about. */
    static final double SURE_SCORE = 10;

    /** The most named place of a country, the first named on a tie; a single weak mention does not count. */
    private static Place mostNamed(Map<String, Double> counts, Map<String, Place> places, Map<String, Double> scores,
                                   String country) {
        Place best = null;
        double most = 0;
        for (Map.Entry<String, Double> entry : counts.entrySet()) {
            Place place = places.get(entry.getKey());
            double score = scores.getOrDefault(entry.getKey(), 0.0);
            if (!place.countryCode().equals(country) || entry.getValue() < 2 && score < SURE_SCORE) {
                continue;
            }
            if (entry.getValue() > most) {
                most = entry.getValue();
                best = place;
            }
        }
        return best;
    }

    /** "U.S. officials", "the Syria talks": a country name before a noun it qualifies. */
    private static boolean qualifiesNoun(String text, Sentence sentence, PlaceMention mention) {
        for (Token token : sentence.tokens()) {
            if (token.span().begin() >= mention.span().end()) {
                String word = token.span().of(text);
                if (!token.tag().isEmpty()) {
                    return token.tag().startsWith("NN") && !token.tag().startsWith("NNP")
                            || QUALIFIED_NOUNS.contains(word.toLowerCase(Locale.ROOT));
                }
                return QUALIFIED_NOUNS.contains(word.toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }

    /** A sentence naming a year before the publication year and not the publication year itself. */
    private static boolean aboutEarlierYear(String text, Sentence sentence, java.time.LocalDate published) {
        boolean earlier = false;
        for (Token token : sentence.tokens()) {
            String word = token.span().of(text);
            if (word.length() == 4 && word.chars().allMatch(Character::isDigit)
                    && (word.startsWith("19") || word.startsWith("20"))) {
                int year = Integer.parseInt(word);
                if (year == published.getYear()) {
                    return false;
                }
                earlier |= year < published.getYear();
            }
        }
        return earlier;
    }

    /**
     * "In Geneva, envoys ...": a lead opening on the town it reports from serves as its dateline. A country or a
     * region ("In Syria, ...") does not: it says what the story is about, not where it was filed. The opening
     * may follow a title the sentence splitter ran into the lead: any line start counts.
     */
    private static final Pattern OPENING_TOWN = Pattern.compile(
            "(?m)^\\s*In (?<place>[A-Z][A-Za-z.'\u2019-]*(?: [A-Z][A-Za-z.'\u2019-]*){0,3}),\\s");

    /**
     * "DAMASCUS, Syria, May 21 (Reuters) -": a place in capitals, or any place before a news agency's name; else,
     * in the lead, a town the first sentence opens on ("In Geneva, ...").
     */
    private Raw dateline(String text, Sentence sentence) {
        String sentenceText = sentence.span().of(text);
        Matcher matcher = DATELINE.matcher(sentenceText);
        if (!matcher.find()) {
            return openingTown(text, sentence, sentenceText);
        }
        String place = matcher.group("place");
        boolean capitals = place.chars().noneMatch(Character::isLowerCase);
        if (!capitals && matcher.group("agency") == null) {
            return null;
        }
        List<Gazetteer.Candidate> candidates = gazetteer.lookup(place);
        if (candidates.isEmpty()) {
            return null;
        }
        String region = matcher.group("region");
        if (region != null) {
            // "PARIS, Texas": the region or country named after the town narrows the candidates.
            Set<String> countries = new HashSet<>();
            Set<String> regions = new HashSet<>();
            for (Gazetteer.Candidate candidate : gazetteer.lookup(region)) {
                countries.add(candidate.place().countryCode());
                regions.add(candidate.place().admin1Code());
            }
            List<Gazetteer.Candidate> narrowed = candidates.stream()
                    .filter(c -> regions.contains(c.place().admin1Code()) && !c.place().admin1Code().isEmpty()
                            || countries.contains(c.place().countryCode()))
                    .toList();
            if (!narrowed.isEmpty()) {
                candidates = narrowed;
            }
        }
        return datelineRaw(sentence, matcher.start("place"), place, candidates);
    }

    private Raw openingTown(String text, Sentence sentence, String sentenceText) {
        Matcher matcher = OPENING_TOWN.matcher(sentenceText);
        if (!matcher.find()) {
            return null;
        }
        String place = matcher.group("place");
        List<Gazetteer.Candidate> candidates = gazetteer.lookup(place);
        List<Gazetteer.Candidate> towns = candidates.stream()
                .filter(c -> c.place().kind() == Place.Kind.TOWN || c.place().kind() == Place.Kind.LOCALITY)
                .filter(c -> c.match() != Gazetteer.NameMatch.SKELETON)
                .toList();
        // A region's name is the town only where the town is its seat of the same name ("In Aleppo,").
        boolean wide = candidates.stream().anyMatch(c -> c.match() == Gazetteer.NameMatch.PRIMARY
                && (c.place().kind() == Place.Kind.COUNTRY || c.place().kind() == Place.Kind.ADMIN1
                && towns.stream().noneMatch(t -> t.featureRank() <= 1
                        && t.place().admin1Code().equals(c.place().admin1Code()))));
        if (wide || towns.isEmpty() || NOT_PLACES.contains(place.toLowerCase(Locale.ROOT))) {
            return null;
        }
        return datelineRaw(sentence, matcher.start("place"), place, towns);
    }

    private static Raw datelineRaw(Sentence sentence, int offset, String place, List<Gazetteer.Candidate> candidates) {
        int begin = sentence.span().begin() + offset;
        Span span = new Span(begin, begin + place.length());
        int first = tokenStartingAt(sentence, span.begin());
        int last = tokenEndingAt(sentence, span.end());
        return new Raw(sentence.index(), Math.max(first, 0), Math.max(last, Math.max(first, 0)), span, place,
                candidates, false, false);
    }

    private List<Raw> spot(String text, Sentence sentence, List<Mention> mentions, Set<String> lowerCaseWords,
                           Raw dateline, Set<String> surnames) {
        List<Token> tokens = sentence.tokens();
        int n = tokens.size();
        String[] words = new String[n];
        for (int t = 0; t < n; t++) {
            words[t] = tokens.get(t).span().of(text);
        }
        boolean[] blocked = new boolean[n];
        int[] unknown = new int[n];
        java.util.Arrays.fill(unknown, -1);
        Mention[] metonym = new Mention[n];
        Mention[] country = new Mention[n];
        for (int m = 0; m < mentions.size(); m++) {
            Mention mention = mentions.get(m);
            String entry = mention.actor().entry();
            for (int t = mention.firstToken(); t <= Math.min(mention.lastToken(), n - 1); t++) {
                if (!mention.actor().isKnown() || entry.isEmpty()) {
                    unknown[t] = m;
                } else if (entry.contains("person:") || entry.contains("organization:")) {
                    blocked[t] = true;
                } else if (!entry.contains("country") && !entry.contains("government_metonym")) {
                    // An agent with a name the dictionaries lack: "Gen. Ali Mayhoub".
                    blocked[t] = Character.isUpperCase(words[t].charAt(0));
                }
                if (entry.contains("government_metonym")) {
                    metonym[t] = mention;
                }
                if (entry.contains("country:")) {
                    country[t] = mention;
                }
            }
        }
        if (dateline != null) {
            for (int t = 0; t < n; t++) {
                if (dateline.span().contains(tokens.get(t).span())) {
                    blocked[t] = true;
                }
            }
        }
        boolean headline = sentence.index() == 0 && isHeadline(words);
        boolean tagged = n > 0 && !tokens.get(0).tag().isEmpty();
        DependencyTree tree = sentence.parsed() && !sentence.dependencies().isEmpty() ? new DependencyTree(sentence) : null;
        List<Raw> raws = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!canStart(words[i])) {
                continue;
            }
            for (int last = Math.min(n - 1, i + MAX_TOKENS - 1); last >= i; last--) {
                boolean generic = last > i && GENERIC_ENDINGS.contains(words[last]);
                if (!(hasUpperCase(words[last]) || generic && anyUpperCase(words, i, last)) || !allWordLike(words, i, last)) {
                    continue;
                }
                Span span = new Span(tokens.get(i).span().begin(), tokens.get(last).span().end());
                String phrase = span.of(text);
                List<Gazetteer.Candidate> candidates = gazetteer.lookup(phrase);
                Long seat = INSTITUTION_SEATS.get(org.sitrep.geo.internal.NameKeys.key(phrase));
                if (seat != null) {
                    // "outside Downing Street" happened in London; "Downing Street said" is an actor (below).
                    candidates = seatOf(seat);
                }
                if (candidates.isEmpty()) {
                    continue;
                }
                if (anyBlocked(blocked, i, last)
                        || (tagged && !generic && !tokens.get(last).isProperNoun() && !isCountry(candidates))) {
                    candidates = candidates.stream().filter(c -> c.place().kind() == Place.Kind.COUNTRY
                            && c.match() == Gazetteer.NameMatch.PRIMARY).toList();
                    if (candidates.isEmpty()) {
                        continue;
                    }
                }
                if (LEADING_FUNCTION_WORDS.contains(words[i].toLowerCase(Locale.ROOT)) && last > i
                        && Character.isUpperCase(words[i].charAt(0)) && !OPENING_WORDS.contains(words[i].toLowerCase(Locale.ROOT))) {
                    // "In Syria" at a sentence start is "in" and Syria, whatever a loose spelling matches.
                    continue;
                }
                if (isNotAPlace(words, i, last, phrase, candidates, lowerCaseWords, unknown, headline, surnames)) {
                    break;
                }
                boolean actorUse = actorUse(tree, tokens, words, i, last, metonym, country);
                raws.add(new Raw(sentence.index(), i, last, span, phrase, candidates, headline, actorUse));
                i = last;
                break;
            }
        }
        return raws;
    }

    private boolean isNotAPlace(String[] words, int first, int last, String phrase,
                                List<Gazetteer.Candidate> candidates, Set<String> lowerCaseWords, int[] unknown,
                                boolean headline, Set<String> surnames) {
        String lower = phrase.toLowerCase(Locale.ROOT);
        boolean country = isCountry(candidates);
        if (INSTITUTIONS.contains(org.sitrep.geo.internal.NameKeys.key(phrase))
                && !INSTITUTION_SEATS.containsKey(org.sitrep.geo.internal.NameKeys.key(phrase))) {
            return true;
        }
        if (first == last && !country && surnames.contains(words[first])) {
            // "Foley" after "James Foley" is the man, not Foley, Alabama.
            return true;
        }
        if (!country && (gazetteer.countryOfDemonym(phrase).isPresent()
                || gazetteer.countryOfDemonym(words[first]).isPresent())) {
            // "Syrian", and "Syrian state" in "Syrian state media": a demonym opens no place name.
            return true;
        }
        if (!country && first < last && WATERS.contains(words[last])
                && (last + 1 >= words.length || !REGION_WORDS.contains(words[last + 1].toLowerCase(Locale.ROOT)))) {
            // "attacks on ships in the Red Sea" are at sea, not in Egypt's Red Sea governorate; "the North Sea" is
            // no hamlet on Long Island. "Red Sea governorate" and "Red Sea state" stay regions.
            return true;
        }
        if (!country && first < last && allAcronyms(words, first, last)) {
            // "MA RI", "GA AL": runs of state codes in tables and bylines, not a loose spelling of a town.
            return true;
        }
        if (first == last) {
            String word = words[first].replace(".", "").toLowerCase(Locale.ROOT);
            if (MONTHS_AND_DAYS.contains(word) || NOT_PLACES.contains(word) && !country) {
                return true;
            }
            if (!country && lowerCaseWords.contains(lower)) {
                return true;
            }
            boolean acronym = words[first].length() <= 5 && words[first].chars().noneMatch(Character::isLowerCase);
            if (acronym && !country) {
                return true;
            }
        }
        // Part of an unknown proper name the resolver found ("Ali" of "Ali Mayhoub") unless it is all of it.
        int mentionFirst = unknown[first];
        int mentionLast = unknown[last];
        if (mentionFirst >= 0 || mentionLast >= 0) {
            int m = mentionFirst >= 0 ? mentionFirst : mentionLast;
            int from = first;
            while (from > 0 && unknown[from - 1] == m) {
                from--;
            }
            int to = last;
            while (to + 1 < unknown.length && unknown[to + 1] == m) {
                to++;
            }
            boolean afterPlaceWord = from < first && to == last
                    && placeLikeRun(java.util.Arrays.copyOfRange(words, from, last + 1));
            if ((from < first || to > last) && !country && !afterPlaceWord) {
                return true;
            }
        }
        if (headline || country) {
            return false;
        }
        // "New Jersey Gov. Chris Christie", "Houston Mayor ...": a title after a name makes it the office's place.
        if (last + 1 < words.length && isCapitalisedWord(words[last + 1])
                && !MONTHS_AND_DAYS.contains(words[last + 1].toLowerCase(Locale.ROOT))
                && !TITLES.contains(words[last + 1].replace(".", "").toLowerCase(Locale.ROOT))
                && gazetteer.countryOfDemonym(words[last + 1]).isEmpty()) {
            return true;
        }
        if (first > 0) {
            String previous = words[first - 1];
            String previousLower = previous.replace(".", "").toLowerCase(Locale.ROOT);
            if (TITLES.contains(previousLower)) {
                return true;
            }
            boolean sentenceStart = first - 1 == 0 || !isWordLike(words[first - 2]);
            if (isCapitalisedWord(previous) && !sentenceStart && !LEADING_FUNCTION_WORDS.contains(previousLower)
                    && gazetteer.countryOfDemonym(previous).isEmpty() && !isStrippedPossessiveCountry(previous)
                    && !isCountryName(previous)
                    && !MONTHS_AND_DAYS.contains(previousLower)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a capital or country stands for an actor here rather than a place: the subject or agent of a verb
     * ("Damascus said", "Iran and Russia have joined forces"), the object of one ("sanctions hit Iran"), or the
     * owner of something not geographic ("Israel's threats", not "Syria's border"). A name after "in", "near",
     * "across" and the like is always a place.
     */
    private static boolean actorUse(DependencyTree tree, List<Token> tokens, String[] words, int first, int last,
                                    Mention[] metonym, Mention[] country) {
        boolean isMetonym = metonym[first] != null || metonym[last] != null;
        boolean isCountry = country[first] != null || country[last] != null;
        if (!isMetonym && !isCountry) {
            return false;
        }
        if (tree != null) {
            int head = last;
            for (int t = last; t >= first; t--) {
                int parent = tree.parent(t);
                if (parent == Dependency.ROOT || parent < first || parent > last) {
                    head = t;
                    break;
                }
            }
            // "Iran and Russia have joined": a conjunct plays its first conjunct's part.
            int steps = 0;
            while (tree.relation(head).startsWith("conj") && tree.parent(head) >= 0 && steps++ < tokens.size()) {
                head = tree.parent(head);
            }
            if (LOCATIVE_CASES.contains(tree.caseMarker(head))) {
                return false;
            }
            String relation = tree.relation(head);
            int governor = tree.parent(head);
            if (ACTOR_RELATIONS.contains(relation)) {
                // The subject of a verb acts; the subject of "secure" in "declared Damascus secure" does not.
                return governor >= 0 && tokens.get(governor).isVerb() && tree.firstChild(governor, "cop") < 0;
            }
            if (relation.equals("nmod:poss")) {
                return governor >= 0 && !GEOGRAPHIC_NOUNS.contains(tree.lemma(governor))
                        && !GEOGRAPHIC_NOUNS.contains(tokens.get(governor).word().toLowerCase(Locale.ROOT));
            }
            return isCountry && (relation.equals("obj") || relation.equals("iobj"));
        }
        int next = last + 1;
        if (next < words.length && (words[next].equals("'s") || words[next].equals("\u2019s") || words[next].equals("'"))) {
            return next + 1 < words.length && !GEOGRAPHIC_NOUNS.contains(words[next + 1].toLowerCase(Locale.ROOT))
                    && isMetonym;
        }
        return next < words.length && ACTOR_VERBS.contains(words[next].toLowerCase(Locale.ROOT));
    }

    private static boolean allAcronyms(String[] words, int first, int last) {
        for (int t = first; t <= last; t++) {
            if (words[t].length() > 5 || words[t].chars().anyMatch(Character::isLowerCase)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCountry(List<Gazetteer.Candidate> candidates) {
        for (Gazetteer.Candidate candidate : candidates) {
            if (candidate.place().kind() == Place.Kind.COUNTRY && candidate.match() == Gazetteer.NameMatch.PRIMARY) {
                return true;
            }
        }
        return false;
    }

    private static boolean canStart(String word) {
        if (word.isEmpty()) {
            return false;
        }
        if (Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        int hyphen = lower.indexOf('-');
        return OPENING_WORDS.contains(hyphen > 0 ? lower.substring(0, hyphen) : lower);
    }

    private static boolean hasUpperCase(String word) {
        return word.chars().anyMatch(Character::isUpperCase);
    }

    private static boolean anyUpperCase(String[] words, int first, int last) {
        for (int t = first; t <= last; t++) {
            if (hasUpperCase(words[t])) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCapitalisedWord(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && word.chars().anyMatch(Character::isLowerCase);
    }

    private static boolean isWordLike(String word) {
        return word.chars().anyMatch(Character::isLetterOrDigit);
    }

    /** A name does not run across commas, brackets or quotes; hyphens and apostrophes it may hold. */
    private static boolean allWordLike(String[] words, int first, int last) {
        for (int t = first; t <= last; t++) {
            String word = words[t];
            if (!isWordLike(word) && !word.equals("-") && !word.equals("'") && !word.equals("\u2019")) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyBlocked(boolean[] blocked, int first, int last) {
        for (int t = first; t <= last; t++) {
            if (blocked[t]) {
                return true;
            }
        }
        return false;
    }

    /** A first sentence in title case: most longer words capitalised. Names there cannot be told by capitals. */
    private static boolean isHeadline(String[] words) {
        int longer = 0;
        int capitalised = 0;
        for (String word : words) {
            if (word.length() >= 4 && word.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'')) {
                longer++;
                if (Character.isUpperCase(word.charAt(0))) {
                    capitalised++;
                }
            }
        }
        return longer >= 4 && capitalised * 10 >= longer * 8;
    }

    /**
     * Last words of the people the article names in full (and first words of its known persons): of person
     * mentions, of unknown names of two words or more, and of runs of two or more capitalised words that no place bears ("James Foley" gives "Foley").
     */
    private Set<String> surnames(String text, List<Sentence> sentences, List<Mention> mentions) {
        Set<String> surnames = new HashSet<>();
        for (Mention mention : mentions) {
            String entry = mention.actor().entry();
            boolean person = entry.contains("person:") || !mention.actor().isKnown();
            if (person && mention.lastToken() > mention.firstToken()) {
                String name = mention.span().of(text);
                // An unknown name may be a place the dictionaries lack: "Eastern Ghouta" gives no surname.
                if (entry.contains("person:") || gazetteer.lookup(name).isEmpty() && !placeLikeRun(name.split(" "))) {
                    surnames.add(name.substring(name.lastIndexOf(' ') + 1));
                }
                String[] words = name.split(" ");
                boolean plainName = words.length <= 3;
                for (String word : words) {
                    plainName &= !TITLES.contains(word.replace(".", "").toLowerCase(Locale.ROOT));
                }
                if (entry.contains("person:") && plainName) {
                    // "Donald" after "Donald Trump" is the man too, not Donald, Oregon; "Philadelphia" of
                    // "Philadelphia Mayor Jim Kenney" is no first name.
                    surnames.add(words[0]);
                }
            }
        }
        for (Sentence sentence : sentences) {
            List<Token> tokens = sentence.tokens();
            int t = 0;
            while (t < tokens.size()) {
                int end = t;
                while (end < tokens.size() && isCapitalisedWord(tokens.get(end).span().of(text))) {
                    end++;
                }
                if (end - t >= 2) {
                    int start = t;
                    while (start < end && (LEADING_FUNCTION_WORDS.contains(tokens.get(start).word().toLowerCase(Locale.ROOT))
                            || gazetteer.countryOfDemonym(tokens.get(start).span().of(text)).isPresent())) {
                        start++;
                    }
                    if (end - start >= 2) {
                        String run = sentence.tokenSpan(start, end - 1).of(text);
                        if (gazetteer.lookup(run).isEmpty() && !placeLikeRun(run.split(" "))) {
                            surnames.add(tokens.get(end - 1).span().of(text));
                        }
                    }
                }
                t = Math.max(end, t + 1);
            }
        }
        return surnames;
    }

    /** Words that open a place's name rather than a person's: "New Mosul" names no Mr Mosul. */
    private static final Set<String> PLACE_PREFIXES = Set.of("new", "old", "greater", "upper", "lower", "north",
            "south", "east", "west", "northern", "southern", "eastern", "western", "central", "little", "great",
            "al", "el", "tel", "tell", "ras", "wadi", "jabal", "jebel", "deir", "bab", "bir", "ain", "beit", "kafr",
            "camp", "mount", "port", "fort", "lake", "saint", "st");

    /**
     * A run of capitalised words that reads as a place, not a person: opened by a place prefix ("New Mosul"), a
     * country ("Syria Aleppo") or a country with its possessive apostrophe lost ("Syrias Aleppo").
     */
    private boolean placeLikeRun(String[] words) {
        if (words.length < 2) {
            return false;
        }
        for (String word : words) {
            if (INSTITUTION_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        String first = words[0];
        return PLACE_PREFIXES.contains(first.toLowerCase(Locale.ROOT).replace(".", ""))
                || isCountryName(first) || isStrippedPossessiveCountry(first)
                || gazetteer.countryOfDemonym(first).isPresent();
    }

    /** The town of a seat of government, as a candidate of the gazetteer; empty when the index lacks it. */
    private List<Gazetteer.Candidate> seatOf(long geonameId) {
        return gazetteer.byGeonameId(geonameId)
                .map(place -> gazetteer.lookup(place.name()).stream()
                        .filter(c -> c.place().geonameId() == geonameId).limit(1).toList())
                .orElse(List.of());
    }

    private boolean isCountryName(String word) {
        return isCountry(gazetteer.lookup(word));
    }

    /** "Syrias", as feeds that drop apostrophes write "Syria's". */
    private boolean isStrippedPossessiveCountry(String word) {
        return word.length() > 3 && word.endsWith("s") && Character.isUpperCase(word.charAt(0))
                && isCountryName(word.substring(0, word.length() - 1));
    }

    /** Words the article writes in lower case somewhere: "police" makes "Police" at a sentence start no town. */
    private static Set<String> lowerCaseWords(String text) {
        Set<String> words = new HashSet<>();
        int i = 0;
        while (i < text.length()) {
            if (Character.isLetter(text.charAt(i))) {
                int start = i;
                while (i < text.length() && Character.isLetter(text.charAt(i))) {
                    i++;
                }
                if (Character.isLowerCase(text.charAt(start)) && (start == 0 || text.charAt(start - 1) != '-')) {
                    words.add(text.substring(start, i));
                }
            } else {
                i++;
            }
        }
        return words;
    }

    private static int tokenStartingAt(Sentence sentence, int offset) {
        for (Token token : sentence.tokens()) {
            if (token.span().end() > offset) {
                return token.index();
            }
        }
        return -1;
    }

    private static int tokenEndingAt(Sentence sentence, int offset) {
        int found = -1;
        for (Token token : sentence.tokens()) {
            if (token.span().begin() < offset) {
                found = token.index();
            }
        }
        return found;
    }
}
