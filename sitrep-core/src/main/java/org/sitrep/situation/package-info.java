/**
 * The last stage of the standard pipeline: gives coded events their place and date and finds the article's
 * quotes, joining {@link org.sitrep.geo}, {@link org.sitrep.time} and {@link org.sitrep.quotes}.
 *
 * <p>Consumes a {@link org.sitrep.pipeline.Coded} article and its publication date; produces
 * {@link org.sitrep.pipeline.Situated}.
 */
package org.sitrep.situation;
