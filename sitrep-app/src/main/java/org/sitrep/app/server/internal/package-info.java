/**
 * Server helpers that are not API: the page's read-only connection pool and the isolated connections of
 * analysts' SQL ({@code SqlService}), request parameters and filters, the queries behind each endpoint (merged
 * events in {@code MergedEvents}, exports through the project's {@code EventWriter}s and {@code MergedEventWriter} in {@code Exports}), JSON
 * views, the cache of the page's answers by request and store version ({@code ResponseCache}), the coder's fair queue and hang-up watch, the gate (Host, Origin, token), bounded bodies, and the
 * single exception mapper with Jetty's own errors in the same JSON shape.
 */
package org.sitrep.app.server.internal;
