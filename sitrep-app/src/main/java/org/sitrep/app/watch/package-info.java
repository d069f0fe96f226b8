/**
 * Continuous operation: {@link org.sitrep.app.watch.Watcher} follows folders, files, feed lists and feed
 * addresses and codes what appears into the event store in batches, merging each batch's reports
 * incrementally.
 *
 * <p>Consumes local paths and http(s) addresses, a pipeline and a way to open the store per batch; produces
 * stored articles, problems and merged events, and a {@link org.sitrep.app.watch.WatchBatch} per look.
 */
package org.sitrep.app.watch;
