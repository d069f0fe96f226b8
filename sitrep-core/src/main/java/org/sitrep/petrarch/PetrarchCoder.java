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
    private static final Set<String> PETRARCH_AGENT_LINKS = Set.of("of", "from", "in");

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
            for (Verb verb : verbs.verbsWithForm(token.word().toUpperCase(Locale.ROOT))) {
                int first = t - verb.before().size();
                int last = t + verb.after().size();
                if (!phrasalWordsStand(tree, verb, t)) {
                    note(trace, "'" + token.word() + "' " + verb.name() + ": its words "
                            + String.join(" ", verb.before()) + " * " + String.join(" ", verb.after()) + " are not beside it");
                    continue;
                }
                codeVerb(tree, known, verb, first, last, t, consumed, coded, trace);
                break;
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
        Mention source;
        Mention target;
        Mention compound;
        boolean compoundIsSource;
    }

    private void codeVerb(DependencyTree tree, List<Mention> known, Verb verb, int first, int last, int head,
                          Set<Integer> consumed, List<Coded> out, List<String> trace) {
        String word = tree.token(head).word();
        VerbDictionary.Block block = verbs.block(verb);
        List<Integer> after = afterRegion(tree, head, last);
        Match match = null;
        VerbPattern fired = null;
        for (VerbPattern pattern : block.patterns()) {
            Match attempt = match(tree, known, pattern, first, last, after);
            if (attempt.failure != null) {
                note(trace, "'" + word + "' " + block.headword() + " pattern '- " + pattern.text() + "' ("
                        + pattern.origin() + "): no match: " + attempt.failure);
                continue;
            }
            match = attempt;
            fired = pattern;
            break;
        }
        String code = fired == null ? verb.code() : fired.code();
        String reverse = fired == null ? "" : fired.reverseCode();
        String rule = fired == null ? "petrarch:" + block.headword() + ":" + verb.name()
                : "petrarch:" + fired.origin();
        String label = fired == null ? "'" + word + "' " + verb.name() + " [" + verb.code() + "] (no pattern matched)"
                : "'" + word + "' " + block.headword() + " pattern '- " + fired.text() + "' (" + fired.origin() + ")";
        if (match == null) {
            match = new Match();
        }
        List<Integer> trigger = new ArrayList<>();
        for (int k = first; k <= last; k++) {
            trigger.add(k);
        }
        trigger.addAll(match.words);
        consumed.addAll(trigger);
        if (code.isEmpty() || code.equals(NO_CODE)) {
            note(trace, label + ": matched; code " + NO_CODE + " codes nothing");
            return;
        }
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
                sources.addAll(without(Arguments.actorsAt(tree, agents, known), targets));
                if (!sources.isEmpty() && targets.isEmpty()) {
                    targets.addAll(without(Arguments.actorsAt(tree, tree.children(head, "nsubj:pass"), known), sources));
                }
            }
            if (sources.isEmpty()) {
                sources.addAll(subjectActors(tree, head, known, targets));
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
        if (sources.isEmpty()) {
            note(trace, label + ": matched, but no source actor");
            return;
        }
        int before = out.size();
        if (mutual && targets.isEmpty()) {
            for (Mention a : sources) {
                for (Mention b : sources) {
                    if (a != b) {
                        out.add(new Coded(code, a, b, rule, trigger));
                    }
                }
            }
        } else if (targets.isEmpty()) {
            if (requireDyad) {
                note(trace, label + ": matched, but no target actor (PETRARCH codes dyads only)");
                return;
            }
            for (Mention source : sources) {
                out.add(new Coded(code, source, null, rule, trigger));
            }
        } else {
            for (Mention source : sources) {
                for (Mention target : targets) {
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
        StringBuilder fired2 = new StringBuilder();
        for (Coded c : out.subList(before, out.size())) {
            fired2.append(fired2.length() == 0 ? "" : ", ").append(c.source().actor().code()).append(' ')
                    .append(c.code()).append(' ').append(c.target() == null ? "-" : c.target().actor().code());
        }
        note(trace, label + ": fired: " + fired2);
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
        List<Mention> found = Arguments.actorsAt(tree, List.of(Arguments.headOf(tree, mention)), known);
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
            if (subject >= 0) {
                List<Mention> actors = without(Arguments.actorsAt(tree, List.of(subject), known), targets);
                if (!actors.isEmpty()) {
                    return actors;
                }
            } else if (tree.hasRelation(current, "acl", "acl:relcl")) {
                List<Mention> actors = without(Arguments.actorsAt(tree, List.of(tree.parent(current)), known), targets);
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
        for (int i = 0; i < result.size(); i++) {
            Mention mention = result.get(i);
            Actor actor = mention.actor();
            if (!actor.isKnown() || !isBareAgent(actor)) {
                continue;
            }
            int head = Arguments.headOf(tree, mention);
            for (int nmod : tree.children(head, "nmod")) {
                if (!PETRARCH_AGENT_LINKS.contains(tree.caseMarker(nmod))) {
                    continue;
                }
                Mention country = null;
                for (Mention other : mentions) {
                    if (other.covers(nmod) && other.actor().isKnown() && !isBareAgent(other.actor())) {
                        country = other;
                    }
                }
                if (country != null) {
                    String base = country.actor().code();
                    result.set(i, new Mention(mention.sentence(), mention.firstToken(), mention.lastToken(),
                            mention.span(), new Actor(base + actor.code(), actor.name(),
                            actor.entry() + "+" + tree.caseMarker(nmod) + ":" + country.actor().entry())));
                    break;
                }
            }
        }
        return result;
    }

    private static boolean isBareAgent(Actor actor) {
        for (String part : actor.entry().split("\\+")) {
            if (!part.startsWith("agent:")) {
                return false;
            }
        }
        return true;
    }

    private static void note(List<String> trace, String line) {
        if (trace != null) {
            trace.add(line);
        }
    }
}
