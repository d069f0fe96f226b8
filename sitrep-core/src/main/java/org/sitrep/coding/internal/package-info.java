/**
 * Helpers of the coders that are not API: where a verb's or noun's arguments stand in a dependency tree and
 * which actor mentions fill them. Shared by sitrep's own {@link org.sitrep.coding.DependencyCoder} and the
 * PETRARCH-compatible coder.
 */
package org.sitrep.coding.internal;
