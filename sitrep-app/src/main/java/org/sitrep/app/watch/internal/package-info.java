/**
 * Helpers of the watcher: fetching feeds over HTTP with redirects followed by hand, so that loops are named.
 * Consumes addresses; produces bytes or a problem.
 */
package org.sitrep.app.watch.internal;
