/**
 * Reading articles from files: plain text, JSON Lines and JSON (sitrep, AllSides, news-please, trafilatura
 * fields), HTML pages (main text extracted with jsoup), RSS and Atom feeds (Rome) and WARC crawls (jwarc),
 * optionally gzipped, from files and folders, or from one stream such as standard input.
 *
 * <p>Consumes paths (or a stream, or raw text); produces {@link org.sitrep.pipeline.Input}s for the
 * {@link org.sitrep.pipeline.BatchRunner}: {@link org.sitrep.pipeline.Input.Readable readable} articles with
 * their non-fatal {@link org.sitrep.model.Problem problems} (broken encoding, bad date), or
 * {@link org.sitrep.pipeline.Input.Unreadable unreadable} records saying why they hold no article (empty,
 * binary, malformed, too large, unsupported, unreadable, not English, no article on the page). Bad input
 * never stops a batch and is never dropped silently; a path that does not exist is the caller's mistake
 * ({@link java.lang.IllegalArgumentException}).
 * Corpora are streamed, never loaded whole. Article ids are content hashes
 * ({@link org.sitrep.model.Article#contentId}), so the same text read twice is the same article.
 */
package org.sitrep.ingest;
