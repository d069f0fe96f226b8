/**
 * One event from many reports: coded events of different articles (and of the same article) that report the
 * same real event become one {@link org.sitrep.merge.MergedEvent}, in the manner of GDELT 2.0's Events and
 * Mentions tables.
 *
 * <p>Consumes {@link org.sitrep.model.CodedArticle coded articles}, and the links of republished copies to
 * their originals (see {@link org.sitrep.dedup}); produces merged events with NumMentions, NumSources,
 * NumArticles, first and last seen dates, and their {@link org.sitrep.merge.EventMention mentions}. The
 * {@link org.sitrep.merge.EventMerger} is incremental: events of new articles join those already merged. The
 * rules are in {@link org.sitrep.merge.MergeRules}.
 */
package org.sitrep.merge;
