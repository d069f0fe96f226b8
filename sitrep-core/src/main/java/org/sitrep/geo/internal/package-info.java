/**
 * The gazetteer's machinery: name keys and their variants ({@link org.sitrep.geo.internal.NameKeys}), the
 * compiled index and its binary form ({@link org.sitrep.geo.internal.GazetteerIndex}), and the build-time
 * compiler from GeoNames files ({@link org.sitrep.geo.internal.GazetteerBuilder}). Not API.
 */
package org.sitrep.geo.internal;
