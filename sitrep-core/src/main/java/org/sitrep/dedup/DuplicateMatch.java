package org.sitrep.dedup;

import java.util.Objects;

/**
 * A near-duplicate found: {@code articleId} repeats {@code originalId}.
 *
 * @param articleId   the copy
 * @param originalId  the first article of its group to enter the index; copies of copies link here too
 * @param matchedId   the indexed article it resembles most, often the original itself
 * @param jaccard     estimated Jaccard similarity of the shingle sets of copy and matched article
 * @param containment estimated share of the smaller text's shingles found in the larger
 */
public record DuplicateMatch(String articleId, String originalId, String matchedId, double jaccard,
                             double containment) {

    public DuplicateMatch {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(originalId, "originalId");
        Objects.requireNonNull(matchedId, "matchedId");
        if (articleId.equals(originalId)) {
            throw new IllegalArgumentException("an article does not duplicate itself: " + articleId);
        }
        if (!(jaccard >= 0 && jaccard <= 1) || !(containment >= 0 && containment <= 1)) {
            throw new IllegalArgumentException("similarities must be in [0, 1]: " + jaccard + ", " + containment);
        }
    }
}
