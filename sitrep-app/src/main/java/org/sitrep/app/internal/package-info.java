/**
 * Helpers of the command line that are not API: error handling, option types, table formatting, progress
 * lines, temporary databases and heap sampling.
 *
 * <p>Consumes what the commands of {@link org.sitrep.app} hand them (exceptions, rows, counts); produces text
 * on the commands' output and error streams.
 */
package org.sitrep.app.internal;
