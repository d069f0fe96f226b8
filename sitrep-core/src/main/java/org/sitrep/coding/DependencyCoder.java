package org.sitrep.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sitrep.coding.internal.Arguments;
import org.sitrep.coding.internal.ConstructionWords;
import org.sitrep.coding.internal.IntentCodes;
import org.sitrep.internal.DependencyTree;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;
import org.sitrep.model.Problem;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.pipeline.Resolved;

/**
 * Codes events by matching lexicon patterns against the dependency tree. For every verb or noun whose lemma
 * triggers patterns, the most specific pattern whose required words, complement and actor slots are all
 * found fires; its source and target are the actors standing in the slots, one event per source-target pair
 * when either side is a compound ("Norland and Vesta"). Events the text denies ("denied that a deal was
 * reached"), negates, asks about or poses as hypothetical are not coded; events that are intended, promised,
 * set in the future or refused take the code {@code intent-codes.tsv} gives them (03, 13 and 12 families).
 * A statement (010) is kept only when nothing else is coded from its sentence, unless asked otherwise. When
 * the object names no one, a verb's event is coded with no target; agentless violence with no source
 * ({@link #NO_SOURCE}). Thread-safe.
 */
public final class DependencyCoder implements ExplainableCoder {

    private static final Set<String> NEGATIONS = Set.of("not", "never", "n't", "no", "nor");
    /** Verbs that deny or cancel what their complement says. */
    private static final Set<String> DENIALS = Set.of("deny", "dismiss", "refute", "fail", "refuse", "decline",
            "rule", "disprove", "avoid", "stop", "cease", "halt");
    /** Modal verbs that make a verb hypothetical rather than a reported fact. */
    private static final Set<String> HYPOTHETICAL_MODALS = Set.of("could", "might", "may", "would", "should",
            "must", "ought", "can");
    private static final Set<String> HYPOTHETICAL_MARKERS = Set.of("if", "unless", "whether");
    /**
     * Verbs whose complement is intended, demanded, feared or alleged, not done: in "threatened to attack" only
     * the threat happened, in "charged that Kestria attacked" only the accusation.
     */
    private static final Set<String> IRREALIS = Set.of("threaten", "vow", "plan", "want", "intend", "hope",
            "promise", "pledge", "seek", "try", "attempt", "urge", "demand", "ask", "call", "prepare", "consider",
            "propose", "warn", "tell", "order", "wish", "aim", "expect", "offer", "agree", "decide", "push",
            "press", "need", "encourage", "invite", "request", "insist", "appeal", "direct", "instruct", "command",
            "authorize", "authorise", "allege", "charge", "accuse");
    /** Nouns whose "from" phrase names what is left behind, not who acts. */
    private static final Set<String> MOVING_AWAY = Set.of("withdrawal", "exit", "departure", "retreat", "pullout",
            "expulsion", "escape", "defection", "release", "evacuation", "deportation", "removal");
    /** Relations that lead from a head into the core of its phrase, where required words may stand. */
    private static final String[] CORE_RELATIONS = {"obj", "iobj", "compound", "amod", "nmod", "obl", "xcomp",
            "advmod", "nummod", "det"};
    private static final String[] CLAUSE_RELATIONS = {"ccomp", "xcomp", "parataxis", "dep", "advcl"};

    private static final Set<String> INTENT = ConstructionWords.list("intent");
    private static final Set<String> THREAT = ConstructionWords.list("threat");
    private static final Set<String> REFUSAL = ConstructionWords.list("refusal");
    private static final Set<String> ALLEGED = ConstructionWords.list("alleged");
    private static final Set<String> FUTURE = ConstructionWords.list("future");
    private static final Set<String> ATTACK_NOUNS = ConstructionWords.list("attack_noun");
    private static final Set<String> BOMBS = ConstructionWords.list("bomb");
    private static final Set<String> CRITICISED = ConstructionWords.list("criticised");
    private static final Set<String> ARMED = ConstructionWords.list("armed_agent");
    private static final Set<String> BUSINESS = Set.of("BUS", "MNC");
    private static final Set<String> PERSON_TITLES = ConstructionWords.list("person_title");
    /** Prepositions under a target phrase's thing that name its owner or host: "the fighting in Vesta". */
    private static final Set<String> THING_OF_AN_ACTOR = Set.of("of", "in");
    private static final Set<String> CIVILIAN_OBJECTS = ConstructionWords.list("civilian_object");
    private static final Set<String> ANSWERS = ConstructionWords.list("answer");
    private static final Set<String> ASKING = ConstructionWords.list("asking");
    private static final Set<String> FORCE = ConstructionWords.list("force");
    private static final Set<String> PLANNED = ConstructionWords.list("planned");
    private static final Set<String> PRONOUNS = Set.of("it", "they", "he", "she", "we");
    /** Roots whose act is aimed at whom its that-clause is about: appeals, demands, accusations, rejections, threats. */
    private static final Set<String> CLAUSE_TARGET_ROOTS = Set.of("02", "10", "11", "12", "13");
    /** The statement an "according to" phrase attributes; a construction of the coder, not a lexicon line. */
    private static final EventPattern ATTRIBUTED_STATEMENT = new EventPattern("010", "according_to.source", false,
            "according", List.of(), List.of(), false, "", "", false, false, false, false, false, "",
            "DependencyCoder (according to SOURCE)");
    /** Prepositions whose phrase names whom an event is aimed at when its object names no one. */
    private static final Set<String> TARGET_PREPOSITIONS = Set.of("to", "with", "against", "on", "toward", "towards");
    /**
     * The source of an event whose text names no one who acted ("ten soldiers were killed", "a bomb blast
     * killed six"): no code and no name, as GDELT leaves Actor1 blank. Only violent and coercive events (roots
     * 17 to 20) are coded without a source.
     */
    public static final Actor NO_SOURCE = new Actor("", "", "");

    private final Lexicon lexicon;
    private final CameoTable table;
    private final IntentCodes intents = IntentCodes.standard();
    private final boolean keepStatements;

    public DependencyCoder(Lexicon lexicon, CameoTable table) {
        this(lexicon, table, false);
    }

    /**
     * @param keepStatements keep every statement (010) even in sentences that code something else; by
     *                       default, as in PETRARCH, "X said" is coded only when nothing else is
     */
    public DependencyCoder(Lexicon lexicon, CameoTable table, boolean keepStatements) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.table = Objects.requireNonNull(table, "table");
        this.keepStatements = keepStatements;
    }

    /** This coder with the same lexicon and table, keeping every statement (010) or not. */
    public DependencyCoder keepingStatements(boolean keep) {
        return keep == keepStatements ? this : new DependencyCoder(lexicon, table, keep);
    }

    @Override
    public List<Event> code(Resolved resolved, String articleId, List<Problem> problems) {
        List<Event> events = new ArrayList<>();
        Set<String> eventIds = new HashSet<>();
        List<Integer> unmatched = new ArrayList<>();
        for (Sentence sentence : resolved.parsed().sentences()) {
            if (!sentence.parsed()) {
                continue;
            }
            List<Mention> mentions = resolved.mentionsIn(sentence.index());
            List<Mention> previous = sentence.index() > 0 ? resolved.mentionsIn(sentence.index() - 1) : List.of();
            List<Event> found = codeSentence(new DependencyTree(sentence), mentions, previous, articleId, problems,
                    null);
            if (found.isEmpty() && mentions.stream().filter(m -> m.actor().isKnown()).count() >= 2) {
                unmatched.add(sentence.index());
            }
            for (Event event : found) {
                // Two rules reading one construction can give the same event; it is one report.
                if (eventIds.add(event.id())) {
                    events.add(event);
                }
            }
        }
        if (!unmatched.isEmpty()) {
            // One problem per article, not per sentence: the list says where to look without flooding the
            // problems table.
            String first = resolved.parsed().sentences().get(unmatched.get(0)).span().of(resolved.parsed().text());
            problems.add(new Problem(Problem.Kind.NO_VERB_MATCH, articleId + "#" + unmatched.get(0),
                    unmatched.size() + " sentence(s) with two or more actors matched no pattern, at "
                            + unmatched + "; the first: " + abbreviate(first)));
        }
        return events;
    }

    @Override
    public boolean mayTrigger(Sentence tagged) {
        Set<String> words = null;
        for (int t = 0; t < tagged.tokens().size(); t++) {
            var token = tagged.tokens().get(t);
            if (isAccordingTo(tagged, t)) {
                return true;
            }
            List<EventPattern> patterns = token.isVerb() ? lexicon.verbPatterns(token.lemma())
                    : token.isNoun() ? lexicon.nounPatterns(token.lemma()) : List.of();
            if (patterns.isEmpty()) {
                continue;
            }
            if (words == null) {
                words = lemmasOf(tagged);
            }
            // Parsing is the pipeline's cost: a trigger whose every pattern needs a word the sentence lacks
            // ("threat" with no "death" for "death threat against") cannot fire, so it is no reason to parse.
            for (EventPattern pattern : patterns) {
                if (hasAllWords(pattern, words)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The sentence's lemmas, with a tagger's unlemmatised plurals also in the singular (see lemmaIs). */
    private static Set<String> lemmasOf(Sentence tagged) {
        Set<String> words = new HashSet<>();
        for (var token : tagged.tokens()) {
            String lemma = token.lemma().toLowerCase(java.util.Locale.ROOT);
            words.add(lemma);
            if (token.tag().startsWith("NNS") && lemma.endsWith("s")) {
                words.add(lemma.substring(0, lemma.length() - 1));
            }
        }
        return words;
    }

    private static boolean hasAllWords(EventPattern pattern, Set<String> words) {
        for (EventPattern.Word word : pattern.required()) {
            if (!words.contains(word.lemma())) {
                return false;
            }
        }
        return words.containsAll(pattern.complement());
    }

    @Override
    public List<Event> codeSentence(DependencyTree tree, List<Mention> mentions, String articleId,
                                    List<Problem> problems, List<String> trace) {
        return codeSentence(tree, mentions, List.of(), articleId, problems, trace);
    }

    /**
     * As {@link #codeSentence(DependencyTree, List, String, List, List)}, with the mentions of the sentence
     * before, where a pronoun that opens a sentence ("It expelled two diplomats") finds whom it stands for.
     */
    private List<Event> codeSentence(DependencyTree tree, List<Mention> mentions, List<Mention> previous,
                                     String articleId, List<Problem> problems, List<String> trace) {
        List<Event> events = new ArrayList<>();
        // Per event: the word of intent it was coded under, or -1; and its trigger token.
        List<Integer> governors = new ArrayList<>();
        List<Integer> triggers = new ArrayList<>();
        List<Boolean> generic = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        boolean question = isQuestion(tree);
        // A word that was part of a pattern that fired ("support" in "provide military support") is not a
        // trigger of its own: one construction, one event.
        Set<Integer> consumed = new HashSet<>();
        for (int t = 0; t < tree.sentence().tokens().size(); t++) {
            List<EventPattern> candidates = consumed.contains(t) ? List.of() : candidates(tree, t);
            if (candidates.isEmpty()) {
                continue;
            }
            String word = tree.token(t).word();
            // The object of a light verb ("will impose sanctions", "did not launch an attack") is as real as
            // the verb is.
            int lightVerb = tree.token(t).isNoun() && tree.hasRelation(t, "obj") ? tree.parent(t) : -1;
            Mood mood = mood(tree, t, question, mentions);
            if (mood.kind() == Kind.FACT && lightVerb >= 0) {
                mood = mood(tree, lightVerb, question, mentions);
            }
            EventPattern fallback = null;
            Attempt fallbackAttempt = null;
            String fallbackCode = null;
            boolean fired = false;
            if (mood.kind() == Kind.FACT && tree.token(t).isNoun() && tree.anyChild(t,
                    c -> tree.hasRelation(c, "amod", "compound") && PLANNED.contains(tree.lemma(c)))) {
                // "Marr's planned visit to Vesta": a meeting to come is an intent to meet.
                mood = new Mood(Kind.INTENT, "planned", t, false);
            }
            for (EventPattern pattern : candidates) {
                Mood effective = effective(tree, mood, pattern, t, lightVerb);
                if (pattern.negated()) {
                    if (!isNegated(tree, t)) {
                        note(trace, word, pattern, "no match: fires only when negated");
                        continue;
                    }
                    // "did not rule out talks": the negation is the event.
                    effective = effective.kind() == Kind.NOT_CODED && !effective.reason().startsWith("negated")
                            ? effective : Mood.FACT;
                }
                String code = codeIn(pattern.code(), effective);
                if (code == null) {
                    note(trace, word, pattern, "not coded: " + effective.reason()
                            + (effective.kind() == Kind.NOT_CODED ? "" : ", and CAMEO has no code for that"));
                    continue;
                }
                if (pattern.intransitive() && tree.firstChild(t, "obj", "ccomp", "xcomp") >= 0) {
                    note(trace, word, pattern, "no match: the verb has an object or complement here");
                    continue;
                }
                if (pattern.reporting() && !reportsSpeech(tree, t)) {
                    note(trace, word, pattern, "no match: the verb reports no clause or quote here");
                    continue;
                }
                Attempt attempt = attempt(tree, t, pattern, mentions, previous, code);
                if (attempt.failure != null) {
                    note(trace, word, pattern, "no match: " + attempt.failure);
                    if (attempt.onlyTargetMissing && fallback == null) {
                        fallback = pattern;
                        fallbackAttempt = attempt;
                        fallbackCode = code;
                    }
                    continue;
                }
                if (fire(events, governors, triggers, generic, seen, tree, t, pattern, attempt, code, effective,
                        articleId, problems, trace)) {
                    consumed.addAll(attempt.triggerTokens);
                }
                fired = true;
                break;
            }
            if (!fired && fallback != null) {
                // "rejected a call for talks": the object names no one, but the rejection happened.
                fallbackAttempt.failure = null;
                fallbackAttempt.targets = List.of();
                note(trace, word, fallback, "fires with no target: its target slot names no actor");
                if (fire(events, governors, triggers, generic, seen, tree, t, fallback, fallbackAttempt, fallbackCode,
                        effective(tree, mood, fallback, t, lightVerb), articleId, problems, trace)) {
                    consumed.addAll(fallbackAttempt.triggerTokens);
                }
            }
        }
        dropGenericIntentVerbs(events, governors, triggers, generic, trace);
        if (events.isEmpty() && !question) {
            attributedStatement(events, seen, tree, mentions, articleId, trace);
        }
        if (!keepStatements && events.stream().anyMatch(e -> !e.cameoCode().equals("010"))) {
            // PETRARCH's convention: "X said" is an event only when what was said codes nothing.
            if (trace != null && events.stream().anyMatch(e -> e.cameoCode().equals("010"))) {
                trace.add("statements (010) dropped: the sentence codes other events");
            }
            events.removeIf(e -> e.cameoCode().equals("010"));
        }
        return events;
    }

    /**
     * Emits the events of a pattern that matched, after the checks that need its actors: a military verb
     * about markets or a title is no event, "attacked the plan" is criticism.
     */
    private boolean fire(List<Event> events, List<Integer> governors, List<Integer> triggers, List<Boolean> generic,
                         Set<String> seen, DependencyTree tree, int t, EventPattern pattern, Attempt attempt,
                         String code, Mood mood, String articleId, List<Problem> problems, List<String> trace) {
        String word = tree.token(t).word();
        String root = code.substring(0, 2);
        if (root.compareTo("17") >= 0 && (civilianUse(tree, t) || attempt.sources.stream()
                .anyMatch(m -> isBusiness(m.actor())))) {
            note(trace, word, pattern, "not coded: a military word used of business, sport or elections");
            return false;
        }
        if (root.compareTo("18") >= 0 && isCriticism(tree, t, attempt)) {
            code = "111";
        }
        if (code.equals("144") && attempt.sources.stream().anyMatch(m -> isArmed(m.actor()))) {
            // Protesters who block a road obstruct it (144); police and troops who do restrict movement (191).
            code = "191";
        }
        List<Mention> knownSources = attempt.sources.stream().filter(m -> m.actor().isKnown()).toList();
        if (attempt.noSource && attempt.bombCode == null
                && attempt.targets.stream().noneMatch(m -> m.actor().isKnown())) {
            note(trace, word, pattern, "not coded: no one named on either side");
            return false;
        }
        if (knownSources.isEmpty() && !attempt.noSource) {
            note(trace, word, pattern, "matched, but the source names no known actor");
            problems.add(new Problem(Problem.Kind.UNKNOWN_ACTOR, articleId + "#" + tree.sentence().index(),
                    "pattern " + pattern.id() + " matched '" + word + "' but its source "
                            + describe(attempt.sources) + " is not a known actor"));
            return false;
        }
        if (attempt.bombCode != null) {
            code = attempt.bombCode;
        }
        int before = events.size();
        String rule = pattern.id() + switch (mood.kind()) {
            case INTENT -> "+intent";
            case REFUSAL -> "+refusal";
            default -> "";
        };
        emit(events, seen, tree, pattern, attempt, knownSources, articleId, code, rule);
        for (int k = before; k < events.size(); k++) {
            governors.add(mood.kind() == Kind.FACT ? -1 : mood.governor());
            triggers.add(t);
            generic.add(pattern.complement().isEmpty() && pattern.required().isEmpty());
        }
        note(trace, word, pattern, "fired: " + (events.size() - before) + " event(s)"
                + (code.equals(pattern.code()) ? "" : " coded " + code + (mood.kind() == Kind.FACT ? "" : " (" + mood.reason() + ")")));
        return true;
    }

    /**
     * "Norland pledged to send troops": the pledge's own broad line (030) says less than the intent coded from
     * what was pledged (0332); the broad one goes.
     */
    private static void dropGenericIntentVerbs(List<Event> events, List<Integer> governors, List<Integer> triggers,
                                               List<Boolean> generic, List<String> trace) {
        Set<Integer> used = new HashSet<>(governors);
        for (int k = events.size() - 1; k >= 0; k--) {
            if (generic.get(k) && used.contains(triggers.get(k)) && governors.get(k) < 0) {
                if (trace != null) {
                    trace.add("dropped " + events.get(k).cameoCode() + " (" + events.get(k).rule()
                            + "): what the word of intent governs is coded instead");
                }
                events.remove(k);
            }
        }
    }

    /**
     * The mood of a pattern at a trigger: what governs the clause, then the clause's own auxiliaries. "will
     * meet" is an intent to meet, "could meet" nothing yet; a pattern that is a demand or threat by its nature
     * ("tell ... must leave") carries its modal in itself.
     */
    private static Mood effective(DependencyTree tree, Mood governed, EventPattern pattern, int t, int lightVerb) {
        if (governed.kind() != Kind.FACT || pattern.modal()) {
            return governed;
        }
        int anchor = pattern.noun() ? lightVerb : t;
        return anchor >= 0 ? ownModality(tree, anchor) : Mood.FACT;
    }

    /** The code an event takes in its mood, or null when that mood codes nothing. */
    private String codeIn(String code, Mood mood) {
        return switch (mood.kind()) {
            case FACT -> code;
            case NOT_CODED -> null;
            case INTENT -> mood.threat() && code.compareTo("10") < 0 ? null : intents.intent(code).orElse(null);
            case REFUSAL -> intents.refusal(code).orElse(null);
        };
    }

    private List<EventPattern> candidates(DependencyTree tree, int t) {
        var token = tree.token(t);
        if (token.isVerb()) {
            return lexicon.verbPatterns(token.lemma());
        }
        if (token.isNoun()) {
            if (isVerbInHeadline(tree, t)) {
                List<EventPattern> both = new ArrayList<>(lexicon.verbPatterns(token.lemma()));
                both.addAll(lexicon.nounPatterns(token.lemma()));
                return both;
            }
            return lexicon.nounPatterns(token.lemma());
        }
        return List.of();
    }

    /**
     * Headlines drop the words that tell verbs from nouns, and the tagger then reads "Kestria attacks Norland
     * border town" without a verb: the root noun of a sentence with no verb at all, an actor right before it,
     * may be its verb.
     */
    private static boolean isVerbInHeadline(DependencyTree tree, int t) {
        if (tree.parent(t) >= 0 || !tree.token(t).tag().equals("NNS") || t == 0) {
            return false;
        }
        for (var token : tree.sentence().tokens()) {
            if (token.isVerb()) {
                return false;
            }
        }
        return true;
    }

    /** What a pattern found at a trigger, or why it failed. */
    private static final class Attempt {
        String failure;
        final List<Integer> triggerTokens = new ArrayList<>();
        List<Mention> sources = List.of();
        List<Mention> targets = List.of();
        /** Only the target slot failed: the event may still be coded without a target. */
        boolean onlyTargetMissing;
        /** The text names no one who acted, and the event is one coded so (roots 17 to 20). */
        boolean noSource;
        /** The code of a bombing by no one named ("a bomb blast killed six"), or null. */
        String bombCode;
    }

    private Attempt attempt(DependencyTree tree, int t, EventPattern pattern, List<Mention> mentions,
                            List<Mention> previous, String code) {
        Attempt attempt = new Attempt();
        attempt.triggerTokens.add(t);
        List<Integer> core = coreTokens(tree, t);
        for (EventPattern.Word word : pattern.required()) {
            int found = findRequired(tree, t, core, word);
            if (found < 0) {
                attempt.failure = "required " + (word.particle() ? "particle" : "word") + " '"
                        + (word.preposition().isEmpty() ? "" : word.preposition() + " ") + word.lemma() + "' not found";
                return attempt;
            }
            attempt.triggerTokens.add(found);
        }
        int clause = -1;
        if (!pattern.complement().isEmpty()) {
            clause = complementClause(tree, t, pattern.complement());
            if (clause < 0) {
                attempt.failure = "no clause with " + pattern.complement();
                return attempt;
            }
            attempt.triggerTokens.add(clause);
            for (int object : tree.children(clause, "obj")) {
                // "agreed to hold joint military exercises": the exercises are part of this event, not another.
                if (pattern.complement().contains(tree.lemma(object))) {
                    attempt.triggerTokens.add(object);
                }
            }
        }
        boolean passive = !pattern.noun() && (tree.firstChild(t, "nsubj:pass", "aux:pass") >= 0
                || isPassiveParticiple(tree, t) || isExistentialParticiple(tree, t));
        // Source.
        List<Integer> sourceHeads = new ArrayList<>();
        if (pattern.noun()) {
            for (int token : attempt.triggerTokens) {
                sourceHeads.addAll(nounSources(tree, token, pattern.sourcePreposition(), token == t));
            }
        } else if (passive) {
            sourceHeads.addAll(tree.children(t, "obl:agent"));
            for (int obl : tree.children(t, "obl")) {
                if (tree.hasCaseMarker(obl, "by")) {
                    sourceHeads.add(obl);
                }
            }
            if (Arguments.actorsAt(tree, sourceHeads, mentions).isEmpty()) {
                // "five civilians were killed in Norlandian shelling": the attack's own actor did it.
                for (int obl : tree.children(t, "obl", "obl:agent")) {
                    if (ATTACK_NOUNS.contains(tree.lemma(obl))) {
                        sourceHeads.addAll(nounSources(tree, obl, "", true));
                    } else if (tree.anyChild(obl, c -> tree.hasRelation(c, "amod", "compound", "acl")
                            && ATTACK_NOUNS.contains(tree.lemma(c)))) {
                        // The parser may read "in Norlandic shelling" with the adjective as head, the
                        // attack noun hanging from it as a modifier or as a participle (acl).
                        sourceHeads.add(obl);
                    }
                }
            }
        } else {
            int subject = tree.firstChild(t, "nsubj", "csubj");
            if (subject >= 0 && Arguments.isRelativePronoun(tree, subject) && tree.hasRelation(t, "acl:relcl")
                    && tree.parent(t) >= 0) {
                // "the rebels who attacked Vesta": "who" stands for the rebels.
                subject = tree.parent(t);
            }
            if (subject < 0 && (tree.parent(t) < 0 || tree.hasRelation(t, "dep", "parataxis"))) {
                subject = actorRightBefore(tree, t, mentions);
            }
            if (subject < 0) {
                subject = Arguments.subjectOf(tree, t);
            }
            if (subject >= 0) {
                sourceHeads.add(subject);
            }
        }
        attempt.sources = Arguments.actorsAt(tree, sourceHeads, mentions);
        if (attempt.sources.isEmpty()) {
            attempt.sources = antecedents(tree, sourceHeads, mentions, previous);
        }
        if (attempt.sources.isEmpty()) {
            String root = code.substring(0, 2);
            boolean coercion = root.compareTo("17") >= 0;
            attempt.bombCode = passive || pattern.noun() ? null : bombing(tree, sourceHeads);
            if (coercion && (passive || attempt.bombCode != null)
                    || (pattern.noun() && root.compareTo("16") >= 0)
                    || (!pattern.noun() && !root.equals("01") && isPronoun(tree, sourceHeads))) {
                // "ten soldiers were killed", "a bomb blast killed six", "airstrikes on Vesta", "sanctions
                // against Vesta", "he praised Vesta's army" with no one for "he" to stand for: an event by no
                // one named, coded when its target is known.
                attempt.noSource = true;
            } else {
                attempt.failure = sourceHeads.isEmpty() ? "no source slot" : "no actor in the source slot";
                return attempt;
            }
        }
        // Target.
        if (!pattern.hasTarget() && clause >= 0 && clause != tree.parent(t)) {
            // "demanded that Turkish forces leave", "threatened to attack Norland": with no slot of its own,
            // the target is whom the complement is about.
            List<Integer> about = tree.children(clause, "nsubj", "nsubj:pass");
            List<Mention> aboutActors = Arguments.actorsAt(tree, about, mentions);
            if (aboutActors.isEmpty() || aboutActors.equals(attempt.sources)) {
                // An object is a target only when it names someone in particular: in "agreed to join
                // forces" the forces are no one.
                aboutActors = Arguments.actorsAt(tree, tree.children(clause, "obj"), mentions).stream()
                        .filter(m -> m.actor().isKnown() && !m.actor().entry().startsWith("agent:")).toList();
            }
            if (aboutActors.isEmpty()) {
                // "agreed to hold joint exercises with Vesta": whom the complement's phrase names.
                aboutActors = Arguments.actorsAt(tree, looseTargetHeads(tree, clause), mentions).stream()
                        .filter(m -> m.actor().isKnown()).toList();
            }
            attempt.targets = aboutActors.stream().filter(m -> !attempt.sources.contains(m)).toList();
        }
        if (!pattern.hasTarget() && clause < 0 && pattern.required().stream().noneMatch(EventPattern.Word::particle)) {
            // "released the Talvian prisoners": whose prisoners the required word says.
            List<Integer> modifiers = new ArrayList<>();
            for (int token : attempt.triggerTokens.subList(1, attempt.triggerTokens.size())) {
                modifiers.addAll(tree.children(token, "amod", "compound", "nmod:poss"));
            }
            attempt.targets = Arguments.actorsAt(tree, modifiers, mentions).stream()
                    .filter(m -> m.actor().isKnown() && !m.actor().entry().startsWith("agent:")
                            && !attempt.sources.contains(m)).toList();
        }
        if (!pattern.hasTarget() && clause < 0 && attempt.targets.isEmpty()
                && CLAUSE_TARGET_ROOTS.contains(code.substring(0, 2))) {
            // "demands that the country hand over its weapons", "warned that Vesta would pay": a demand, appeal,
            // accusation, rejection or threat is aimed at whom its that-clause is about.
            List<Integer> about = new ArrayList<>();
            for (int complement : tree.children(t, "ccomp")) {
                about.addAll(tree.children(complement, "nsubj", "nsubj:pass"));
            }
            attempt.targets = Arguments.actorsAt(tree, about, mentions).stream()
                    .filter(m -> m.actor().isKnown() && !attempt.sources.contains(m)
                            && attempt.sources.stream().noneMatch(s -> s.actor().code().equals(m.actor().code())))
                    .toList();
        }
        if (pattern.hasTarget()) {
            List<Integer> targetHeads = targetHeads(tree, t, pattern, attempt.triggerTokens, passive);
            attempt.targets = Arguments.actorsAt(tree, targetHeads, mentions);
            attempt.targets = attempt.targets.stream().filter(m -> !attempt.sources.contains(m)).toList();
            if (attempt.targets.isEmpty() && pattern.targetPreposition().isEmpty() && !pattern.noun() && !passive) {
                // "sent aid to Vesta", "demanded that Norland withdraw": the object names no one, but a "to",
                // "with", "against" or "on" phrase or the complement's subject does.
                attempt.targets = Arguments.actorsAt(tree, looseTargetHeads(tree, t), mentions).stream()
                        .filter(m -> !attempt.sources.contains(m)).toList();
            }
            if (attempt.targets.isEmpty() && !pattern.targetPreposition().isEmpty() && !targetHeads.isEmpty()) {
                // "concern over the fighting in Vesta", "sanctions on Vesta's oil sector": the phrase names a
                // thing; whom it is about is the actor that owns or hosts it.
                // Only a country hosts: "in Vesta's capital" names a place, not its government.
                attempt.targets = Arguments.actorsAt(tree, targetHeads, mentions, THING_OF_AN_ACTOR).stream()
                        .filter(m -> m.actor().isKnown() && m.actor().entry().startsWith("country:")
                                && !attempt.sources.contains(m)).toList();
            }
            if (attempt.targets.isEmpty()) {
                attempt.failure = targetHeads.isEmpty() ? "no target slot" : "no actor in the target slot";
                // A verb whose object names no one ("rejected the proposal") still did what it says; a noun
                // event, a statement or an agentless passive with no one on either side says too little.
                // Broad cooperative lines ("released a statement", "received criticism", "supported the bill")
                // say nothing without their actor: only specific lines and conflict (roots 10 to 20) qualify.
                attempt.onlyTargetMissing = !pattern.noun() && !code.equals("010")
                        && (!code.startsWith("01") || !pattern.required().isEmpty())
                        && (!pattern.required().isEmpty() || !pattern.complement().isEmpty()
                                || (code.compareTo("10") >= 0 && !targetHeads.isEmpty()))
                        && (!attempt.noSource || attempt.bombCode != null);
                return attempt;
            }
        }
        return attempt;
    }

    /**
     * Whether the verb reports speech: "added that talks would resume", "tweeted: ...", or the attribution
     * of a quote ("'We will not leave,' the minister added"), where the parser hangs the verb from the quote.
     * "Added troops" and "posted soldiers" are not statements.
     */
    private static boolean reportsSpeech(DependencyTree tree, int t) {
        return tree.firstChild(t, "ccomp", "parataxis") >= 0 || tree.hasRelation(t, "parataxis");
    }

    /** Where a target may stand when the object names no one: to/with/against/on phrases, then clauses. */
    private static List<Integer> looseTargetHeads(DependencyTree tree, int t) {
        List<Integer> heads = new ArrayList<>();
        List<Integer> anchors = new ArrayList<>();
        anchors.add(t);
        anchors.addAll(tree.children(t, "obj"));
        for (int anchor : anchors) {
            for (int child : tree.children(anchor, "obl", "nmod")) {
                if (TARGET_PREPOSITIONS.stream().anyMatch(p -> tree.hasCaseMarker(child, p))) {
                    heads.add(child);
                }
            }
        }
        for (int clause : tree.children(t, "ccomp", "xcomp")) {
            heads.addAll(tree.children(clause, "nsubj", "nsubj:pass"));
        }
        return heads;
    }

    /**
     * "Vallonia said it had expelled two Norland diplomats": a pronoun subject stands for the speaker of the
     * clause it is reported in when they agree (he and she for people, it, they and we for the rest), else
     * for the nearest actor before it in the sentence that agrees.
     */
    private static List<Mention> antecedents(DependencyTree tree, List<Integer> heads, List<Mention> mentions,
                                             List<Mention> previous) {
        for (int head : heads) {
            String pronoun = tree.lemma(head).toLowerCase(java.util.Locale.ROOT);
            if (!tree.token(head).tag().equals("PRP") || !PRONOUNS.contains(pronoun)) {
                continue;
            }
            boolean person = pronoun.equals("he") || pronoun.equals("she");
            int clause = tree.parent(head);
            for (int depth = 0; depth < 3 && clause >= 0; depth++) {
                // Only reported speech speaks for its speaker: in "accused Kestria after it shelled Maran" the
                // "it" is Kestria, the nearest agreeing actor.
                if (!tree.hasRelation(clause, "ccomp", "parataxis")) {
                    break;
                }
                clause = tree.parent(clause);
                int speaker = tree.firstChild(clause, "nsubj");
                if (speaker >= 0 && speaker != head) {
                    List<Mention> said = Arguments.actorsAt(tree, List.of(speaker), mentions).stream()
                            .filter(m -> m.actor().isKnown() && isPersonal(tree, m) == person).toList();
                    if (!said.isEmpty()) {
                        return said;
                    }
                    if (!Arguments.actorsAt(tree, List.of(speaker), mentions).isEmpty()) {
                        break;
                    }
                }
            }
            Mention nearest = null;
            for (Mention mention : mentions) {
                if (mention.lastToken() < head && mention.actor().isKnown() && isPersonal(tree, mention) == person
                        && (nearest == null || mention.lastToken() > nearest.lastToken())) {
                    nearest = mention;
                }
            }
            if (nearest != null) {
                return List.of(nearest);
            }
            if (head == 0 || (head == 1 && tree.token(0).tag().equals("CC"))) {
                // A sentence that opens with "It" or "He" goes on about the previous one's first actor that
                // agrees, usually its subject; the mention stands at the pronoun, with that actor.
                for (Mention mention : previous) {
                    if (mention.actor().isKnown() && isPersonal(tree, mention) == person) {
                        return List.of(new Mention(tree.sentence().index(), head, head, tree.token(head).span(),
                                mention.actor()));
                    }
                }
            }
        }
        return List.of();
    }

    /**
     * "Two soldiers were wounded, according to Norland's defence ministry": a sentence that codes nothing
     * else is still the named actor's public statement (010), as "the ministry said two soldiers were
     * wounded" would be.
     */
    private void attributedStatement(List<Event> events, Set<String> seen, DependencyTree tree,
                                     List<Mention> mentions, String articleId, List<String> trace) {
        for (int t = 0; t + 1 < tree.sentence().tokens().size(); t++) {
            if (!isAccordingTo(tree.sentence(), t)) {
                continue;
            }
            // Mostly "according" is the case marker of the speaker's phrase; the parser may also read it as a
            // verb with the speaker in its "to" phrase.
            List<Integer> phrase = tree.hasRelation(t, "case", "mark") ? List.of(tree.parent(t))
                    : tree.children(t, "obl", "nmod");
            List<Mention> speakers = Arguments.actorsAt(tree, phrase, mentions).stream()
                    .filter(m -> m.actor().isKnown()).toList();
            if (speakers.isEmpty()) {
                continue;
            }
            Attempt attempt = new Attempt();
            attempt.triggerTokens.add(t);
            attempt.triggerTokens.add(t + 1);
            attempt.sources = speakers;
            attempt.targets = List.of();
            if (trace != null) {
                trace.add("'according to' names the speaker of what the sentence reports: "
                        + ATTRIBUTED_STATEMENT.id() + " (010)");
            }
            emit(events, seen, tree, ATTRIBUTED_STATEMENT, attempt, speakers, articleId, "010",
                    ATTRIBUTED_STATEMENT.id());
            return;
        }
    }

    private static boolean isAccordingTo(Sentence sentence, int t) {
        return t + 1 < sentence.tokens().size()
                && sentence.tokens().get(t).word().equalsIgnoreCase("according")
                && sentence.tokens().get(t + 1).word().equalsIgnoreCase("to");
    }

    /** Whether the source slot is a personal pronoun ("he", "they"), which names someone not in view. */
    private static boolean isPronoun(DependencyTree tree, List<Integer> heads) {
        return heads.size() == 1 && tree.token(heads.get(0)).tag().equals("PRP")
                && PRONOUNS.contains(tree.lemma(heads.get(0)).toLowerCase(java.util.Locale.ROOT));
    }

    /** A company or business group: its "attacks" and "captures" are market moves. */
    private static boolean isBusiness(Actor actor) {
        return hasCodePart(actor, BUSINESS);
    }

    /** A military, police, rebel or insurgent actor: its attacks are force, not words. */
    private static boolean isArmed(Actor actor) {
        return hasCodePart(actor, ARMED);
    }

    /** Whether one of the actor code's three-letter parts is in the set. */
    private static boolean hasCodePart(Actor actor, Set<String> parts) {
        String code = actor.code();
        for (int at = 0; at + 3 <= code.length(); at += 3) {
            if (parts.contains(code.substring(at, at + 3))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether "he" or "she" can stand for the mention: a known person, or one holder of a title ("Norland's
     * president", "a defence ministry spokesman"), which the resolver codes as an agent, not a person.
     */
    private static boolean isPersonal(DependencyTree tree, Mention mention) {
        if (isPerson(mention)) {
            return true;
        }
        if (mention.sentence() != tree.sentence().index()) {
            return false;
        }
        // A bare title with no country ("fit for a king") is seldom the one the pronoun means.
        int last = mention.lastToken();
        return mention.actor().code().length() > 3 && !tree.token(last).tag().startsWith("NNS")
                && PERSON_TITLES.contains(tree.lemma(last));
    }

    private static boolean isPerson(Mention mention) {
        return mention.actor().entry().contains("person:");
    }

    /**
     * The code of a bombing whose subject is the bomb ("a car bomb killed six"): 183, narrowed by the kind of
     * bomb; null when the subject is no bomb.
     */
    private static String bombing(DependencyTree tree, List<Integer> subjects) {
        for (int subject : subjects) {
            if (!tree.hasRelation(subject, "nsubj") || !BOMBS.contains(tree.lemma(subject))) {
                continue;
            }
            Set<String> modifiers = new HashSet<>();
            for (int modifier : tree.children(subject, "compound", "amod")) {
                modifiers.add(tree.lemma(modifier));
                tree.children(modifier, "compound", "amod").forEach(m -> modifiers.add(tree.lemma(m)));
            }
            if (modifiers.contains("suicide") || tree.lemma(subject).equals("bomber")) {
                return "1831";
            }
            if (modifiers.contains("car") || modifiers.contains("truck") || modifiers.contains("vehicle")) {
                return "1832";
            }
            if (modifiers.contains("roadside")) {
                return "1833";
            }
            return "183";
        }
        return null;
    }

    /** A military verb whose object or phrase is a market, a title or a seat: "captured market share". */
    private static boolean civilianUse(DependencyTree tree, int t) {
        List<Integer> words = new ArrayList<>(tree.children(t, "obj", "obl", "nmod"));
        if (tree.token(t).isNoun() && tree.hasRelation(t, "obj") && tree.parent(t) >= 0) {
            words.addAll(tree.children(tree.parent(t), "obl"));
        }
        if (tree.hasRelation(t, "acl:relcl") && tree.parent(t) >= 0) {
            // "the election in which she defeated the incumbent": what the clause describes.
            words.add(tree.parent(t));
        }
        for (int word : words) {
            if (CIVILIAN_OBJECTS.contains(tree.lemma(word))) {
                return true;
            }
            for (int modifier : tree.children(word, "compound")) {
                if (CIVILIAN_OBJECTS.contains(tree.lemma(modifier))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "attacked the plan", "attacked Vask over his remarks", "verbally attacked": an attack with words (111).
     * Only for "attack" and "assault".
     */
    private static boolean isCriticism(DependencyTree tree, int t, Attempt attempt) {
        if (!Set.of("attack", "assault").contains(tree.lemma(t))) {
            return false;
        }
        int verb = tree.token(t).isNoun() && tree.hasRelation(t, "obj") ? tree.parent(t) : t;
        if (tree.anyChild(t, c -> Set.of("verbally", "publicly").contains(tree.lemma(c)))) {
            return true;
        }
        // Armies and rebels that attack "positions" or a "base" do it with force.
        if (attempt.sources.stream().anyMatch(m -> isArmed(m.actor()))) {
            return false;
        }
        for (int obl : tree.children(verb, "obl")) {
            if (tree.hasCaseMarker(obl, "over") || tree.hasCaseMarker(obl, "for") || tree.hasCaseMarker(obl, "as")) {
                return true;
            }
        }
        for (int object : tree.children(t, "obj", "nmod")) {
            if (CRITICISED.contains(tree.lemma(object))) {
                return true;
            }
        }
        // One person attacking another in politics news is a war of words.
        return !attempt.sources.isEmpty() && !attempt.targets.isEmpty()
                && attempt.sources.stream().allMatch(DependencyCoder::isPerson)
                && attempt.targets.stream().allMatch(DependencyCoder::isPerson);
    }

    private static int findRequired(DependencyTree tree, int t, List<Integer> core, EventPattern.Word word) {
        if (word.particle()) {
            for (int child : tree.children(t)) {
                if (tree.hasRelation(child, "compound:prt", "advmod") && tree.lemma(child).equals(word.lemma())) {
                    return child;
                }
                // "pulled out of the deal": "out" marks the prepositional phrase instead.
                if (tree.hasRelation(child, "obl") && tree.hasCaseMarker(child, word.lemma())) {
                    return child;
                }
            }
            return -1;
        }
        boolean particleReading = !word.preposition().isEmpty() && tree.anyChild(t,
                c -> tree.hasRelation(c, "compound:prt") && tree.lemma(c).equals(word.preposition()));
        for (int token : core) {
            if (!lemmaIs(tree, token, word.lemma())) {
                continue;
            }
            if (word.preposition().isEmpty() || tree.hasCaseMarker(token, word.preposition())
                    || (particleReading && tree.hasRelation(token, "obj"))) {
                return token;
            }
        }
        return -1;
    }

    /**
     * The tagger sometimes leaves a plural noun unlemmatised ("troops" tagged NNS with lemma troops): such a
     * plural still matches its singular.
     */
    private static boolean lemmaIs(DependencyTree tree, int token, String lemma) {
        String actual = tree.lemma(token);
        return actual.equals(lemma) || (tree.token(token).tag().startsWith("NNS") && actual.length() == lemma.length() + 1
                && actual.startsWith(lemma) && actual.endsWith("s"));
    }

    /** The trigger's objects, particles and modifiers and theirs: where required words may stand. */
    private static List<Integer> coreTokens(DependencyTree tree, int t) {
        List<Integer> core = new ArrayList<>();
        for (int child : tree.children(t)) {
            if (tree.hasRelation(child, CORE_RELATIONS) || tree.hasRelation(child, "compound:prt")) {
                core.add(child);
                for (int grandchild : tree.children(child, CORE_RELATIONS)) {
                    core.add(grandchild);
                }
                // "pulled out of": the particle-like "out" is the case marker of the prepositional phrase.
                for (int marker : tree.children(child, "case", "fixed")) {
                    core.add(marker);
                }
            }
        }
        return core;
    }

    private static int complementClause(DependencyTree tree, int t, List<String> words) {
        List<Integer> clauses = new ArrayList<>(tree.children(t, CLAUSE_RELATIONS));
        if (tree.parent(t) >= 0 && tree.hasRelation(t, "parataxis", "csubj", "dep", "ccomp")) {
            // Reported speech after its content ("Troops must leave, Orlov told Vesta") hangs the speech
            // verb under the content clause.
            clauses.add(tree.parent(t));
        }
        for (int clause : clauses) {
            Set<String> lemmas = new LinkedHashSet<>();
            lemmas.add(tree.lemma(clause));
            for (int child : tree.children(clause, "aux", "mark", "compound:prt", "xcomp", "cop", "obj")) {
                lemmas.add(tree.lemma(child));
                if (tree.hasRelation(child, "obj")) {
                    tree.children(child, "amod", "compound").forEach(modifier -> lemmas.add(tree.lemma(modifier)));
                }
            }
            if (lemmas.containsAll(words)) {
                return clause;
            }
        }
        return -1;
    }


    /**
     * Where a nominal event's source stands: a "by" phrase on the noun or on a required word, and on the
     * trigger itself also its possessor, actor adjectives and compounds.
     */
    /** The subject of a clause hanging under a noun ("accusations that Vesta armed..."), searched a little deep
     *  because the parser often hangs such clauses on a stray "dep" first. */
    private static int contentSubject(DependencyTree tree, int node, int depth) {
        if (depth > 3) {
            return -1;
        }
        for (int clause : tree.children(node, "acl", "ccomp", "dep", "acl:relcl", "parataxis")) {
            int subject = tree.firstChild(clause, "nsubj", "nsubj:pass");
            if (subject >= 0) {
                return subject;
            }
            int deeper = contentSubject(tree, clause, depth + 1);
            if (deeper >= 0) {
                return deeper;
            }
        }
        return -1;
    }

    /**
     * Headlines drop words and the parser often loses their subject ("Forces to leave, Orlov tells Maran"
     * comes out with no subject for "tells"); an actor named right before a subjectless verb is its subject.
     */
    private static int actorRightBefore(DependencyTree tree, int verb, List<Mention> mentions) {
        for (Mention mention : mentions) {
            if (mention.lastToken() == verb - 1 && mention.actor().isKnown()) {
                return mention.lastToken();
            }
        }
        return -1;
    }

    private static List<Integer> nounSources(DependencyTree tree, int noun, String preposition, boolean trigger) {
        List<Integer> heads = new ArrayList<>();
        if (!trigger) {
            for (int nmod : tree.children(noun, "nmod")) {
                String marker = tree.caseMarker(nmod);
                if (preposition.isEmpty() ? marker.equals("by") : marker.equals(preposition)) {
                    heads.add(nmod);
                }
            }
            return heads;
        }
        if (!preposition.isEmpty()) {
            for (int nmod : tree.children(noun, "nmod")) {
                if (tree.hasCaseMarker(nmod, preposition)) {
                    heads.add(nmod);
                }
            }
            return heads;
        }
        heads.addAll(tree.children(noun, "nmod:poss"));
        heads.addAll(tree.children(noun, "amod", "compound"));
        for (int nmod : tree.children(noun, "nmod")) {
            String marker = tree.caseMarker(nmod);
            // "support from Iran" names its giver, "withdrawal from the accord" what is left.
            if (marker.equals("by") || (marker.equals("from") && !MOVING_AWAY.contains(tree.lemma(noun)))) {
                heads.add(nmod);
            }
        }
        if (tree.firstChild(noun, "nsubj") >= 0
                && (tree.firstChild(noun, "cop") >= 0 || tree.hasCaseMarker(noun, "in"))
                && tree.anyChild(noun, c -> tree.hasRelation(c, "nmod") && tree.hasCaseMarker(c, "with"))) {
            // A relation as predicate: "Kestria is in talks with Velmar", "officials have been in contact with
            // Vesta"; being "in a state of emergency" declares none.
            heads.add(tree.firstChild(noun, "nsubj"));
        }
        if (heads.isEmpty() && tree.hasRelation(noun, "obj")) {
            // A light verb's object: "Kestria launched an attack on Velmar".
            int subject = Arguments.subjectOf(tree, tree.parent(noun));
            if (subject >= 0) {
                heads.add(subject);
            }
        }
        return heads;
    }

    private static List<Integer> targetHeads(DependencyTree tree, int t, EventPattern pattern,
                                             List<Integer> triggerTokens, boolean passive) {
        List<Integer> heads = new ArrayList<>();
        String preposition = pattern.targetPreposition();
        if (!preposition.isEmpty()) {
            List<Integer> anchors = new ArrayList<>(triggerTokens);
            if (pattern.noun() && tree.hasRelation(t, "obj") && tree.parent(t) >= 0) {
                anchors.add(tree.parent(t));
            }
            for (int anchor : anchors) {
                for (int child : tree.children(anchor, "obl", "nmod")) {
                    if (tree.hasCaseMarker(child, preposition) && !heads.contains(child)) {
                        heads.add(child);
                    }
                }
            }
            if (heads.isEmpty() && tree.anyChild(t, c -> tree.hasRelation(c, "compound:prt")
                    && tree.lemma(c).equals(preposition))) {
                // "called on Vesta to ..." comes out as particle "on" and object "Vesta".
                heads.addAll(tree.children(t, "obj"));
            }
            return heads;
        }
        if (pattern.noun()) {
            // "accusations that Vesta armed the militias": the accused is the content clause's subject.
            int subject = contentSubject(tree, t, 0);
            if (subject >= 0) {
                heads.add(subject);
            }
            if (heads.isEmpty() && tree.hasRelation(t, "obl") && tree.parent(t) >= 0) {
                // Without "that" the parser hangs "amid accusations" under the accused clause itself.
                int accused = tree.firstChild(tree.parent(t), "nsubj", "nsubj:pass");
                if (accused >= 0) {
                    heads.add(accused);
                }
            }
            return heads;
        }
        if (passive) {
            heads.addAll(tree.children(t, "nsubj:pass"));
            if (heads.isEmpty() && isExistentialParticiple(tree, t)) {
                // "there were ten soldiers killed": the parser makes the soldiers the participle's subject.
                heads.addAll(tree.children(t, "nsubj"));
            }
            if (heads.isEmpty() && tree.hasRelation(t, "acl") && tree.parent(t) >= 0) {
                // "the tanker seized by Iran": the participle's noun is what was acted upon.
                heads.add(tree.parent(t));
            }
            return heads;
        }
        heads.addAll(tree.children(t, "iobj"));
        heads.addAll(tree.children(t, "obj"));
        if (heads.isEmpty() && tree.token(t).isNoun()) {
            // A headline's verb read as a noun: its object hangs as a loose dependent after it.
            for (int child : tree.children(t, "dep", "compound", "appos")) {
                if (child > t) {
                    heads.add(child);
                }
            }
        }
        if (heads.isEmpty()) {
            // "tells Maran forces must leave" without an object, "held Vesta responsible": the target is
            // the subject of the complement or small clause.
            for (int clause : tree.children(t, "ccomp", "xcomp")) {
                heads.addAll(tree.children(clause, "nsubj", "nsubj:pass"));
            }
        }
        return heads;
    }


    

    private void emit(List<Event> events, Set<String> seen, DependencyTree tree, EventPattern pattern,
                      Attempt attempt, List<Mention> knownSources, String articleId, String cameo, String rule) {
        CameoCode code = table.get(cameo);
        List<Mention> sources = knownSources;
        if (sources.isEmpty()) {
            // No one named acted: the source is NO_SOURCE, standing at the trigger.
            Span at = span(tree, attempt.triggerTokens);
            sources = List.of(new Mention(tree.sentence().index(), attempt.triggerTokens.get(0),
                    attempt.triggerTokens.get(0), at, NO_SOURCE));
        }
        Span trigger = span(tree, attempt.triggerTokens);
        List<Mention> targets = attempt.targets;
        List<Mention[]> pairs = new ArrayList<>();
        if (!targets.isEmpty()) {
            for (Mention source : sources) {
                for (Mention target : targets) {
                    pairs.add(new Mention[] {source, target});
                }
            }
        } else if (pattern.mutual() && pattern.noun() && sources.size() < 2) {
            // "a meeting" with one party named says nothing about with whom: not an event worth coding.
            return;
        } else if (pattern.mutual() && sources.size() >= 2) {
            for (Mention source : sources) {
                for (Mention other : sources) {
                    // "the US and America agreed": two names of one actor do not act on each other.
                    if (source != other && !source.actor().code().equals(other.actor().code())) {
                        pairs.add(new Mention[] {source, other});
                    }
                }
            }
        } else {
            for (Mention source : sources) {
                pairs.add(new Mention[] {source, null});
            }
        }
        for (Mention[] pair : pairs) {
            Mention source = pair[0];
            Mention target = pair[1];
            if (target != null && target.actor().code().equals(source.actor().code()) && target.actor().isKnown()
                    && target.span().equals(source.span())) {
                continue;
            }
            String targetCode = target == null ? "" : target.actor().code();
            String key = cameo + "|" + source.span() + "|" + (target == null ? "" : target.span());
            if (!seen.add(key)) {
                continue;
            }
            Span evidence = trigger.union(source.span());
            if (target != null) {
                evidence = evidence.union(target.span());
            }
            String id = Event.idOf(articleId, tree.sentence().index(), cameo, source.actor().code(),
                    targetCode, evidence);
            events.add(new Event(id, articleId, tree.sentence().index(), source.actor(),
                    target == null ? null : target.actor(), cameo, code.goldstein(), code.quadClass(),
                    source.span(), target == null ? null : target.span(), evidence, trigger, rule));
        }
    }

    private static Span span(DependencyTree tree, List<Integer> tokens) {
        Span span = tree.token(tokens.get(0)).span();
        for (int token : tokens) {
            span = span.union(tree.token(token).span());
        }
        return span;
    }

    /** Whether an event is asserted, intended, refused or not coded at all, and why. */
    private enum Kind { FACT, INTENT, REFUSAL, NOT_CODED }

    /**
     * @param governor the word of intent or refusal ("agreed", "refused", "will"), or -1
     * @param threat   the intent is a threat: only conflict (roots 10 to 20) is coded
     */
    private record Mood(Kind kind, String reason, int governor, boolean threat) {
        static final Mood FACT = new Mood(Kind.FACT, "", -1, false);

        static Mood notCoded(String reason) {
            return new Mood(Kind.NOT_CODED, reason, -1, false);
        }
    }

    /**
     * What the words governing the clause at {@code t} make of its event: negation, denial, a question, a
     * word of intent or refusal above it, a purpose, a demand that is being answered.
     */
    private static Mood mood(DependencyTree tree, int t, boolean question, List<Mention> mentions) {
        if (isNegated(tree, t)) {
            // "said it would not support", "will not attend": a refusal; "did not attack": nothing.
            return future(tree, t) ? new Mood(Kind.REFUSAL, "refused ('not' with '"
                    + tree.token(tree.firstChild(t, "aux")).word() + "')", t, false) : Mood.notCoded("negated");
        }
        for (int subject : tree.children(t, "nsubj", "nsubj:pass")) {
            // "No Kestrian troops attacked Norland."
            if (tree.anyChild(subject, c -> tree.hasRelation(c, "det") && tree.lemma(c).equals("no"))) {
                return Mood.notCoded("negated (its subject is 'no ...')");
            }
        }
        if (tree.token(t).isNoun() && ASKING.contains(tree.lemma(t)) && tree.hasRelation(t, "obj", "nsubj:pass")
                && tree.parent(t) >= 0 && ANSWERS.contains(tree.lemma(tree.parent(t)))) {
            // "Norland accepted Vesta's demand": the demand is old news; the answer is the event.
            return Mood.notCoded("answered (under '" + tree.token(tree.parent(t)).word() + "')");
        }
        for (int speech : tree.children(t, "ccomp", "parataxis", "dep")) {
            // "Troops to quit Lebanon, Erdogan tells Aoun": the parser may hang the demand under its content,
            // which is then wanted, not done.
            boolean infinitive = tree.anyChild(t, c -> tree.hasRelation(c, "mark") && tree.lemma(c).equals("to"));
            boolean modal = tree.anyChild(t, c -> tree.hasRelation(c, "aux") && HYPOTHETICAL_MODALS.contains(tree.lemma(c)));
            if (IRREALIS.contains(tree.lemma(speech)) && (infinitive || modal)) {
                return Mood.notCoded("intended, not done (the content of '" + tree.token(speech).word() + "')");
            }
        }
        for (int child : tree.children(t, "csubj", "csubj:pass")) {
            // "Vestan media denied a deal was reached": the parser may hang the denial under what it denies.
            if (DENIALS.contains(tree.lemma(child))) {
                return Mood.notCoded("under '" + tree.token(child).word() + "'");
            }
        }
        if (isPurpose(tree, t)) {
            return Mood.notCoded("a purpose ('to ...'), not done");
        }
        if (isAsideOnAnActor(tree, t, mentions)) {
            return Mood.notCoded("describes an actor (a clause between commas on '"
                    + tree.token(tree.parent(t)).word() + "'), not the sentence's event");
        }
        if (describesAnActor(tree, t, mentions)) {
            return Mood.notCoded("describes an actor ('" + tree.token(tree.parent(t)).word() + " "
                    + tree.token(t).word() + "'), not the sentence's event");
        }
        int current = t;
        for (int depth = 0; depth < 4; depth++) {
            int parent = tree.parent(current);
            if (parent < 0) {
                break;
            }
            String lemma = tree.lemma(parent);
            String word = tree.token(parent).word();
            boolean complement = tree.hasRelation(current, "ccomp", "xcomp");
            if (tree.hasRelation(current, "ccomp", "xcomp", "obj", "acl", "advcl") && ALLEGED.contains(lemma)) {
                // "nationals suspected of bombing a plane": the bombing is alleged.
                return Mood.notCoded("alleged, not reported as done (under '" + word + "')");
            }
            if (complement && REFUSAL.contains(lemma)) {
                // "refused to release", "ruled out sending troops".
                if (isNegated(tree, parent) || hypothetical(tree, parent) != null) {
                    return Mood.notCoded("under '" + word + "', itself negated or hypothetical");
                }
                return new Mood(Kind.REFUSAL, "refused (under '" + word + "')", parent, false);
            }
            // "voiced readiness to cooperate": the parser may hang the infinitive under the verb rather than
            // under the noun of intent that is the verb's object, or under the noun itself (acl).
            boolean intentNoun = (tree.hasRelation(current, "acl") && tree.token(parent).isNoun()
                    && INTENT.contains(lemma))
                    || (tree.hasRelation(current, "xcomp") && tree.anyChild(parent, c -> tree.hasRelation(c, "obj")
                            && tree.token(c).isNoun() && INTENT.contains(tree.lemma(c))));
            if (intentNoun || complement && (INTENT.contains(lemma) || THREAT.contains(lemma)
                    || (lemma.equals("go") && tree.token(parent).tag().equals("VBG")))) {
                // "agreed to hold talks", "is ready to send troops", "vowed to retaliate", "is going to".
                if (hypothetical(tree, parent) != null || (question && tree.parent(parent) < 0)) {
                    return Mood.notCoded("under '" + word + "', itself hypothetical or asked");
                }
                if (isNegated(tree, parent)) {
                    return THREAT.contains(lemma) ? Mood.notCoded("under '" + word + "', negated")
                            : new Mood(Kind.REFUSAL, "refused ('not " + word + "')", parent, false);
                }
                return new Mood(Kind.INTENT, "intended (under '" + word + "')", parent, THREAT.contains(lemma));
            }
            if (tree.hasRelation(current, "ccomp", "xcomp", "obj", "acl") && DENIALS.contains(lemma)) {
                return Mood.notCoded("under '" + word + "'");
            }
            if (tree.hasRelation(current, "xcomp", "ccomp", "obj", "acl") && IRREALIS.contains(lemma)) {
                return Mood.notCoded("intended, not done (under '" + word + "')");
            }
            if (!tree.hasRelation(current, "ccomp", "xcomp", "obj", "acl", "conj")) {
                break;
            }
            current = parent;
        }
        if (question && tree.parent(t) < 0) {
            return Mood.notCoded("a question");
        }
        return Mood.FACT;
    }

    /** The clause's own auxiliaries: "will meet" is intended, "could meet" hypothetical. */
    private static Mood ownModality(DependencyTree tree, int t) {
        if (future(tree, t)) {
            return new Mood(Kind.INTENT, "intended (future '" + tree.token(tree.firstChild(t, "aux")).word() + "')",
                    t, false);
        }
        String hypothetical = hypothetical(tree, t);
        return hypothetical == null ? Mood.FACT : Mood.notCoded(hypothetical);
    }

    private static boolean isNegated(DependencyTree tree, int t) {
        if (tree.anyChild(t, c -> tree.hasRelation(c, "advmod", "neg", "det") && NEGATIONS.contains(tree.lemma(c)))) {
            return true;
        }
        // "did not retreat or offer concessions": "or" and "nor" carry the negation to the second verb, which has
        // no subject or auxiliary of its own; "did not retreat but offered talks" does not.
        int head = tree.parent(t);
        return head >= 0 && tree.hasRelation(t, "conj") && tree.token(t).isVerb()
                && tree.firstChild(t, "nsubj", "nsubj:pass", "aux") < 0
                && tree.anyChild(t, c -> tree.hasRelation(c, "cc") && Set.of("or", "nor").contains(tree.lemma(c)))
                && tree.anyChild(head, c -> tree.hasRelation(c, "advmod", "neg") && NEGATIONS.contains(tree.lemma(c)));
    }

    /**
     * Whether a clause is set in the future: "will" or "shall", or "would" in reported speech ("said it would
     * send troops"), unless a condition hangs on it.
     */
    private static boolean future(DependencyTree tree, int t) {
        int aux = tree.firstChild(t, "aux");
        if (aux < 0) {
            return false;
        }
        String lemma = tree.lemma(aux);
        boolean reported = lemma.equals("would") && tree.hasRelation(t, "ccomp", "parataxis")
                && tree.firstChild(t, "aux") == aux;
        if (!FUTURE.contains(lemma) && !reported) {
            return false;
        }
        for (int condition : tree.children(t, "advcl")) {
            for (int mark : tree.children(condition, "mark")) {
                if (HYPOTHETICAL_MARKERS.contains(tree.lemma(mark))) {
                    return false;
                }
            }
        }
        return tree.children(t, "mark").stream().noneMatch(m -> HYPOTHETICAL_MARKERS.contains(tree.lemma(m)));
    }

    /**
     * "efforts to end the fighting", "sent troops to fight the rebels": an infinitive of purpose on a noun
     * that names no actor, or on a clause, says what is sought, not what happened.
     */
    private static boolean isPurpose(DependencyTree tree, int t) {
        if (!tree.hasRelation(t, "acl", "advcl") || tree.hasRelation(t, "acl:relcl")) {
            return false;
        }
        return tree.anyChild(t, c -> tree.hasRelation(c, "mark") && tree.lemma(c).equals("to"))
                && tree.firstChild(t, "nsubj", "nsubj:pass") < 0;
    }

    /**
     * A participle that describes an actor rather than tells what happened: "forces fighting alongside the
     * army", "militias backed by Kestria". Passive participles of force stay events ("soldiers killed by
     * Kestrian fire"), as do relative clauses ("the rebels who attacked Vesta").
     */
    private static boolean describesAnActor(DependencyTree tree, int t, List<Mention> mentions) {
        if (!tree.hasRelation(t, "acl") || tree.hasRelation(t, "acl:relcl") || tree.parent(t) < 0
                || tree.firstChild(t, "aux", "aux:pass", "nsubj", "nsubj:pass", "mark") >= 0
                || Arguments.mentionAt(tree.parent(t), mentions) == null) {
            return false;
        }
        String tag = tree.token(t).tag();
        if (tag.equals("VBG") && isWithAbsolute(tree, tree.parent(t))) {
            // "with Norland and Vesta exchanging insults": the participle is the clause's own event.
            return false;
        }
        return tag.equals("VBG") || (tag.equals("VBN") && !isForce(tree.lemma(t)));
    }

    /** Whether the noun (or the first conjunct it is coordinated with) is the subject of a "with" phrase. */
    private static boolean isWithAbsolute(DependencyTree tree, int noun) {
        int head = tree.hasRelation(noun, "conj") && tree.parent(noun) >= 0 ? tree.parent(noun) : noun;
        return tree.hasCaseMarker(head, "with");
    }

    /**
     * "the rebels, who seized the town in 2015, said ...": a relative clause set off by a comma is background on
     * the actor; the sentence's event is elsewhere. A restrictive one ("the rebels who attacked Vesta") still
     * tells what happened.
     */
    private static boolean isAsideOnAnActor(DependencyTree tree, int t, List<Mention> mentions) {
        if (!tree.hasRelation(t, "acl:relcl") || tree.parent(t) < 0
                || Arguments.mentionAt(tree.parent(t), mentions) == null) {
            return false;
        }
        int relative = tree.firstChild(t, "nsubj", "nsubj:pass");
        return relative > 0 && Arguments.isRelativePronoun(tree, relative)
                && tree.token(relative - 1).word().equals(",");
    }

    /** Verbs whose passive participle reports violence done to the noun it describes. */
    private static boolean isForce(String lemma) {
        return FORCE.contains(lemma);
    }

    private static String hypothetical(DependencyTree tree, int t) {
        for (int child : tree.children(t, "aux", "mark")) {
            String lemma = tree.lemma(child);
            if ((HYPOTHETICAL_MODALS.contains(lemma) && !(lemma.equals("would") && future(tree, t)))
                    || HYPOTHETICAL_MARKERS.contains(lemma)) {
                return "hypothetical ('" + tree.token(child).word() + "')";
            }
        }
        for (int condition : tree.children(t, "advcl")) {
            // "Unless Kestria withdraws, Vesta will impose sanctions": the consequence of a condition.
            for (int mark : tree.children(condition, "mark")) {
                if (HYPOTHETICAL_MARKERS.contains(tree.lemma(mark))) {
                    return "conditional ('" + tree.token(mark).word() + " ...')";
                }
            }
        }
        return null;
    }

    /**
     * A past participle heading a clause of its own without auxiliary or subject ("Asked whether ..., Hamdan
     * said", "the tanker seized by Iran") is passive: its subject is acted upon.
     */
    private static boolean isPassiveParticiple(DependencyTree tree, int t) {
        return tree.token(t).tag().equals("VBN") && tree.hasRelation(t, "advcl", "acl")
                && tree.firstChild(t, "aux", "aux:pass", "nsubj", "nsubj:pass", "cop") < 0;
    }

    /**
     * "there were ten soldiers killed", "the soldiers killed by Norlandic fire" when the parser makes the
     * soldiers the participle's subject: a bare past participle in an existential sentence, or with a "by"
     * phrase and no object, is passive.
     */
    private static boolean isExistentialParticiple(DependencyTree tree, int t) {
        if (tree.token(t).tag().equals("VBN") && tree.firstChild(t, "aux", "aux:pass", "cop", "obj") < 0
                && tree.anyChild(t, c -> tree.hasRelation(c, "obl") && tree.hasCaseMarker(c, "by"))) {
            return true;
        }
        // The tagger often reads the participle as a past tense here.
        String tag = tree.token(t).tag();
        if (!(tag.equals("VBN") || tag.equals("VBD")) || tree.firstChild(t, "aux", "aux:pass", "cop") >= 0) {
            return false;
        }
        int parent = tree.parent(t);
        return tree.firstChild(t, "expl") >= 0 || (parent >= 0 && tree.firstChild(parent, "expl") >= 0);
    }

    private static boolean isQuestion(DependencyTree tree) {
        var tokens = tree.sentence().tokens();
        return !tokens.isEmpty() && tokens.get(tokens.size() - 1).word().equals("?");
    }

    private static void note(List<String> trace, String word, EventPattern pattern, String outcome) {
        if (trace != null) {
            trace.add("'" + word + "' " + pattern.id() + " (" + pattern.code() + "): " + outcome);
        }
    }

    private static String describe(List<Mention> mentions) {
        return mentions.stream().map(m -> "'" + m.actor().name() + "'").toList().toString();
    }

    private static String abbreviate(String text) {
        return text.length() <= 160 ? text : text.substring(0, 157) + "...";
    }
}
