/** The DuckDB schema of {@link org.sitrep.store}. Not API. */
package org.sitrep.store.internal;
