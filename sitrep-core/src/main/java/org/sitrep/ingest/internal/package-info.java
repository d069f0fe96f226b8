/**
 * Helpers of {@link org.sitrep.ingest}: date parsing, UTF-8 decoding that reports damage, capped line
 * reading, JSON record mapping, HTML main-text extraction, feed entries, WARC records and declared
 * languages. Not API.
 */
package org.sitrep.ingest.internal;
