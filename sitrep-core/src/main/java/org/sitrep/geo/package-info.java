/**
 * Where things happened: a gazetteer of GeoNames places and the team's supplement, the resolution of an
 * article's place names in their context, and the choice of each event's location.
 *
 * <p>Consumes an article's text, {@link org.sitrep.model.Sentence sentences} and actor
 * {@link org.sitrep.model.Mention mentions}; produces a {@link org.sitrep.geo.Geography} (resolved
 * {@link org.sitrep.model.PlaceMention place mentions}, dateline and focus) and, per event, a
 * {@link org.sitrep.model.Location}. The {@link org.sitrep.geo.Gazetteer} loads the index the
 * {@code sitrep-geonames} module compiles from GeoNames data (CC BY 4.0); without that module on the class
 * path, {@link org.sitrep.geo.Gazetteer#standard()} is empty and geolocation is off.
 */
package org.sitrep.geo;
