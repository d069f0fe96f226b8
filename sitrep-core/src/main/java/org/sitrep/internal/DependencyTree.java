package org.sitrep.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.sitrep.model.Dependency;
import org.sitrep.model.Mention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/** Navigation over one parsed sentence's basic dependency tree. */
public final class DependencyTree {

    private final Sentence sentence;
    private final int[] parent;
    private final String[] relation;
    private final List<List<Integer>> children;

    public DependencyTree(Sentence sentence) {
        if (!sentence.parsed()) {
            throw new IllegalArgumentException("sentence " + sentence.index() + " is not parsed");
        }
        this.sentence = sentence;
        int size = sentence.tokens().size();
        this.parent = new int[size];
        this.relation = new String[size];
        this.children = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            parent[i] = Dependency.ROOT;
            relation[i] = "";
            children.add(new ArrayList<>());
        }
        for (Dependency arc : sentence.dependencies()) {
            parent[arc.dependent()] = arc.governor();
            relation[arc.dependent()] = arc.relation();
            if (arc.governor() != Dependency.ROOT) {
                children.get(arc.governor()).add(arc.dependent());
            }
        }
    }

    public Sentence sentence() {
        return sentence;
    }

    public Token token(int index) {
        return sentence.tokens().get(index);
    }

    public String lemma(int index) {
        return sentence.tokens().get(index).lemma();
    }

    public int parent(int index) {
        return parent[index];
    }

    /** The token of a mention whose governor lies outside it: the head of the phrase (its last token if none). */
    public int headOf(Mention mention) {
        for (int t = mention.lastToken(); t >= mention.firstToken(); t--) {
            int governor = parent[t];
            if (governor < mention.firstToken() || governor > mention.lastToken()) {
                return t;
            }
        }
        return mention.lastToken();
    }

    /** The relation to the parent, such as {@code nsubj:pass}. */
    public String relation(int index) {
        return relation[index];
    }

    public List<Integer> children(int index) {
        return children.get(index);
    }

    /** Children whose relation, or relation without subtype, is one of {@code relations}. */
    public List<Integer> children(int index, String... relations) {
        List<Integer> found = new ArrayList<>();
        for (int child : children.get(index)) {
            if (hasRelation(child, relations)) {
                found.add(child);
            }
        }
        return found;
    }

    public int firstChild(int index, String... relations) {
        for (int child : children.get(index)) {
            if (hasRelation(child, relations)) {
                return child;
            }
        }
        return -1;
    }

    public boolean hasRelation(int index, String... relations) {
        String full = relation[index];
        int colon = full.indexOf(':');
        String base = colon < 0 ? full : full.substring(0, colon);
        for (String wanted : relations) {
            if (wanted.equals(full) || wanted.equals(base)) {
                return true;
            }
        }
        return false;
    }

    /** The lemma of a child's case marker ("on" in "sanctions on Kestria"), or empty. */
    public String caseMarker(int index) {
        for (int child : children.get(index)) {
            if (relation[child].equals("case")) {
                return lemma(child);
            }
        }
        return "";
    }

    /**
     * Whether a preposition marks this token: a case or gerund mark child with that lemma, or a fixed word
     * of one ("out of" comes as case "out" with fixed "of").
     */
    public boolean hasCaseMarker(int index, String preposition) {
        for (int child : children.get(index)) {
            if (relation[child].equals("case") || relation[child].equals("mark")) {
                if (lemma(child).equals(preposition)) {
                    return true;
                }
                for (int fixed : children.get(child)) {
                    if (relation[fixed].equals("fixed") && lemma(fixed).equals(preposition)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether any child of {@code index} satisfies {@code test}. */
    public boolean anyChild(int index, Predicate<Integer> test) {
        for (int child : children.get(index)) {
            if (test.test(child)) {
                return true;
            }
        }
        return false;
    }
}
