/**
 * The web server of {@code sitrep serve}: a read-only JSON API over an event store, {@code POST /api/code}
 * that codes posted text with the shared pipeline, and the web page (map, timeline, actor network, merged
 * events and their reports, stories, quotes, export, text box) bundled into the class path at build time:
 * index.html revalidated on every load, scripts and style sheet under content-hashed names kept a year.
 *
 * <p>Consumes a DuckDB file written by {@link org.sitrep.store.EventStore} and a
 * {@link org.sitrep.pipeline.Pipeline}; produces HTTP responses, and event exports written by
 * {@link org.sitrep.export.EventWriter} (merged events by {@link org.sitrep.export.MergedEventWriter}). Columns and tables that later schema versions add (event locations
 * and dates, merged events, stories, quotes) are found at start-up and used when present.
 *
 * <p>No client can harm another: analysts' SQL (one SELECT, checked by DuckDB's parser) runs on connections
 * of its own, apart from the page's pool, capped in rows, bytes and time and limited per client; the coder
 * takes clients in turn and drops the work of clients that hang up; bodies are bounded however they are sent;
 * requests must name this host, come from this origin, and carry the token when one is set.
 */
package org.sitrep.app.server;
