package org.sitrep.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sitrep.coding.internal.Arguments;
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
 * reached"), negates, asks about or poses as hypothetical are not coded. Thread-safe.
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

    private final Lexicon lexicon;
    private final CameoTable table;

    public DependencyCoder(Lexicon lexicon, CameoTable table) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.table = Objects.requireNonNull(table, "table");
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
            List<Event> found = codeSentence(new DependencyTree(sentence), mentions, articleId, problems, null);
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
        for (int t = 0; t < tagged.tokens().size(); t++) {
            var token = tagged.tokens().get(t);
            if ((token.isVerb() && !lexicon.verbPatterns(token.lemma()).isEmpty())
                    || (token.isNoun() && !lexicon.nounPatterns(token.lemma()).isEmpty())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<Event> codeSentence(DependencyTree tree, List<Mention> mentions, String articleId,
                                    List<Problem> problems, List<String> trace) {
        List<Event> events = new ArrayList<>();
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
            String denial = denial(tree, t, question);
            // The object of a light verb ("will impose sanctions", "did not launch an attack") is as real as
            // the verb is.
            int lightVerb = tree.token(t).isNoun() && tree.hasRelation(t, "obj") ? tree.parent(t) : -1;
            if (denial == null && lightVerb >= 0) {
                denial = denial(tree, lightVerb, question);
            }
            for (EventPattern pattern : candidates) {
                String hypothetical = pattern.modal() ? null
                        : pattern.noun() ? (lightVerb >= 0 ? hypothetical(tree, lightVerb) : null)
                        : hypothetical(tree, t);
                if (denial != null || hypothetical != null) {
                    note(trace, word, pattern, "not coded: " + (denial != null ? denial : hypothetical));
                    continue;
                }
                if (pattern.intransitive() && tree.firstChild(t, "obj", "ccomp", "xcomp") >= 0) {
                    note(trace, word, pattern, "no match: the verb has an object or complement here");
                    continue;
                }
                Attempt attempt = attempt(tree, t, pattern, mentions);
                if (attempt.failure != null) {
                    note(trace, word, pattern, "no match: " + attempt.failure);
                    continue;
                }
                List<Mention> knownSources = attempt.sources.stream().filter(m -> m.actor().isKnown()).toList();
                if (knownSources.isEmpty()) {
                    note(trace, word, pattern, "matched, but the source names no known actor");
                    problems.add(new Problem(Problem.Kind.UNKNOWN_ACTOR, articleId + "#" + tree.sentence().index(),
                            "pattern " + pattern.id() + " matched '" + word + "' but its source "
                                    + describe(attempt.sources) + " is not a known actor"));
                    break;
                }
                int before = events.size();
                consumed.addAll(attempt.triggerTokens);
                emit(events, seen, tree, pattern, attempt, knownSources, articleId);
                note(trace, word, pattern, "fired: " + (events.size() - before) + " event(s)");
                break;
            }
        }
        return events;
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
    }

    private Attempt attempt(DependencyTree tree, int t, EventPattern pattern, List<Mention> mentions) {
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
        }
        boolean passive = !pattern.noun() && (tree.firstChild(t, "nsubj:pass", "aux:pass") >= 0
                || isPassiveParticiple(tree, t));
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
        } else {
            int subject = tree.firstChild(t, "nsubj", "csubj");
            if (subject >= 0 && isRelativePronoun(tree, subject) && tree.hasRelation(t, "acl:relcl")
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
            attempt.failure = sourceHeads.isEmpty() ? "no source slot" : "no actor in the source slot";
            return attempt;
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
            attempt.targets = aboutActors.stream().filter(m -> !attempt.sources.contains(m)).toList();
        }
        if (pattern.hasTarget()) {
            List<Integer> targetHeads = targetHeads(tree, t, pattern, attempt.triggerTokens, passive);
            attempt.targets = Arguments.actorsAt(tree, targetHeads, mentions);
            attempt.targets = attempt.targets.stream().filter(m -> !attempt.sources.contains(m)).toList();
            if (attempt.targets.isEmpty()) {
                attempt.failure = targetHeads.isEmpty() ? "no target slot" : "no actor in the target slot";
                return attempt;
            }
        }
        return attempt;
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
            if (!tree.lemma(token).equals(word.lemma())) {
                continue;
            }
            if (word.preposition().isEmpty() || tree.hasCaseMarker(token, word.preposition())
                    || (particleReading && tree.hasRelation(token, "obj"))) {
                return token;
            }
        }
        return -1;
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
                      Attempt attempt, List<Mention> sources, String articleId) {
        CameoCode code = table.get(pattern.code());
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
            String key = pattern.code() + "|" + source.span() + "|" + (target == null ? "" : target.span());
            if (!seen.add(key)) {
                continue;
            }
            Span evidence = trigger.union(source.span());
            if (target != null) {
                evidence = evidence.union(target.span());
            }
            String id = Event.idOf(articleId, tree.sentence().index(), pattern.code(), source.actor().code(),
                    targetCode, evidence);
            events.add(new Event(id, articleId, tree.sentence().index(), source.actor(),
                    target == null ? null : target.actor(), pattern.code(), code.goldstein(), code.quadClass(),
                    source.span(), target == null ? null : target.span(), evidence, trigger, pattern.id()));
        }
    }

    private static Span span(DependencyTree tree, List<Integer> tokens) {
        Span span = tree.token(tokens.get(0)).span();
        for (int token : tokens) {
            span = span.union(tree.token(token).span());
        }
        return span;
    }

    /** Why the text does not assert the event at {@code t}, or null if it does. */
    private static String denial(DependencyTree tree, int t, boolean question) {
        if (tree.anyChild(t, c -> (tree.hasRelation(c, "advmod", "neg", "det")) && NEGATIONS.contains(tree.lemma(c)))) {
            return "negated";
        }
        for (int subject : tree.children(t, "nsubj", "nsubj:pass")) {
            // "No Kestrian troops attacked Norland."
            if (tree.anyChild(subject, c -> tree.hasRelation(c, "det") && tree.lemma(c).equals("no"))) {
                return "negated (its subject is 'no ...')";
            }
        }
        for (int speech : tree.children(t, "ccomp", "parataxis", "dep")) {
            // "Troops to quit Lebanon, Erdogan tells Aoun": the parser may hang the demand under its content,
            // which is then wanted, not done.
            boolean infinitive = tree.anyChild(t, c -> tree.hasRelation(c, "mark") && tree.lemma(c).equals("to"));
            boolean modal = tree.anyChild(t, c -> tree.hasRelation(c, "aux") && HYPOTHETICAL_MODALS.contains(tree.lemma(c)));
            if (IRREALIS.contains(tree.lemma(speech)) && (infinitive || modal)) {
                return "intended, not done (the content of '" + tree.token(speech).word() + "')";
            }
        }
        for (int child : tree.children(t, "csubj", "csubj:pass")) {
            // "Vestan media denied a deal was reached": the parser may hang the denial under what it denies.
            if (DENIALS.contains(tree.lemma(child))) {
                return "under '" + tree.token(child).word() + "'";
            }
        }
        int current = t;
        for (int depth = 0; depth < 4; depth++) {
            int parent = tree.parent(current);
            if (parent < 0) {
                break;
            }
            if (tree.hasRelation(current, "ccomp", "xcomp", "obj", "acl") && DENIALS.contains(tree.lemma(parent))) {
                return "under '" + tree.token(parent).word() + "'";
            }
            if (tree.hasRelation(current, "xcomp", "ccomp", "obj", "acl") && IRREALIS.contains(tree.lemma(parent))) {
                return "intended, not done (under '" + tree.token(parent).word() + "')";
            }
            if (!tree.hasRelation(current, "ccomp", "xcomp", "obj", "acl", "conj")) {
                break;
            }
            current = parent;
        }
        if (question && tree.parent(t) < 0) {
            return "a question";
        }
        return null;
    }

    private static String hypothetical(DependencyTree tree, int t) {
        for (int child : tree.children(t, "aux", "mark")) {
            String lemma = tree.lemma(child);
            if (HYPOTHETICAL_MODALS.contains(lemma) || HYPOTHETICAL_MARKERS.contains(lemma)) {
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

    private static boolean isRelativePronoun(DependencyTree tree, int token) {
        String tag = tree.token(token).tag();
        return tag.equals("WP") || tag.equals("WDT") || (tag.equals("IN") && tree.lemma(token).equals("that"));
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
