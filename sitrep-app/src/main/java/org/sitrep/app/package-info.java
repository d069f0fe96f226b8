/**
 * The {@code sitrep} command line: one picocli command per task, all running the same engine.
 *
 * <p>Consumes command-line arguments, article files and a DuckDB event store; produces coded events on
 * stdout (tables for people, JSON lines, CSV or GDELT for programs) and one-line messages on stderr. Exit
 * status: 0 success, 2 bad usage (unknown option, missing file, bad date or SQL), 1 a failure of the
 * environment. {@link org.sitrep.app.Main} builds the command line; {@link org.sitrep.app.SitrepCommand} is
 * its top command and owns the one {@link org.sitrep.pipeline.Pipeline} that the coding commands share.
 */
package org.sitrep.app;
