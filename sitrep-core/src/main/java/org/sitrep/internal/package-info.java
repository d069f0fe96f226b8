/**
 * Helpers shared by sitrep-core's packages that are not API: reading the tab-separated data files
 * ({@link org.sitrep.internal.DataFile}), navigating a parsed sentence's dependency tree
 * ({@link org.sitrep.internal.DependencyTree}), and model-free words ({@link org.sitrep.internal.Words}) and
 * sentences ({@link org.sitrep.internal.SentenceSplitter}) for duplicate detection and stories. Consumes
 * class-path resources, files, parsed {@link org.sitrep.model.Sentence sentences} and raw text; produces
 * parsed lines, child/parent look-ups, words and sentence spans.
 */
package org.sitrep.internal;
