/**
 * Writing events out: JSON Lines, CSV and GDELT 2.0 Events rows.
 *
 * <p>Consumes {@link org.sitrep.store.StoredEvent}s (from the store, or freshly coded); produces text on a
 * caller's {@link java.io.Writer} through an {@link org.sitrep.export.EventWriter} per
 * {@link org.sitrep.export.ExportFormat}. {@link org.sitrep.export.EventJson} is the one JSON shape of an
 * event, shared by every command that prints events. Write failures surface as
 * {@link org.sitrep.pipeline.EnvironmentException}.
 */
package org.sitrep.export;
