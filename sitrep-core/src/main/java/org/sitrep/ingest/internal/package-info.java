/**
 * Helpers of {@link org.sitrep.ingest}: date parsing, UTF-8 decoding that reports damage, capped line
 * reading and JSON record mapping. Not API.
 */
package org.sitrep.ingest.internal;
