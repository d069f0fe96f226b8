package org.sitrep.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;

class DuplicateIndexTest {

    static final String WIRE = """
            VARNHOLM, March 3 - Fishermen in the northern port of Varnholm blocked the harbour entrance with about
            forty trawlers on Sunday, protesting against a new quota that cuts the cod catch by a third.
            The fisheries ministry in Ostrava said the quota followed scientific advice and would not be withdrawn.
            "We cannot feed our families on two thirds of a catch," said Ilse Marrow, who heads the local
            fishermen's cooperative. Ferries to the islands of Kell and Amund were cancelled for the day.
            Police said the protest was peaceful and that no arrests had been made. The cooperative plans a second
            blockade on Wednesday unless the minister agrees to meet its members in Varnholm.
            Talks between the ministry and the national fishing federation broke down last month.""";

    /** The same wire story as another site runs it: new headline, dateline dropped, last line cut, retyped. */
    static final String REPUBLISHED = """
            Fishermen in the northern port of Varnholm blocked the harbour entrance with about forty trawlers on
            Sunday - protesting against a new quota that cuts the cod catch by a third. The Fisheries Ministry in
            Ostrava said the quota followed scientific advice and would not be withdrawn. 'We cannot feed our
            families on two thirds of a catch,' said Ilse Marrow, who heads the local fishermen's cooperative.
            Ferries to the islands of Kell and Amund were cancelled for the day. Police said the protest was
            peaceful and that no arrests had been made. The cooperative plans a second blockade on Wednesday
            unless the minister agrees to meet its members in Varnholm.""";

    /** The same event written up independently: shares facts and names, not sentences. */
    static final String INDEPENDENT = """
            Dozens of trawlers sealed off Varnholm harbour on Sunday as fishermen vented their anger at the cod
            quota cut announced by Ostrava. Cooperative leader Ilse Marrow told reporters her members could not
            survive on a reduced catch. The ministry insists the cut follows the advice of its scientists.
            Island ferry services to Kell and Amund did not run. Officers on the quay reported no arrests,
            and the fishermen say they will return on Wednesday if the minister refuses to meet them.""";

    private static Article article(String title, String body, String source) {
        return Article.of(title, body, LocalDate.of(2024, 3, 3), source, "", "test");
    }

    @Test
    void republishedCopyWithNewHeadlineAndCutEndingLinksToTheOriginal() {
        DuplicateIndex index = new DuplicateIndex();
        Article original = article("Fishermen blockade Varnholm over cod quota", WIRE, "Northern Wire");
        Article copy = article("Trawlers shut port in quota protest", REPUBLISHED, "Coastal Daily");
        assertEquals(Optional.empty(), index.add(original));
        DuplicateMatch match = index.add(copy).orElseThrow();
        assertEquals(copy.id(), match.articleId());
        assertEquals(original.id(), match.originalId());
        assertTrue(match.jaccard() >= 0.5, "jaccard " + match.jaccard());
        assertEquals(Optional.of(original.id()), index.originalOf(copy.id()));
        assertEquals(Optional.of(original.id()), index.originalOf(original.id()));
    }

    @Test
    void independentReportOfTheSameEventIsNoCopy() {
        DuplicateIndex index = new DuplicateIndex();
        index.add(article("Fishermen blockade Varnholm over cod quota", WIRE, "Northern Wire"));
        assertEquals(Optional.empty(),
                index.add(article("Anger at sea: Varnholm harbour sealed", INDEPENDENT, "Island Post")));
        assertEquals(2, index.size());
    }

    @Test
    void copyOfACopyLinksToTheFirstOriginal() {
        DuplicateIndex index = new DuplicateIndex();
        Article original = article("Fishermen blockade Varnholm", WIRE, "Northern Wire");
        index.add(original);
        index.add(article("Trawlers shut port", REPUBLISHED, "Coastal Daily"));
        // A third site copies the second one's version, adding a line of its own.
        DuplicateMatch match = index.add(article("Port blockade", REPUBLISHED
                + " Readers can send their photos of the blockade to our newsroom.", "Harbour Times")).orElseThrow();
        assertEquals(original.id(), match.originalId());
    }

    @Test
    void leadParagraphRunAloneIsContainedInTheFullStory() {
        DuplicateIndex index = new DuplicateIndex();
        Article full = article("Fishermen blockade Varnholm", WIRE, "Northern Wire");
        index.add(full);
        String lead = WIRE.substring(0, WIRE.indexOf("Police said"));
        DuplicateMatch match = index.add(article("", lead, "Brief News")).orElseThrow();
        assertEquals(full.id(), match.originalId());
        assertTrue(match.containment() > match.jaccard());
    }

    @Test
    void truncatingForgetsLaterTextsAsIfNeverAdded() {
        DuplicateIndex index = new DuplicateIndex();
        Article wire = article("Fishermen blockade Varnholm", WIRE, "Northern Wire");
        Article copy = article("Trawlers shut port", REPUBLISHED, "Coastal Daily");
        Article independent = article("Anger at sea", INDEPENDENT, "Island Post");
        index.add(independent);
        index.add(wire);
        index.add(copy);
        index.truncate(1);
        assertEquals(1, index.size());
        assertEquals(Optional.empty(), index.originalOf(wire.id()));
        assertFalse(index.find("probe", REPUBLISHED).isPresent(), "no band still points at a forgotten text");
        // Added again, the copy is the original now, and its ids may be added again.
        assertEquals(Optional.empty(), index.add(copy));
        assertEquals(copy.id(), index.add(wire).orElseThrow().originalId());
        assertThrows(IllegalArgumentException.class, () -> index.truncate(4));
    }

    @Test
    void findAnswersWithoutAdding() {
        DuplicateIndex index = new DuplicateIndex();
        Article original = article("Fishermen blockade Varnholm", WIRE, "Northern Wire");
        index.add(original);
        assertTrue(index.find("probe", REPUBLISHED).isPresent());
        assertEquals(1, index.size());
        assertEquals(Optional.empty(), index.originalOf("probe"));
    }

    @Test
    void shortTextsMatchOnlyWhenTheySayTheSame() {
        DuplicateIndex index = new DuplicateIndex();
        index.add("a", "Storm closes port");
        assertTrue(index.add("b", "STORM closes port!").isPresent());
        assertFalse(index.add("c", "Storm closes airport").isPresent());
        assertFalse(index.add("d", "").isPresent(), "a text without words is nobody's copy");
    }

    @Test
    void sameIdTwiceIsACallerBug() {
        DuplicateIndex index = new DuplicateIndex();
        index.add("a", WIRE);
        assertThrows(IllegalArgumentException.class, () -> index.add("a", INDEPENDENT));
    }

    @Test
    void manyUnrelatedArticlesOverOneVocabularyStayApartAndTheCopyIsStillFound() {
        DuplicateIndex index = new DuplicateIndex();
        // Two hundred texts drawn from the same small vocabulary: they share many words but few runs of five,
        // so the bands must not turn common words into matches.
        String[] vocabulary = WIRE.toLowerCase(Locale.ROOT).split("\\W+");
        Random random = new Random(7);
        for (int n = 0; n < 200; n++) {
            StringBuilder body = new StringBuilder();
            for (int w = 0; w < 80; w++) {
                body.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
            }
            assertEquals(Optional.empty(), index.add("text-" + n, body.toString()), body.toString());
        }
        index.add("wire", WIRE);
        assertEquals("wire", index.add("copy", REPUBLISHED).orElseThrow().originalId());
    }

    @Test
    void bandKeysAndJudgementAloneFindTheCopyAsTheIndexDoes() {
        DuplicateIndex index = new DuplicateIndex();
        Signature wire = index.hasher().sign(WIRE);
        Signature copy = Signature.of(index.hasher().sign(REPUBLISHED).minima(), index.hasher().sign(REPUBLISHED).shingleCount());
        Signature independent = index.hasher().sign(INDEPENDENT);
        java.util.Set<Long> wireBands = new java.util.HashSet<>();
        for (long key : index.bandKeys(wire)) {
            wireBands.add(key);
        }
        assertEquals(DuplicateIndex.DEFAULT_ROWS_PER_BAND * index.bandKeys(wire).length, index.hasher().functions());
        assertTrue(java.util.Arrays.stream(index.bandKeys(copy)).anyMatch(wireBands::contains), "a shared band");
        assertTrue(index.isCopy(wire, copy));
        assertFalse(index.isCopy(wire, independent));
        assertEquals(0, index.bandKeys(index.hasher().sign("")).length);
        assertEquals(index.add("wire", WIRE).isPresent(), false);
        assertEquals(index.add("copy", REPUBLISHED).isPresent(), index.isCopy(wire, copy));
    }
}
