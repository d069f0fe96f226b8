/** The writers behind {@link org.sitrep.export.EventWriter}. Not API. */
package org.sitrep.export.internal;
