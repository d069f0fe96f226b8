/**
 * Not API: the dependency-tree view the coder navigates. Consumes a parsed
 * {@link org.sitrep.model.Sentence}; produces child and parent look-ups by relation.
 */
package org.sitrep.coding.internal;
