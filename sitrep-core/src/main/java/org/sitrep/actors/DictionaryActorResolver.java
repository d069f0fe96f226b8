package org.sitrep.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.sitrep.internal.DependencyTree;
import org.sitrep.model.Actor;
import org.sitrep.model.Mention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.pipeline.ActorResolver;
import org.sitrep.pipeline.ActorSpotter;
import org.sitrep.pipeline.Parsed;
import org.sitrep.pipeline.Resolved;

/**
 * Resolves actor mentions by longest dictionary match, then joins adjacent matches into one actor phrase the
 * way CAMEO composes codes: a country part and an agent part ("a Syrian army spokesman" is SYR + MIL),
 * across a possessive ("Kestria's troops"). In a phrase the last strong agent term wins ("government troops"
 * is MIL), and a weak title ("spokesman") counts only when no strong term is present. A person takes the code
 * of the role they held on the article's date. Runs of proper nouns the dictionaries lack become mentions of
 * unknown actors. Thread-safe.
 */
public final class DictionaryActorResolver implements ActorResolver, ActorSpotter {

    private static final Set<String> POSSESSIVES = Set.of("'s", "'", "\u2019s", "\u2019");

    private final ActorDictionary dictionary;
    private final Epithets epithets;

    public DictionaryActorResolver(ActorDictionary dictionary) {
        this(dictionary, Epithets.standard());
    }

    public DictionaryActorResolver(ActorDictionary dictionary, Epithets epithets) {
        this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
        this.epithets = Objects.requireNonNull(epithets, "epithets");
    }

    @Override
    public boolean mayNameActor(Sentence sentence) {
        return dictionary.hasMatch(sentence);
    }

    @Override
    public boolean needsParse(Sentence tagged) {
        List<Token> tokens = tagged.tokens();
        for (int i = 1; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).word().equals(",") && tokens.get(i - 1).isProperNoun()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Resolved resolve(Parsed parsed, LocalDate date) {
        List<Mention> mentions = new ArrayList<>();
        for (Sentence sentence : parsed.sentences()) {
            List<Mention> found = resolveSentence(sentence, parsed.text(), date);
            mentions.addAll(sentence.parsed() ? resolveAppositions(new DependencyTree(sentence), found) : found);
        }
        return new Resolved(parsed, withContextCountry(parsed.sentences(),
                carrySurnames(addCountryAnaphors(parsed, addEpithets(parsed, mentions)))));
    }

    /** Nouns that, after "the", point back at the last country named: "demands that the country disarm". */
    private static final Set<String> COUNTRY_ANAPHORS = Set.of("country", "nation");
    /** Prepositions before which "the country" is a place, not an actor: "across the country". */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("across", "throughout", "around", "inside",
            "within", "into");

    /**
     * "Vesta demands that the country hand over its weapons", after Kestria was named: "the country" is the
     * nearest country named before it, in its sentence or the one before. A country named by a country's
     * own name only; an adjective ("Kestrian") names no country to point back at.
     */
    private static List<Mention> addCountryAnaphors(Parsed parsed, List<Mention> mentions) {
        List<Mention> result = new ArrayList<>(mentions);
        for (Sentence sentence : parsed.sentences()) {
            List<Token> tokens = sentence.tokens();
            for (int i = 1; i < tokens.size(); i++) {
                if (!COUNTRY_ANAPHORS.contains(tokens.get(i).word()) || !tokens.get(i - 1).word().equalsIgnoreCase("the")
                        || (i >= 2 && PLACE_PREPOSITIONS.contains(tokens.get(i - 2).word().toLowerCase(Locale.ROOT)))
                        || (i + 1 < tokens.size() && tokens.get(i + 1).isNoun())) {
                    // "the country music", "the nation state" name no one.
                    continue;
                }
                final int at = i;
                if (mentions.stream().anyMatch(m -> m.sentence() == sentence.index() && m.firstToken() <= at
                        && at <= m.lastToken())) {
                    continue;
                }
                Mention antecedent = null;
                for (Mention mention : mentions) {
                    boolean before = mention.sentence() == sentence.index() - 1
                            || (mention.sentence() == sentence.index() && mention.lastToken() < i - 1);
                    if (before && mention.actor().entry().startsWith("country:")
                            && mention.actor().code().length() == 3) {
                        antecedent = mention;
                    }
                }
                if (antecedent != null) {
                    String code = antecedent.actor().code();
                    result.add(new Mention(sentence.index(), i - 1, i, sentence.tokenSpan(i - 1, i),
                            new Actor(code, sentence.tokenSpan(i - 1, i).of(parsed.text()),
                                    "country_anaphor:" + code)));
                }
            }
        }
        result.sort((a, b) -> a.sentence() != b.sentence() ? Integer.compare(a.sentence(), b.sentence())
                : Integer.compare(a.firstToken(), b.firstToken()));
        return result;
    }

    /** Agents that belong to one country's domestic scene, so that a bare one can take the country in view. */
    // Civilians are left out: they are the usual victims of another country's force ("civilians killed in
    // Kestrian shelling"), so the one country in view is often not theirs.
    private static final Set<String> DOMESTIC_AGENTS = Set.of("GOV", "MIL", "REB", "OPP", "COP", "JUD", "LEG",
            "SPY", "PTY");

    /**
     * "the government", "troops", "the rebels" with no country of their own take the country in view when it is
     * unambiguous: the only country named in their sentence, or, in a sentence that names none, the only
     * country named in the article. A country standing right before the agent without joining it
     * ("Kestrian-backed rebels") qualifies it some other way and lends nothing.
     */
    static List<Mention> withContextCountry(List<Sentence> sentences, List<Mention> mentions) {
        Set<String> articleCountries = new HashSet<>();
        java.util.Map<Integer, Set<String>> sentenceCountries = new java.util.HashMap<>();
        for (Mention mention : mentions) {
            if (hasCountry(mention.actor()) && !isGroupCode(mention.actor().code())) {
                articleCountries.add(mention.actor().country());
                sentenceCountries.computeIfAbsent(mention.sentence(), k -> new HashSet<>()).add(mention.actor().country());
            }
        }
        List<Mention> result = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            Mention mention = mentions.get(i);
            Actor actor = mention.actor();
            if (!hasAgentCodeOnly(actor) || !DOMESTIC_AGENTS.contains(actor.code())
                    || qualifiedByNeighbour(mentions, i, sentences)) {
                result.add(mention);
                continue;
            }
            Set<String> inSentence = sentenceCountries.getOrDefault(mention.sentence(), Set.of());
            Set<String> inView = inSentence.isEmpty() ? articleCountries : inSentence;
            if (inView.size() == 1) {
                String country = inView.iterator().next();
                mention = new Mention(mention.sentence(), mention.firstToken(), mention.lastToken(), mention.span(),
                        new Actor(country + actor.code(), actor.name(), actor.entry() + "+context_country:" + country));
            }
            result.add(mention);
        }
        return result;
    }

    private static final java.util.regex.Pattern QUALIFYING = java.util.regex.Pattern.compile(
            "-|(?i).*(backed|led|supported|allied|aligned|sponsored|trained|funded|armed|friendly|based)");

    /** "Kestrian-backed rebels": only such qualifying words stand between the country and the agent. */
    private static boolean qualifiedByNeighbour(List<Mention> mentions, int index, List<Sentence> sentences) {
        Mention mention = mentions.get(index);
        if (index == 0) {
            return false;
        }
        Mention before = mentions.get(index - 1);
        if (before.sentence() != mention.sentence() || !hasCountry(before.actor())
                || mention.firstToken() - before.lastToken() > 3 || mention.firstToken() == before.lastToken() + 1) {
            return false;
        }
        List<Token> tokens = sentenceAt(sentences, mention.sentence()).tokens();
        for (int t = before.lastToken() + 1; t < mention.firstToken(); t++) {
            if (!QUALIFYING.matcher(tokens.get(t).word()).matches()) {
                return false;
            }
        }
        return true;
    }

    private static Sentence sentenceAt(List<Sentence> sentences, int index) {
        Sentence guess = index < sentences.size() ? sentences.get(index) : null;
        if (guess != null && guess.index() == index) {
            return guess;
        }
        for (Sentence sentence : sentences) {
            if (sentence.index() == index) {
                return sentence;
            }
        }
        throw new IllegalArgumentException("no sentence " + index);
    }

    /** "The Islamic republic" is Iran's government when the article names Iran; otherwise no one. */
    private List<Mention> addEpithets(Parsed parsed, List<Mention> mentions) {
        Set<String> countries = new HashSet<>();
        for (Mention mention : mentions) {
            if (hasCountry(mention.actor())) {
                countries.add(mention.actor().country());
            }
        }
        List<Mention> result = new ArrayList<>(mentions);
        for (Sentence sentence : parsed.sentences()) {
            for (int i = 0; i < sentence.tokens().size(); i++) {
                Epithets.Match match = epithets.longestAt(sentence, i);
                if (match == null || !countries.contains(match.country()) || covered(mentions, sentence.index(), match)) {
                    continue;
                }
                // A mention of unknown actor over the same words ("Islamic Republic" as proper nouns) gives way.
                result.removeIf(m -> m.sentence() == sentence.index() && !m.actor().isKnown()
                        && m.firstToken() <= match.last() && match.first() <= m.lastToken());
                result.add(new Mention(sentence.index(), match.first(), match.last(),
                        sentence.tokenSpan(match.first(), match.last()),
                        new Actor(match.country() + "GOV", sentence.tokenSpan(match.first(), match.last())
                                .of(parsed.text()), "epithet:" + match.country())));
                i = match.last();
            }
        }
        result.sort((a, b) -> a.sentence() != b.sentence() ? Integer.compare(a.sentence(), b.sentence())
                : Integer.compare(a.firstToken(), b.firstToken()));
        return result;
    }

    private static boolean covered(List<Mention> mentions, int sentence, Epithets.Match match) {
        for (Mention mention : mentions) {
            if (mention.sentence() == sentence && mention.actor().isKnown()
                    && mention.firstToken() <= match.last() && match.first() <= mention.lastToken()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Gen. Xavier Ortiz, a Kestrian army spokesman": a name without a country takes the code of the actor
     * its apposition names.
     */
    static List<Mention> resolveAppositions(DependencyTree tree, List<Mention> mentions) {
        List<Mention> result = new ArrayList<>(mentions);
        for (int i = 0; i < result.size(); i++) {
            Mention mention = result.get(i);
            // A name with only its country ("Igor Konashenkov" as RUS) still learns its agent from an apposition.
            boolean countryOnly = hasCountry(mention.actor()) && mention.actor().code().length() == 3;
            if (hasCountry(mention.actor()) && !countryOnly) {
                continue;
            }
            int head = tree.headOf(mention);
            List<Integer> partners = new ArrayList<>(tree.children(head, "appos"));
            if (tree.hasRelation(head, "appos") && tree.parent(head) >= 0) {
                partners.add(tree.parent(head));
            }
            for (int partner : partners) {
                Mention described = describedBy(tree, partner, result);
                if (countryOnly && described != null && described != mention && hasCountry(described.actor())
                        && described.actor().code().length() > 3
                        && described.actor().country().equals(mention.actor().code())) {
                    Actor actor = mention.actor();
                    result.set(i, new Mention(mention.sentence(), mention.firstToken(), mention.lastToken(),
                            mention.span(), new Actor(described.actor().code(), actor.name(),
                            actor.entry() + "+appos:" + described.actor().entry())));
                    break;
                }
                if (!countryOnly && described != null && described != mention && hasCountry(described.actor())) {
                    Actor actor = mention.actor();
                    String agent = actor.isKnown() ? actor.code() : "";
                    String code = described.actor().code().length() > 3 || agent.isEmpty()
                            ? described.actor().code() : described.actor().code() + agent;
                    String entry = (actor.entry().isEmpty() ? "" : actor.entry() + "+") + "appos:"
                            + described.actor().entry();
                    result.set(i, new Mention(mention.sentence(), mention.firstToken(), mention.lastToken(),
                            mention.span(), new Actor(code, actor.name(), entry)));
                    break;
                }
            }
        }
        return result;
    }

    private static Mention describedBy(DependencyTree tree, int token, List<Mention> mentions) {
        for (Mention mention : mentions) {
            if (mention.covers(token)) {
                return mention;
            }
        }
        for (int child : tree.children(token, "compound", "amod", "nmod:poss")) {
            for (Mention mention : mentions) {
                if (mention.covers(child)) {
                    return mention;
                }
            }
        }
        return null;
    }

    /**
     * A later bare surname ("Ortiz said") is the person named in full earlier in the article, when the
     * dictionaries do not know it themselves.
     */
    static List<Mention> carrySurnames(List<Mention> mentions) {
        java.util.Map<String, Actor> bySurname = new java.util.HashMap<>();
        List<Mention> result = new ArrayList<>(mentions.size());
        for (Mention mention : mentions) {
            Actor actor = mention.actor();
            String name = actor.name();
            int space = name.lastIndexOf(' ');
            if (!actor.isKnown()) {
                Actor earlier = bySurname.get(name);
                if (earlier != null) {
                    mention = new Mention(mention.sentence(), mention.firstToken(), mention.lastToken(),
                            mention.span(), new Actor(earlier.code(), earlier.name(), earlier.entry() + "+surname"));
                }
            } else if (space > 0 && hasCountry(actor)) {
                bySurname.putIfAbsent(name.substring(space + 1), actor);
            }
            result.add(mention);
        }
        return result;
    }

    /** Whether the code names a country or group, not just an agent type like "MIL". */
    private static boolean hasCountry(Actor actor) {
        String entry = actor.entry();
        return actor.isKnown() && (entry.contains("country") || entry.contains("person:") || entry.contains("epithet:")
                || entry.contains("organization:") || entry.contains("appos:") || entry.contains("government_metonym"));
    }

    /** The mentions of one sentence, in text order. */
    public List<Mention> resolveSentence(Sentence sentence, String text, LocalDate date) {
        List<ActorDictionary.Match> matches = withoutStrangersSurnames(sentence, dictionary.matches(sentence));
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        boolean[] covered = new boolean[sentence.tokens().size()];
        while (i < matches.size()) {
            int j = i;
            while (j + 1 < matches.size() && joins(sentence, matches.get(j), matches.get(j + 1))) {
                j++;
            }
            List<ActorDictionary.Match> phrase = matches.subList(i, j + 1);
            int first = phrase.get(0).first();
            int last = phrase.get(phrase.size() - 1).last();
            // A title directly before an unknown name ("Gen. Xavier Ortiz") is one phrase with the name.
            int nextMatch = j + 1 < matches.size() ? matches.get(j + 1).first() : sentence.tokens().size();
            boolean endsWithTitle = phrase.get(phrase.size() - 1).entry().kind() == DictionaryEntry.Kind.AGENT;
            int nameEnd = endsWithTitle ? unknownNameAfter(sentence, last, nextMatch) : last;
            Actor actor = compose(phrase, date, nameEnd > last ? sentence.tokenSpan(last + 1, nameEnd).of(text) : null);
            last = Math.max(last, nameEnd);
            for (int t = first; t <= last; t++) {
                covered[t] = true;
            }
            mentions.add(new Mention(sentence.index(), first, last, sentence.tokenSpan(first, last), actor));
            i = j + 1;
        }
        mentions = withOfCountries(sentence, mentions);
        if (isTagged(sentence)) {
            for (Mention mention : mentions) {
                for (int t = mention.firstToken(); t <= mention.lastToken(); t++) {
                    covered[t] = true;
                }
            }
            mentions.addAll(unknownNames(sentence, text, covered));
            mentions.sort((a, b) -> Integer.compare(a.firstToken(), b.firstToken()));
        }
        return mentions;
    }

    /**
     * "the leaders of Kestria's government", "troops of Norland": an agent with no country of its own, followed
     * by "of" and an actor that has one, is that actor's agent. One mention covers both.
     */
    private static List<Mention> withOfCountries(Sentence sentence, List<Mention> mentions) {
        List<Mention> result = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            Mention agent = mentions.get(i);
            Mention owner = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
            // "Igor Orlov, spokesman for the Kestrian army": a person known only by country takes the body's agent.
            boolean refinesPerson = owner != null && hasCountry(agent.actor()) && agent.actor().code().length() == 3
                    && owner.actor().code().length() > 3 && owner.actor().country().equals(agent.actor().code());
            if (owner != null && (hasAgentCodeOnly(agent.actor()) || refinesPerson) && hasCountry(owner.actor())
                    && !isGroupCode(owner.actor().code()) && onlyOfBetween(sentence, agent.lastToken(), owner.firstToken())
                    && !coordinatedAfter(sentence, owner.lastToken())) {
                Actor actor = owner.actor();
                String code = actor.code().length() > 3 ? actor.code() : actor.code() + agent.actor().code();
                result.add(new Mention(agent.sentence(), agent.firstToken(), owner.lastToken(),
                        new Span(agent.span().begin(), owner.span().end()),
                        new Actor(code, refinesPerson ? agent.actor().name() : actor.name(),
                                agent.actor().entry() + "+of:" + actor.entry())));
                i++;
            } else {
                result.add(agent);
            }
        }
        return result;
    }

    /** "ambassadors of Arnor, Osgiliath and Gondor" stay for the coder, which shares the agent among them. */
    private static boolean coordinatedAfter(Sentence sentence, int last) {
        List<Token> tokens = sentence.tokens();
        if (last + 1 >= tokens.size()) {
            return false;
        }
        String next = tokens.get(last + 1).word();
        if (next.equalsIgnoreCase("and") || next.equalsIgnoreCase("or")) {
            return true;
        }
        // "Arnor, Osgiliath and Gondor": a comma, a name, and more of the list; not "the army, said".
        if (!next.equals(",") || last + 3 >= tokens.size()) {
            return false;
        }
        String name = tokens.get(last + 2).word();
        String after = tokens.get(last + 3).word();
        return !name.isEmpty() && Character.isUpperCase(name.charAt(0))
                && (after.equals(",") || after.equalsIgnoreCase("and") || after.equalsIgnoreCase("or"));
    }

    /** Titles that speak for a body: "a spokesman for the Kestrian army" is that army's. */
    private static final java.util.regex.Pattern SPEAKS_FOR = java.util.regex.Pattern.compile(
            "(?i)spokes(wo)?m[ae]n|spokespersons?|officials?|representatives?|advis[eo]rs?");

    private static boolean onlyOfBetween(Sentence sentence, int last, int next) {
        List<Token> tokens = sentence.tokens();
        if (next <= last + 1) {
            return false;
        }
        String preposition = tokens.get(last + 1).word();
        boolean linked = preposition.equalsIgnoreCase("of")
                || (preposition.equalsIgnoreCase("for") && SPEAKS_FOR.matcher(tokens.get(last).word()).matches());
        if (!linked) {
            return false;
        }
        return next == last + 2 || (next == last + 3 && tokens.get(last + 2).word().equalsIgnoreCase("the"));
    }

    /**
     * A known actor whose code is one agent type, like "MIL" for "troops", and whose entries name no country or
     * group. Unlike {@link Actor#isAgentOnly}, an apposition or metonym entry counts as naming one.
     */
    private static boolean hasAgentCodeOnly(Actor actor) {
        return actor.isKnown() && actor.code().length() == 3 && !hasCountry(actor);
    }

    /**
     * "Oscar Pistorius" is not the minister Boris Pistorius: a one-word name right after another capitalised
     * word the dictionaries do not know belongs to someone else. Honorifics ("Mr. Pistorius") are no such word.
     */
    private static List<ActorDictionary.Match> withoutStrangersSurnames(Sentence sentence,
                                                                         List<ActorDictionary.Match> matches) {
        List<ActorDictionary.Match> kept = new ArrayList<>(matches.size());
        int previousEnd = -1;
        for (ActorDictionary.Match match : matches) {
            int before = match.first() - 1;
            boolean strangerBefore = match.entry().kind() == DictionaryEntry.Kind.PERSON
                    && match.first() == match.last() && before > previousEnd && before >= 0
                    && isUnknownCapitalised(sentence.tokens().get(before), before);
            if (!strangerBefore) {
                kept.add(match);
                previousEnd = match.last();
            }
        }
        return kept;
    }

    private static boolean isUnknownCapitalised(Token token, int index) {
        String word = token.word();
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || NOT_NAMES.contains(word)) {
            return false;
        }
        // Untagged, a sentence's first word is capitalised anyway; tagged, only a proper noun counts.
        return token.tag().isEmpty() ? index > 0 : token.isProperNoun();
    }

    private static boolean joins(Sentence sentence, ActorDictionary.Match left, ActorDictionary.Match right) {
        String leftCountry = countryOf(left.entry());
        String rightCountry = countryOf(right.entry());
        if (leftCountry != null && rightCountry != null && !leftCountry.equals(rightCountry)) {
            // One phrase names one country: "...leave Maran Orlov tells..." is two actors side by side.
            return false;
        }
        if (right.first() == left.last() + 1) {
            return true;
        }
        if (left.entry().kind() == DictionaryEntry.Kind.AGENT) {
            return false;
        }
        int next = left.last() + 1;
        if (POSSESSIVES.contains(sentence.tokens().get(next).word())) {
            next++;
        }
        // "Kestria's new government", "Alliance peacekeeping troops": modifiers between a name and the agent
        // it qualifies keep the phrase whole. Only a tagged sentence can tell a modifier from a verb or a name.
        return right.entry().kind() == DictionaryEntry.Kind.AGENT
                && right.first() - next <= MAX_MODIFIERS_BEFORE_AGENT && modifiersOnly(sentence, next, right.first());
    }

    private static final int MAX_MODIFIERS_BEFORE_AGENT = 2;

    private static boolean modifiersOnly(Sentence sentence, int from, int to) {
        for (int t = from; t < to; t++) {
            Token token = sentence.tokens().get(t);
            String tag = token.tag();
            boolean modifier = tag.startsWith("JJ") || tag.equals("VBN") || tag.equals("VBG")
                    || (tag.equals("NN") && Character.isLowerCase(token.word().charAt(0)));
            if (!modifier) {
                return false;
            }
        }
        return true;
    }

    /** International and non-state group codes: an agent after them ("U.N. envoy") is not a country's. */
    private static boolean isGroupCode(String code) {
        return code.startsWith("IGO") || code.startsWith("NGO") || code.startsWith("IMG") || code.startsWith("MNC");
    }

    private static String countryOf(DictionaryEntry entry) {
        return entry.kind() == DictionaryEntry.Kind.AGENT || entry.code().length() < 3 ? null
                : entry.code().substring(0, 3);
    }

    /** The last token of a run of unknown proper nouns right after a title ending at {@code last}. */
    private static boolean isTagged(Sentence sentence) {
        return !sentence.tokens().isEmpty() && !sentence.tokens().get(0).tag().isEmpty();
    }

    private static int unknownNameAfter(Sentence sentence, int last, int limit) {
        if (!isTagged(sentence)) {
            return last;
        }
        int end = last;
        while (end + 1 < limit && sentence.tokens().get(end + 1).isProperNoun()) {
            end++;
        }
        return end;
    }

    private static Actor compose(List<ActorDictionary.Match> phrase, LocalDate date, String unknownName) {
        String base = null;
        String fullCode = null;
        String strongAgent = null;
        String weakAgent = null;
        String agentAfterName = null;
        boolean namedPerson = false;
        String impliedAgent = null;
        String name = null;
        List<String> entries = new ArrayList<>();
        for (ActorDictionary.Match match : phrase) {
            DictionaryEntry entry = match.entry();
            entries.add(entry.kind().name().toLowerCase(Locale.ROOT) + ":" + entry.id());
            switch (entry.kind()) {
                case COUNTRY, COUNTRY_ADJECTIVE -> {
                    if (base == null) {
                        base = entry.code();
                        name = entry.name();
                    }
                }
                case GOVERNMENT_METONYM -> {
                    if (base == null) {
                        base = entry.code();
                        impliedAgent = "GOV";
                        name = entry.name();
                    }
                }
                case PERSON, ORGANIZATION -> {
                    if (base == null) {
                        namedPerson = entry.kind() == DictionaryEntry.Kind.PERSON;
                        fullCode = namedPerson ? entry.codeOn(date) : entry.code();
                        base = fullCode.substring(0, 3);
                        name = entry.name();
                    }
                }
                case AGENT -> {
                    if (entry.weak()) {
                        weakAgent = weakAgent == null ? entry.code() : weakAgent;
                    } else {
                        strongAgent = entry.code();
                    }
                    // After a person any agent term names a body of theirs ("Orlov's forces"); after a group
                    // only a strong one does ("Red Hand government", not "Red Hand spokesman").
                    if (fullCode != null && (agentAfterName == null || !entry.weak())
                            && (!entry.weak() || namedPerson)) {
                        agentAfterName = entry.code();
                    }
                }
            }
        }
        String agent = strongAgent != null ? strongAgent : weakAgent;
        String code;
        if (fullCode != null) {
            // A named person or group keeps its own code unless the phrase names a body of theirs after the
            // name: "Orlov's forces" are the country's military; a title before it ("President Orlov") is
            // what the role already says.
            if (agentAfterName != null && fullCode.length() == 6 && !isGroupCode(fullCode)) {
                code = base + agentAfterName;
            } else if (fullCode.startsWith("IGO") && "MIL".equals(strongAgent) && !fullCode.contains("MIL")) {
                // "Alliance troops" are the alliance's military, as CAMEO composes IGO codes with an agent.
                code = fullCode + strongAgent;
            } else {
                code = fullCode;
            }
        } else if (base != null) {
            code = base + (agent != null ? agent : impliedAgent != null ? impliedAgent : "");
        } else {
            code = agent == null ? "" : agent;
        }
        if (name == null) {
            name = phrase.get(phrase.size() - 1).entry().name();
        }
        if (unknownName != null) {
            name = unknownName;
        }
        return new Actor(code, name, String.join("+", entries));
    }

    /** Capitalised words that are never actors: honorifics on their own, days and months. */
    private static final Set<String> NOT_NAMES = Set.of("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
            "March", "April", "May", "June", "July", "August", "September", "October", "November", "December");

    private static List<Mention> unknownNames(Sentence sentence, String text, boolean[] covered) {
        List<Mention> unknown = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        int i = 0;
        while (i < tokens.size()) {
            if (covered[i] || !tokens.get(i).isProperNoun() || !Character.isUpperCase(tokens.get(i).word().charAt(0))
                    || NOT_NAMES.contains(tokens.get(i).word())) {
                i++;
                continue;
            }
            int end = i;
            while (end + 1 < tokens.size() && !covered[end + 1] && tokens.get(end + 1).isProperNoun()
                    && !NOT_NAMES.contains(tokens.get(end + 1).word())) {
                end++;
            }
            String name = sentence.tokenSpan(i, end).of(text);
            unknown.add(new Mention(sentence.index(), i, end, sentence.tokenSpan(i, end), Actor.unknown(name)));
            i = end + 1;
        }
        return unknown;
    }
}
