package org.sitrep.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.Dependency;
import org.sitrep.model.Mention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

class DependencyTreeTest {

    /** "The Kestrian foreign minister visited Vell": minister heads "The Kestrian foreign minister". */
    private static DependencyTree visit() {
        String[] words = {"The", "Kestrian", "foreign", "minister", "visited", "Vell"};
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < words.length; i++) {
            tokens.add(new Token(i, words[i], new Span(at, at + words[i].length()), "X", words[i].toLowerCase()));
            at += words[i].length() + 1;
        }
        List<Dependency> arcs = List.of(new Dependency(3, 0, "det"), new Dependency(3, 1, "amod"),
                new Dependency(3, 2, "amod"), new Dependency(4, 3, "nsubj"), new Dependency(Dependency.ROOT, 4, "root"),
                new Dependency(4, 5, "obj"));
        return new DependencyTree(new Sentence(0, new Span(0, at - 1), tokens, arcs, true));
    }

    private static Mention mention(int first, int last) {
        return new Mention(0, first, last, new Span(0, 1), Actor.unknown("x"));
    }

    @Test
    void theHeadOfAMentionIsItsTokenGovernedFromOutside() {
        DependencyTree tree = visit();
        assertEquals(3, tree.headOf(mention(0, 3)));
        assertEquals(3, tree.headOf(mention(1, 3)));
        assertEquals(5, tree.headOf(mention(5, 5)));
        assertEquals(4, tree.headOf(mention(3, 4)), "the root, governed by nothing, heads a span that holds it");
    }

    @Test
    void aSpanOverTheWholeSentenceIsHeadedByItsRoot() {
        DependencyTree tree = visit();
        assertEquals(4, tree.headOf(mention(0, 5)));
    }

    @Test
    void anUnparsedSentenceHasNoTree() {
        Sentence unparsed = Sentence.unparsed(0, new Span(0, 4), List.of(new Token(0, "Vell", new Span(0, 4), "", "")));
        assertThrows(IllegalArgumentException.class, () -> new DependencyTree(unparsed));
    }
}
