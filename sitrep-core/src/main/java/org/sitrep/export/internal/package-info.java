/**
 * The writers behind {@link org.sitrep.export.EventWriter}, and what they share: GDELT's split of actor codes
 * ({@code ActorCodeParts}, the one place sitrep splits actor codes for export), the event's day and GDELT's
 * 15-minute batch times ({@code EventDay}), actor geography ({@code ActorGeography}), PLOVER's vocabulary
 * ({@code PloverVocabulary}) and actor words without edge punctuation ({@code ActorText}). Not API.
 */
package org.sitrep.export.internal;
