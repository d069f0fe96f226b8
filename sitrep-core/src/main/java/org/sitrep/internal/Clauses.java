package org.sitrep.internal;

import java.util.List;
import java.util.Set;
import org.sitrep.model.Dependency;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * Cuts a sentence into clauses, so that a place or a date can be tied to the clause of an event's trigger
 * rather than merely to its sentence. A parsed sentence is cut at clausal dependents (a reported clause, an
 * adverbial clause, a relative clause, a second verb joined by "and"); an unparsed one at semicolons, colons,
 * dashes and a comma before a conjunction that opens a clause.
 */
public final class Clauses {

    private static final Set<String> CLAUSAL = Set.of("ccomp", "advcl", "parataxis", "acl", "csubj");
    private static final Set<String> BREAKS = Set.of(";", ":", "--", "\u2014", "\u2013");
    private static final Set<String> OPENERS = Set.of("and", "but", "while", "whereas", "as", "after", "before",
            "when", "which", "who", "where", "although", "though", "since", "because");

    private Clauses() {
    }

    /** For each token of the sentence, the id of its clause; tokens with equal ids share a clause. */
    public static int[] of(Sentence sentence) {
        return sentence.parsed() && !sentence.dependencies().isEmpty() ? parsed(sentence) : unparsed(sentence);
    }

    private static int[] parsed(Sentence sentence) {
        DependencyTree tree = new DependencyTree(sentence);
        int size = sentence.tokens().size();
        int[] clause = new int[size];
        for (int t = 0; t < size; t++) {
            int at = t;
            int steps = 0;
            while (steps++ < size && tree.parent(at) != Dependency.ROOT && !opensClause(tree, at)) {
                at = tree.parent(at);
            }
            clause[t] = at;
        }
        return clause;
    }

    private static boolean opensClause(DependencyTree tree, int token) {
        String relation = tree.relation(token);
        int colon = relation.indexOf(':');
        String base = colon < 0 ? relation : relation.substring(0, colon);
        if (CLAUSAL.contains(base)) {
            return true;
        }
        return base.equals("conj") && tree.token(token).isVerb();
    }

    private static int[] unparsed(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        int[] clause = new int[tokens.size()];
        int id = 0;
        for (int t = 0; t < tokens.size(); t++) {
            String word = tokens.get(t).word();
            if (BREAKS.contains(word)) {
                id++;
            } else if (word.equals(",") && t + 1 < tokens.size()
                    && OPENERS.contains(tokens.get(t + 1).word().toLowerCase(java.util.Locale.ROOT))) {
                id++;
            }
            clause[t] = id;
        }
        return clause;
    }

    /** The index of the token whose span starts at or covers {@code offset}, or -1. */
    public static int tokenAt(Sentence sentence, int offset) {
        List<Token> tokens = sentence.tokens();
        for (int t = 0; t < tokens.size(); t++) {
            if (tokens.get(t).span().begin() <= offset && offset < Math.max(tokens.get(t).span().end(),
                    tokens.get(t).span().begin() + 1)) {
                return t;
            }
        }
        return -1;
    }
}
