/**
 * Helpers shared by sitrep-core's packages that are not API: reading the tab-separated data files
 * ({@link org.sitrep.internal.DataFile}), navigating a parsed sentence's dependency tree
 * ({@link org.sitrep.internal.DependencyTree}), and model-free words ({@link org.sitrep.internal.Words}) and
 * sentences ({@link org.sitrep.internal.SentenceSplitter}) for duplicate detection and stories. Consumes class-path resources, files and parsed
 * {@link org.sitrep.model.Sentence sentences}; produces parsed lines and child/parent look-ups.
 */
package org.sitrep.internal;
