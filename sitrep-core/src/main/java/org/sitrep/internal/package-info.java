/**
 * Helpers shared by sitrep-core's packages that are not API: reading the tab-separated data files. Consumes
 * class-path resources or files; produces parsed lines with their line numbers.
 */
package org.sitrep.internal;
