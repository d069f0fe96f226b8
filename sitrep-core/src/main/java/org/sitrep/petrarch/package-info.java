/**
 * PETRARCH compatibility: readers for PETRARCH2 (and TABARI-style validation) dictionaries — verbs with
 * synonym sets and patterns, actors with dated roles, agents with plural and substitution rules, discards —
 * and a coder that matches PETRARCH's linear verb patterns over sitrep's dependency parse, plus the reader
 * and scorer of PETRARCH's unit-test records.
 *
 * <p>Consumes dictionary files in PETRARCH's formats and parsed, resolved sentences; produces an
 * {@link org.sitrep.actors.ActorDictionary}, a {@link org.sitrep.petrarch.PetrarchCoder} that plugs into the
 * {@link org.sitrep.pipeline.Pipeline} in place of sitrep's own lexicon, and evaluation reports. What of
 * PETRARCH's behaviour does not translate is listed in {@code docs/petrarch.md}.
 */
package org.sitrep.petrarch;
