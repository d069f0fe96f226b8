/**
 * The writers behind {@link org.sitrep.export.EventWriter}, and what they share: the event's day and GDELT's
 * 15-minute batch times ({@code EventDay}), actor geography ({@code ActorGeography}), PLOVER's vocabulary
 * ({@code PloverVocabulary}) and actor words without edge punctuation ({@code ActorText}). Actor codes are
 * split by {@link org.sitrep.actors.ActorCodeParts}, the one place sitrep splits them. Not API.
 */
package org.sitrep.export.internal;
