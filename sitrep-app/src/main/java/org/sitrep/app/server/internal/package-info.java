/**
 * Server helpers that are not API: the read-only connection pool, request parameters and filters, the
 * queries behind each endpoint, JSON views and the single exception mapper.
 */
package org.sitrep.app.server.internal;
