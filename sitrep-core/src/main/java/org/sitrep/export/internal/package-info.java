/** The writers behind {@link org.sitrep.export.EventWriter}, and GDELT's split of actor codes. Not API. */
package org.sitrep.export.internal;
