/**
 * Helpers of the actor dictionaries that are not API: the text conventions of PETRARCH/TABARI dictionary files
 * (phrases, dates, plurals). Consumes strings; produces strings and dates.
 */
package org.sitrep.actors.internal;
