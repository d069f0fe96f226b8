package org.sitrep.coding.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.internal.DependencyTree;
import org.sitrep.model.Actor;
import org.sitrep.model.Mention;

/** Where arguments stand in a dependency tree, and the actor mentions that fill them. */
public final class Arguments {

    /** Relations across which a clause without a subject of its own takes its governor's subject. */
    public static final String[] SUBJECT_SHARING = {"xcomp", "advcl", "conj", "ccomp", "parataxis", "dep"};

    private Arguments() {
    }

    /** A verb's subject, or the subject it shares with the clause it depends on. */
    public static int subjectOf(DependencyTree tree, int verb) {
        int current = verb;
        for (int depth = 0; depth < 4 && current >= 0; depth++) {
            int subject = tree.firstChild(current, "nsubj", "nsubj:pass", "csubj");
            if (subject >= 0 && current == verb) {
                return tree.hasRelation(subject, "nsubj:pass") ? -1 : subject;
            }
            if (subject >= 0 && tree.hasRelation(current, "acl:relcl") && tree.parent(current) >= 0
                    && isRelativePronoun(tree, subject)) {
                // "Orlov, who was visiting Holm, offered condolences": the parser may hang the main verb
                // under the relative clause; "who" stands for the noun the clause describes.
                return tree.parent(current);
            }
            if (subject >= 0) {
                return subject;
            }
            if (tree.hasRelation(current, "acl")) {
                // A reduced relative ("troops loyal to...", "forces backing...") describes its noun.
                return tree.parent(current);
            }
            if (!tree.hasRelation(current, SUBJECT_SHARING)) {
                return -1;
            }
            current = tree.parent(current);
        }
        return -1;
    }

    /** "who", "which", or "that" opening a relative clause. */
    public static boolean isRelativePronoun(DependencyTree tree, int token) {
        String tag = tree.token(token).tag();
        return tag.equals("WP") || tag.equals("WDT") || (tag.equals("IN") && tree.lemma(token).equals("that"));
    }

    /** Nouns for people defined by someone else, whose possessor is not the actor ("Trump's son"). */
    private static final Set<String> RELATIONS_OF_A_PERSON = Set.of("critic", "son", "daughter", "wife", "husband",
            "brother", "sister", "father", "mother", "family", "friend", "opponent", "rival", "enemy", "foe",
            "detractor", "supporter", "lawyer", "attorney", "fan", "voter", "victim", "child", "relative", "aide",
            "biographer", "accuser", "challenger", "successor", "predecessor");

    /** Prepositions through which an argument's actor may stand in a phrase under it: "thousands of rebels". */
    public static final Set<String> OF = Set.of("of");

    /** The mentions standing in argument positions, expanded over conjunctions. */
    public static List<Mention> actorsAt(DependencyTree tree, List<Integer> heads, List<Mention> mentions) {
        return actorsAt(tree, heads, mentions, OF);
    }

    /**
     * As {@link #actorsAt(DependencyTree, List, List)}, with the prepositions of the phrases under an argument
     * that may carry its actor.
     */
    public static List<Mention> actorsAt(DependencyTree tree, List<Integer> heads, List<Mention> mentions,
                                         Set<String> links) {
        List<Mention> found = new ArrayList<>();
        List<Integer> expanded = new ArrayList<>();
        for (int head : heads) {
            expanded.add(head);
            for (int conjunct : tree.children(head, "conj")) {
                expanded.add(conjunct);
                expanded.addAll(tree.children(conjunct, "conj"));
            }
        }
        List<Mention> known = mentions.stream().filter(m -> m.actor().isKnown()).toList();
        for (int head : expanded) {
            int at = tokenWithMention(tree, head, known, 0, links);
            if (at < 0) {
                at = tokenWithMention(tree, head, mentions, 0, links);
            }
            if (at < 0) {
                continue;
            }
            List<Integer> tokens = new ArrayList<>();
            tokens.add(at);
            if (at != head) {
                // "the Kestria and Vesta group": the conjunction sits on the modifier, not the head.
                tokens.addAll(tree.children(at, "conj"));
            }
            for (int token : tokens) {
                Mention mention = mentionAt(token, known);
                if (mention == null) {
                    mention = mentionAt(token, mentions);
                }
                if (mention != null && !found.contains(mention)) {
                    found.add(mention);
                }
            }
            Mention headMention = mentionAt(at, known);
            if (headMention != null) {
                for (Mention coordinated : coordinatedModifiers(tree, at, headMention, known)) {
                    if (!found.contains(coordinated)) {
                        found.add(coordinated);
                    }
                }
            }
        }
        return found;
    }

    /**
     * "Norlandic and Vestan troops": the resolver sees "Norlandic" and "Vestan troops"; the first country
     * adjective takes the agent of the phrase it is coordinated into (NOR + MIL).
     */
    private static List<Mention> coordinatedModifiers(DependencyTree tree, int head, Mention headMention,
                                                      List<Mention> known) {
        List<Mention> result = new ArrayList<>();
        String headCode = headMention.actor().code();
        for (int modifier : tree.children(head, "amod", "compound")) {
            List<Integer> members = new ArrayList<>(tree.children(modifier, "conj"));
            if (members.isEmpty()) {
                continue;
            }
            members.add(0, modifier);
            for (int member : members) {
                Mention other = mentionAt(member, known);
                if (other == null || other == headMention || other.lastToken() >= headMention.firstToken()
                        && other.firstToken() <= headMention.lastToken()) {
                    continue;
                }
                String code = other.actor().code();
                if (code.length() == 3 && headCode.length() > 3) {
                    code = code + headCode.substring(3);
                }
                result.add(new Mention(other.sentence(), other.firstToken(), other.lastToken(), other.span(),
                        new Actor(code, other.actor().name(), other.actor().entry() + "+shared:" + headMention.actor().entry())));
            }
        }
        return result;
    }

    public static Mention mentionAt(int token, List<Mention> mentions) {
        for (Mention mention : mentions) {
            if (mention.covers(token)) {
                return mention;
            }
        }
        return null;
    }

    /**
     * The token of an argument phrase that carries an actor: its head, or else a possessor, compound,
     * adjective, apposition or "of" phrase ("thousands of rebel fighters"). "cop" is there because the parser
     * reads the group name "IS" as the verb "is".
     */
    public static int tokenWithMention(DependencyTree tree, int head, List<Mention> mentions, int depth) {
        return tokenWithMention(tree, head, mentions, depth, OF);
    }

    private static int tokenWithMention(DependencyTree tree, int head, List<Mention> mentions, int depth,
                                        Set<String> links) {
        if (mentionAt(head, mentions) != null) {
            return head;
        }
        if (depth >= 2) {
            return -1;
        }
        for (String relation : new String[] {"nmod:poss", "compound", "amod", "flat", "appos", "nmod", "cop"}) {
            if (relation.equals("nmod:poss") && RELATIONS_OF_A_PERSON.contains(tree.lemma(head))) {
                // "Trump's critics", "Kestria's rivals": not Trump, not Kestria.
                continue;
            }
            for (int child : tree.children(head, relation)) {
                if (relation.equals("nmod") && links.stream().noneMatch(link -> tree.hasCaseMarker(child, link))) {
                    continue;
                }
                int found = tokenWithMention(tree, child, mentions, depth + 1, links);
                if (found >= 0) {
                    return found;
                }
            }
        }
        return -1;
    }
}
