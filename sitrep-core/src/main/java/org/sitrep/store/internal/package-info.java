/**
 * The DuckDB schema of {@link org.sitrep.store}, and the fault injection points the crash harness
 * ({@code bench/fault-harness.sh}) arms through {@code SITREP_FAULT}. Not API.
 */
package org.sitrep.store.internal;
