/**
 * Near-duplicate articles: republished wire copies, syndicated stories with a new headline or a trimmed
 * ending.
 *
 * <p>Consumes {@link org.sitrep.model.Article articles}; produces a
 * {@link org.sitrep.dedup.DuplicateMatch} linking a copy to the original it repeats. An article becomes a
 * {@link org.sitrep.dedup.Signature} (MinHash over word shingles, {@link org.sitrep.dedup.MinHasher}); the
 * {@link org.sitrep.dedup.DuplicateIndex} finds candidates by LSH banding and confirms them on the whole
 * signature, so each new article costs about the same however large the index has grown.
 */
package org.sitrep.dedup;
