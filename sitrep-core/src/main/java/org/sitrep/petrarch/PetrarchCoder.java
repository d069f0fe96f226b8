package org.sitrep.petrarch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.coding.CameoCode;
import org.sitrep.coding.CameoTable;
import org.sitrep.coding.ExplainableCoder;
import org.sitrep.coding.internal.Arguments;
import org.sitrep.internal.DependencyTree;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;
import org.sitrep.model.Problem;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.petrarch.VerbDictionary.Element;
import org.sitrep.petrarch.VerbDictionary.Verb;
import org.sitrep.petrarch.VerbDictionary.VerbPattern;
import org.sitrep.pipeline.Resolved;

/**
 * Codes events with a PETRARCH verb dictionary, matching its linear patterns over sitrep's dependency parse.
 *
 * <p>A verb of the dictionary (any of its forms, a phrasal verb with its words beside it) triggers its block's
 * patterns, tried in file order; the first whose words all stand where the pattern puts them gives the code,
 * otherwise the verb's own code does. How the linear pattern is read against the tree:
 * <ul>
 * <li>words after {@code *} must appear, in order, in the verb's dependency subtree to its right (PETRARCH's
 * verb phrase); words before {@code *} anywhere to its left, in order; {@code _} asks for adjacent words;</li>
 * <li>{@code +}, {@code $} and {@code %} bind the first actor at that place (with the actors coordinated
 * with it);</li>
 * <li>without {@code $}, the source is the verb's subject, or the subject of the clause it depends on when its
 * own names no actor ("Ethiopia indicated it would act"); a passive verb's "by" phrase is its source;</li>
 * <li>without {@code +}, the target is the first actor in the verb's subtree to its right;</li>
 * <li>a compound before the verb ({@code % * }) makes its members act on each other.</li>
 * </ul>
 * Codes {@code ---} code nothing; codes {@code A:B} add the event B from target to source. Sentences with a
 * discard phrase are not coded, nor stories with a story discard. With {@code requireDyad}, as in PETRARCH's
 * default configuration, events without a target are dropped. Events whose code is not in the CAMEO table are
 * left to {@link #codeRaw} (PETRARCH's validation dictionaries use codes of their own). Thread-safe.
 */
public final class PetrarchCoder implements ExplainableCoder {

    private static final String NO_CODE = "---";
    /** Prepositions through which PETRARCH composes an agent with a country: "soldiers from Gondor". */
    private static final Set<String> LINKS = Set.of("of", "from", "in");

    /**
     * One coded event before conversion to an {@link Event}: any code the dictionary gives.
     *
     * @param code     the dictionary's code
     * @param source   the source mention
     * @param target   the target mention, or null
     * @param rule     the pattern (or verb) that fired, with its origin
     * @param trigger  the tokens of the verb and the pattern words it matched
     */
    public record Coded(String code, Mention source, Mention target, String rule, List<Integer> trigger) {
        public Coded {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(rule, "rule");
            trigger = List.copyOf(trigger);
        }
    }

    private final VerbDictionary verbs;
    private final Discards discards;
    private final Map<String, List<String>> multiCodes;
    private final CameoTable table;
    private final boolean requireDyad;

    public PetrarchCoder(VerbDictionary verbs, Discards discards, Map<String, List<String>> multiCodes,
                         CameoTable table, boolean requireDyad) {
        this.verbs = Objects.requireNonNull(verbs, "verbs");
        this.discards = Objects.requireNonNull(discards, "discards");
        this.multiCodes = Map.copyOf(multiCodes);
        this.table = Objects.requireNonNull(table, "table");
        this.requireDyad = requireDyad;
    }

    /** The same coder with PETRARCH's {@code require_dyad} option set as given. */
    public PetrarchCoder requiringDyad(boolean require) {
        return new PetrarchCoder(verbs, discards, multiCodes, table, require);
    }

    @Override
    public List<Event> code(Resolved resolved, String articleId, List<Problem> problems) {
        if (storyDiscard(resolved) != null) {
            return List.of();
        }
        List<Event> events = new ArrayList<>();
        for (Sentence sentence : resolved.parsed().sentences()) {
            if (sentence.parsed()) {
                events.addAll(codeSentence(new DependencyTree(sentence), resolved.mentionsIn(sentence.index()),
                        articleId, problems, null));
            }
        }
        return events;
    }

    /** The story discard phrase found in any sentence, or null. */
    public String storyDiscard(Resolved resolved) {
        for (Sentence sentence : resolved.parsed().sentences()) {
            String phrase = discards.storyDiscard(sentence);
            if (phrase != null) {
                return phrase;
            }
        }
        return null;
    }

    @Override
    public boolean mayTrigger(Sentence tagged) {
        for (Token token : tagged.tokens()) {
            if (token.isVerb() && !verbs.verbsWithForm(token.word().toUpperCase(Locale.ROOT)).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<Event> codeSentence(DependencyTree tree, List<Mention> mentions, String articleId,
                                    List<Problem> problems, List<String> trace) {
        List<Event> events = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Coded coded : codeRaw(tree, mentions, trace)) {
            if (table.find(coded.code()).isEmpty()) {
                note(trace, "  code " + coded.code() + " is not a CAMEO code: no event (the evaluation still counts it)");
                continue;
            }
            for (Actor source : actors(coded.source().actor())) {
                List<Actor> targets = coded.target() == null ? java.util.Collections.singletonList(null)
                        : actors(coded.target().actor());
                for (Actor target : targets) {
                    Event event = event(tree, coded, source, target, articleId);
                    if (seen.add(event.id())) {
                        events.add(event);
                    }
                }
            }
        }
        return events;
    }

    /** The codes an actor stands for: one, or several for PETRARCH actors with several codes. */
    public List<String> codesOf(Actor actor) {
        List<String> codes = multiCodes.get(actor.code());
        return codes == null ? List.of(actor.code()) : codes;
    }

    private List<Actor> actors(Actor actor) {
        return codesOf(actor).stream().map(code -> new Actor(code, actor.name(), actor.entry())).toList();
    }

    private Event event(DependencyTree tree, Coded coded, Actor source, Actor target, String articleId) {
        CameoCode code = table.get(coded.code());
        Span trigger = tree.token(coded.trigger().get(0)).span();
        for (int token : coded.trigger()) {
            trigger = trigger.union(tree.token(token).span());
        }
        Span evidence = trigger.union(coded.source().span());
        if (coded.target() != null) {
            evidence = evidence.union(coded.target().span());
        }
        Span targetSpan = target == null ? null : coded.target().span();
        String id = Event.idOf(articleId, tree.sentence().index(), coded.code(), source.code(),
                target == null ? "" : target.code(), evidence);
        return new Event(id, articleId, tree.sentence().index(), source, target, coded.code(), code.goldstein(),
                code.quadClass(), coded.source().span(), targetSpan, evidence, trigger, coded.rule());
    }

    /**
     * Codes one parsed sentence into events with the dictionary's own codes, CAMEO or not: what the PETRARCH
     * evaluation compares. {@code trace}, when not null, receives a line per pattern tried.
     */
    public List<Coded> codeRaw(DependencyTree tree, List<Mention> mentions, List<String> trace) {
        String discard = discards.sentenceDiscard(tree.sentence());
        if (discard != null) {
            note(trace, "sentence discarded by the discard phrase '" + discard + "'");
            return List.of();
        }
        List<Mention> known = composeAgents(tree, mentions).stream().filter(m -> m.actor().isKnown()).toList();
        List<Coded> coded = new ArrayList<>();
        Set<Integer> consumed = new HashSet<>();
        for (int t = 0; t < tree.sentence().tokens().size(); t++) {
            Token token = tree.token(t);
            if (consumed.contains(t) || !token.isVerb()) {
                continue;
            }
            List<Verb> standing = new ArrayList<>();
            for (Verb verb : verbs.verbsWithForm(token.word().toUpperCase(Locale.ROOT))) {
                if (!phrasalWordsStand(tree, verb, t)) {
                    note(trace, "'" + token.word() + "' " + verb.name() + ": its words "
                            + String.join(" ", verb.before()) + " * " + String.join(" ", verb.after()) + " are not beside it");
                } else if (standing.isEmpty() || standing.get(0).length() == verb.length()) {
                    // A headword listed in two blocks (PETRARCH files have such) takes the patterns of both.
                    standing.add(verb);
                }
            }
            if (!standing.isEmpty()) {
                codeVerb(tree, known, standing, t, consumed, coded, trace);
            }
        }
        return coded;
    }

    private static boolean phrasalWordsStand(DependencyTree tree, Verb verb, int t) {
        int first = t - verb.before().size();
        int last = t + verb.after().size();
        if (first < 0 || last >= tree.sentence().tokens().size()) {
            return false;
        }
        for (int k = 0; k < verb.before().size(); k++) {
            if (!upper(tree, first + k).equals(verb.before().get(k))) {
                return false;
            }
        }
        for (int k = 0; k < verb.after().size(); k++) {
            if (!upper(tree, t + 1 + k).equals(verb.after().get(k))) {
                return false;
            }
        }
        return true;
    }

    /** Where a pattern's elements were found. */
    private static final class Match {
        String failure;
        final List<Integer> words = new ArrayList<>();
        /** The words matched before the verb, right to left. */
        final List<Integer> before = new ArrayList<>();
        Mention source;
        Mention target;
        Mention compound;
        boolean compoundIsSource;
    }

    /** The actors a matched pattern (or a verb without one) codes. */
    private record Actors(List<Mention> sources, List<Mention> targets, boolean mutual) {
    }

    private void codeVerb(DependencyTree tree, List<Mention> known, List<Verb> standing, int head,
                          Set<Integer> consumed, List<Coded> out, List<String> trace) {
        Verb verb = standing.get(0);
        for (Verb other : standing) {
            if (!verb.code().equals(NO_CODE)) {
                break;
            }
            verb = other;
        }
        int first = head - verb.before().size();
        int last = head + verb.after().size();
        String word = tree.token(head).word();
        List<Integer> after = afterRegion(tree, head, last);
        List<Integer> verbTokens = new ArrayList<>();
        for (int k = first; k <= last; k++) {
            verbTokens.add(k);
        }
        consumed.addAll(verbTokens);
        for (Verb candidate : standing) {
            VerbDictionary.Block block = verbs.block(candidate);
            for (VerbPattern pattern : block.patterns()) {
                String label = "'" + word + "' " + block.headword() + " pattern '- " + pattern.text() + "' ("
                        + pattern.origin() + ")";
                Match match = match(tree, known, pattern, first, last, after);
                if (match.failure != null) {
                    note(trace, label + ": no match: " + match.failure);
                    continue;
                }
                // A pattern whose actors are missing does not fire; a later one may find them ("% * DIPLOMATIC"
                // after "* DIPLOMATIC" for "Gondor and Osgiliath renewed diplomatic ties").
                if (emit(tree, known, head, after, match, pattern.code(), pattern.reverseCode(),
                        "petrarch:" + pattern.origin(), verbTokens, consumed, out, trace, label)) {
                    return;
                }
            }
        }
        String label = "'" + word + "' " + verb.name() + " [" + verb.code()
                + (verb.reverseCode().isEmpty() ? "" : ":" + verb.reverseCode()) + "] (no pattern fired)";
        emit(tree, known, head, after, new Match(), verb.code(), verb.reverseCode(),
                "petrarch:" + verb.block() + ":" + verb.name(), verbTokens, consumed, out, trace, label);
    }

    /** Codes what a match gives; false when its actors are missing, so that the next pattern may be tried. */
    private boolean emit(DependencyTree tree, List<Mention> known, int head, List<Integer> after, Match match,
                         String code, String reverse, String rule, List<Integer> verbTokens, Set<Integer> consumed,
                         List<Coded> out, List<String> trace, String label) {
        List<Integer> trigger = new ArrayList<>(verbTokens);
        trigger.addAll(match.words);
        if (code.isEmpty() || code.equals(NO_CODE)) {
            consumed.addAll(trigger);
            note(trace, label + ": matched; code " + NO_CODE + " codes nothing");
            return true;
        }
        Actors actors = actors(tree, known, head, after, match);
        if (actors.sources().isEmpty()) {
            note(trace, label + ": matched, but no source actor");
            return false;
        }
        if (actors.targets().isEmpty() && !actors.mutual() && requireDyad) {
            note(trace, label + ": matched, but no target actor (PETRARCH codes dyads only)");
            return false;
        }
        consumed.addAll(trigger);
        // As in PETRARCH, the verbs of a coded verb's phrase are part of its event, not events of their own
        // ("abandoned efforts to stop a parade"); verbs coordinated with it are ("condemned ... and promised").
        consumed.addAll(phraseVerbs(tree, head));
        int before = out.size();
        if (actors.mutual() && actors.targets().isEmpty()) {
            for (Mention a : actors.sources()) {
                for (Mention b : actors.sources()) {
                    if (a != b) {
                        out.add(new Coded(code, a, b, rule, trigger));
                    }
                }
            }
        } else if (actors.targets().isEmpty()) {
            for (Mention source : actors.sources()) {
                out.add(new Coded(code, source, null, rule, trigger));
            }
        } else {
            for (Mention source : actors.sources()) {
                for (Mention target : actors.targets()) {
                    if (source.actor().code().equals(target.actor().code()) && source.span().equals(target.span())) {
                        continue;
                    }
                    out.add(new Coded(code, source, target, rule, trigger));
                    if (!reverse.isEmpty() && !reverse.equals(NO_CODE)) {
                        out.add(new Coded(reverse, target, source, rule, trigger));
                    }
                }
            }
        }
        StringBuilder coded = new StringBuilder();
        for (Coded c : out.subList(before, out.size())) {
            coded.append(coded.length() == 0 ? "" : ", ").append(c.source().actor().code()).append(' ')
                    .append(c.code()).append(' ').append(c.target() == null ? "-" : c.target().actor().code());
        }
        note(trace, label + ": fired: " + coded);
        return true;
    }

    private Actors actors(DependencyTree tree, List<Mention> known, int head, List<Integer> after, Match match) {
        List<Mention> sources = new ArrayList<>();
        List<Mention> targets = new ArrayList<>();
        boolean mutual = false;
        if (match.compound != null && match.compoundIsSource) {
            sources.addAll(expand(tree, match.compound, known));
            mutual = true;
        }
        if (match.source != null) {
            sources.addAll(expand(tree, match.source, known));
        }
        if (match.target != null) {
            targets.addAll(expand(tree, match.target, known));
        }
        if (match.compound != null && !match.compoundIsSource) {
            targets.addAll(expand(tree, match.compound, known));
        }
        if (sources.isEmpty()) {
            boolean passive = tree.firstChild(head, "nsubj:pass", "aux:pass") >= 0;
            if (passive) {
                List<Integer> agents = new ArrayList<>(tree.children(head, "obl:agent"));
                for (int obl : tree.children(head, "obl")) {
                    if (tree.hasCaseMarker(obl, "by")) {
                        agents.add(obl);
                    }
                }
                sources.addAll(without(Arguments.actorsAt(tree, agents, known, LINKS), targets));
                if (!sources.isEmpty() && targets.isEmpty()) {
                    targets.addAll(without(Arguments.actorsAt(tree, tree.children(head, "nsubj:pass"), known, LINKS),
                            sources));
                }
            }
            if (sources.isEmpty()) {
                sources.addAll(subjectActors(tree, head, known, targets));
            }
            if (sources.isEmpty() && !match.before.isEmpty()) {
                // The words before the verb were found in a governing clause the parse did not connect
                // ("INDICATED WOULD *"): as in PETRARCH's linear reading, the actor before them is the source.
                Mention nearest = null;
                for (Mention mention : known) {
                    if (mention.lastToken() < match.before.get(match.before.size() - 1) && !targets.contains(mention)) {
                        nearest = mention;
                    }
                }
                if (nearest != null) {
                    sources.addAll(without(expand(tree, nearest, known), targets));
                }
            }
        }
        if (targets.isEmpty() && !mutual) {
            for (int token : after) {
                Mention mention = mentionStartingAt(token, known);
                if (mention != null && !sources.contains(mention)) {
                    targets.addAll(without(expand(tree, mention, known), sources));
                    break;
                }
            }
        }
        return new Actors(sources, targets, mutual);
    }

    /**
     * The tokens of a verb's subtree, leaving out what is coordinated with it and loosely attached clauses
     * (parataxis, dep), where the parser puts reported speech such as ", a senior official said".
     */
    private static List<Integer> phraseVerbs(DependencyTree tree, int head) {
        List<Integer> found = new ArrayList<>();
        List<Integer> stack = new ArrayList<>(List.of(head));
        while (!stack.isEmpty()) {
            int node = stack.remove(stack.size() - 1);
            found.add(node);
            for (int child : tree.children(node)) {
                if (!tree.hasRelation(child, "conj", "parataxis", "dep")) {
                    stack.add(child);
                }
            }
        }
        return found;
    }

    /** The tokens of the verb's subtree after its last word, in text order: PETRARCH's verb phrase. */
    private static List<Integer> afterRegion(DependencyTree tree, int head, int last) {
        TreeSet<Integer> region = new TreeSet<>();
        List<Integer> stack = new ArrayList<>(tree.children(head));
        while (!stack.isEmpty()) {
            int node = stack.remove(stack.size() - 1);
            if (node > last) {
                region.add(node);
            }
            stack.addAll(tree.children(node));
        }
        return new ArrayList<>(region);
    }

    private Match match(DependencyTree tree, List<Mention> known, VerbPattern pattern, int first, int last,
                        List<Integer> after) {
        Match match = new Match();
        Set<Integer> region = new HashSet<>(after);
        int position = last;
        for (Element element : pattern.after()) {
            int next = -1;
            switch (element.kind()) {
                case WORDS -> {
                    for (int token : after) {
                        if (token <= position || (element.joinedLeft() && token != position + 1)) {
                            continue;
                        }
                        int length = phraseAt(tree, element, token, region);
                        if (length > 0) {
                            for (int k = token; k < token + length; k++) {
                                match.words.add(k);
                            }
                            next = token + length - 1;
                            break;
                        }
                    }
                    if (next < 0) {
                        match.failure = "'" + element + "' not found after the verb";
                        return match;
                    }
                }
                case TARGET, SOURCE, COMPOUND -> {
                    Mention found = null;
                    for (int token : after) {
                        if (token <= position) {
                            continue;
                        }
                        Mention mention = mentionStartingAt(token, known);
                        if (mention != null) {
                            found = mention;
                            break;
                        }
                    }
                    if (found == null || (element.joinedLeft() && found.firstToken() != position + 1)) {
                        match.failure = "no actor for " + element + " after the verb";
                        return match;
                    }
                    if (!bind(tree, known, match, element, found, false)) {
                        return match;
                    }
                    next = found.lastToken();
                }
                case SKIP -> {
                    next = position;
                    for (int token : after) {
                        if (token > position && isNominal(tree.token(token))) {
                            next = token;
                            while (region.contains(next + 1) && isNominal(tree.token(next + 1))) {
                                next++;
                            }
                            break;
                        }
                    }
                }
            }
            position = next;
        }
        position = first;
        boolean rightJoined = pattern.verbJoinedLeft();
        List<Element> before = pattern.before();
        for (int e = before.size() - 1; e >= 0; e--) {
            Element element = before.get(e);
            int next = -1;
            switch (element.kind()) {
                case WORDS -> {
                    for (int token = position - 1; token >= 0 && next < 0; token--) {
                        for (List<String> phrase : element.phrases()) {
                            int start = token - phrase.size() + 1;
                            if (start < 0 || (rightJoined && token != position - 1)) {
                                continue;
                            }
                            if (phraseMatches(tree, phrase, start, element.pluralAllowed())) {
                                for (int k = start; k <= token; k++) {
                                    match.words.add(k);
                                }
                                match.before.add(start);
                                next = start;
                                break;
                            }
                        }
                        if (rightJoined) {
                            break;
                        }
                    }
                    if (next < 0) {
                        match.failure = "'" + element + "' not found before the verb";
                        return match;
                    }
                }
                case TARGET, SOURCE, COMPOUND -> {
                    Mention found = null;
                    for (Mention mention : known) {
                        if (mention.lastToken() < position && (found == null || mention.lastToken() > found.lastToken())) {
                            found = mention;
                        }
                    }
                    if (found == null || (rightJoined && found.lastToken() != position - 1)) {
                        match.failure = "no actor for " + element + " before the verb";
                        return match;
                    }
                    if (!bind(tree, known, match, element, found, true)) {
                        return match;
                    }
                    next = found.firstToken();
                }
                case SKIP -> {
                    next = position;
                    for (int token = position - 1; token >= 0; token--) {
                        if (isNominal(tree.token(token))) {
                            next = token;
                            while (next - 1 >= 0 && isNominal(tree.token(next - 1))) {
                                next--;
                            }
                            break;
                        }
                    }
                }
            }
            position = next;
            rightJoined = element.joinedLeft();
        }
        return match;
    }

    private static boolean bind(DependencyTree tree, List<Mention> known, Match match, Element element,
                                Mention found, boolean beforeVerb) {
        switch (element.kind()) {
            case TARGET -> match.target = found;
            case SOURCE -> match.source = found;
            default -> {
                if (expand(tree, found, known).size() < 2) {
                    match.failure = "the actor at % is not a compound";
                    return false;
                }
                match.compound = found;
                match.compoundIsSource = beforeVerb;
            }
        }
        return true;
    }

    /** The length of the element's phrase standing at {@code start} inside the region, or 0. */
    private static int phraseAt(DependencyTree tree, Element element, int start, Set<Integer> region) {
        for (List<String> phrase : element.phrases()) {
            boolean inside = true;
            for (int k = 0; k < phrase.size() && inside; k++) {
                inside = region.contains(start + k);
            }
            if (inside && phraseMatches(tree, phrase, start, element.pluralAllowed())) {
                return phrase.size();
            }
        }
        return 0;
    }

    private static boolean phraseMatches(DependencyTree tree, List<String> phrase, int start, boolean pluralAllowed) {
        if (start + phrase.size() > tree.sentence().tokens().size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            String token = upper(tree, start + k);
            String word = phrase.get(k);
            if (!token.equals(word) && !(pluralAllowed && token.equals(Inflections.plural(word)))) {
                return false;
            }
        }
        return true;
    }

    private static String upper(DependencyTree tree, int token) {
        return tree.token(token).word().toUpperCase(Locale.ROOT);
    }

    private static boolean isNominal(Token token) {
        return token.isNoun() || token.tag().startsWith("PRP") || token.tag().equals("CD");
    }

    private static Mention mentionStartingAt(int token, List<Mention> mentions) {
        for (Mention mention : mentions) {
            if (mention.firstToken() == token) {
                return mention;
            }
        }
        return null;
    }

    /** A mention with the actors coordinated with it ("Gondor and Osgiliath"). */
    private static List<Mention> expand(DependencyTree tree, Mention mention, List<Mention> known) {
        int head = tree.headOf(mention);
        // The last conjunct of "Gondor and Osgiliath" hangs under the first: the coordination starts there.
        while (tree.hasRelation(head, "conj") && tree.parent(head) >= 0) {
            head = tree.parent(head);
        }
        List<Mention> found = Arguments.actorsAt(tree, List.of(head), known, LINKS);
        if (!found.contains(mention)) {
            List<Mention> withIt = new ArrayList<>();
            withIt.add(mention);
            withIt.addAll(found);
            return withIt;
        }
        return found;
    }

    private static List<Mention> without(List<Mention> mentions, List<Mention> excluded) {
        return mentions.stream().filter(m -> !excluded.contains(m)).toList();
    }

    /**
     * The actors of the verb's subject, or of the subject of the clause the verb depends on when its own
     * subject names none: a pronoun ("it would act") or an actor already taken as the target.
     */
    private static List<Mention> subjectActors(DependencyTree tree, int verb, List<Mention> known,
                                               List<Mention> targets) {
        int current = verb;
        for (int depth = 0; depth < 5 && current >= 0; depth++) {
            int subject = tree.firstChild(current, "nsubj", "nsubj:pass", "csubj");
            if (subject >= 0 && tree.hasRelation(subject, "csubj")) {
                // "Ethiopia indicated it would act" parsed with "indicated" as the clausal subject of "act".
                subject = tree.firstChild(subject, "nsubj", "nsubj:pass");
            }
            if (subject >= 0) {
                List<Mention> all = Arguments.actorsAt(tree, List.of(subject), known, LINKS);
                List<Mention> actors = without(all, targets);
                if (!actors.isEmpty()) {
                    return actors;
                }
                // A subject that names no one ends the search, unless it is a pronoun standing for someone
                // named higher up ("Ethiopia indicated it would act") or the pattern took it as the target.
                if (all.isEmpty() && !tree.token(subject).tag().startsWith("PRP")) {
                    return List.of();
                }
            } else if (tree.hasRelation(current, "acl", "acl:relcl")) {
                List<Mention> actors = without(Arguments.actorsAt(tree, List.of(tree.parent(current)), known, LINKS),
                        targets);
                if (!actors.isEmpty()) {
                    return actors;
                }
            }
            if (!tree.hasRelation(current, Arguments.SUBJECT_SHARING) && !tree.hasRelation(current, "acl", "acl:relcl")) {
                return List.of();
            }
            current = tree.parent(current);
        }
        return List.of();
    }

    /**
     * PETRARCH composes an agent with the country named in its "of", "from" or "in" phrase ("soldiers from
     * Gondor", "the government of Gondor"); sitrep's resolver composes only adjacent words, so mentions of a
     * bare agent take the country of such a phrase here.
     */
    static List<Mention> composeAgents(DependencyTree tree, List<Mention> mentions) {
        List<Mention> result = new ArrayList<>(mentions);
        for (Mention mention : mentions) {
            Actor actor = mention.actor();
            if (!actor.isKnown() || !actor.isAgentOnly()) {
                continue;
            }
            int head = tree.headOf(mention);
            for (int nmod : tree.children(head, "nmod")) {
                String link = tree.caseMarker(nmod);
                if (!LINKS.contains(link)) {
                    continue;
                }
                List<Integer> places = new ArrayList<>();
                places.add(nmod);
                places.addAll(tree.children(nmod, "conj"));
                boolean composed = false;
                for (int nominal : places) {
                    // "from Gondor wire": the parse may hang the country as a modifier of another noun.
                    int place = Arguments.tokenWithMention(tree, nominal, mentions, 1);
                    for (int i = 0; i < result.size() && place >= 0; i++) {
                        Mention other = result.get(i);
                        if (other.covers(place) && other.actor().isKnown() && !other.actor().isAgentOnly()) {
                            // "the ambassadors of Arnor, Osgiliath and Gondor": each country takes the agent,
                            // and the agent's own mention gives way to them.
                            result.set(i, new Mention(other.sentence(), other.firstToken(), other.lastToken(),
                                    other.span(), new Actor(other.actor().code() + actor.code(), other.actor().name(),
                                    other.actor().entry() + "+" + link + ":" + actor.entry())));
                            composed = true;
                        }
                    }
                }
                if (composed) {
                    result.remove(mention);
                    break;
                }
            }
        }
        // "Danish media and government": a bare agent coordinated with a composed one shares its country.
        for (int i = 0; i < result.size(); i++) {
            Mention mention = result.get(i);
            if (!mention.actor().isKnown() || !mention.actor().isAgentOnly()) {
                continue;
            }
            int head = tree.headOf(mention);
            if (!tree.hasRelation(head, "conj")) {
                continue;
            }
            Mention partner = Arguments.mentionAt(tree.parent(head), result);
            if (partner != null && partner.actor().isKnown() && !partner.actor().isAgentOnly()
                    && partner.actor().code().length() > 3) {
                String country = partner.actor().code().substring(0, 3);
                result.set(i, new Mention(mention.sentence(), mention.firstToken(), mention.lastToken(),
                        mention.span(), new Actor(country + mention.actor().code(), mention.actor().name(),
                        mention.actor().entry() + "+conj:" + partner.actor().entry())));
            }
        }
        return result;
    }

    private static void note(List<String> trace, String line) {
        if (trace != null) {
            trace.add(line);
        }
    }
}
