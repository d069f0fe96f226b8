/**
 * The DuckDB schema of {@link org.sitrep.store}, the duplicate index of its texts kept between openings
 * ({@link org.sitrep.store.internal.TextIndexCache}), the SQL that loads the Flink job's output folder into it,
 * and the fault injection points the crash harness ({@code bench/fault-harness.sh}) arms through
 * {@code SITREP_FAULT}. Not API.
 */
package org.sitrep.store.internal;
